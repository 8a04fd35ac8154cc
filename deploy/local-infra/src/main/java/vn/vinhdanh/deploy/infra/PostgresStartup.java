package vn.vinhdanh.deploy.infra;

import static vn.vinhdanh.deploy.infra.PostgresServer.ENV_HOST;
import static vn.vinhdanh.deploy.infra.PostgresServer.ENV_PASSWORD;
import static vn.vinhdanh.deploy.infra.PostgresServer.ENV_PORT;
import static vn.vinhdanh.deploy.infra.PostgresServer.ENV_USER;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How {@link PostgresServer} comes by a server: the configured one ({@code 127.0.0.1:5432} as {@code postgres}, or
 * the {@code VINHDANH_DB_*} variables) when it answers, else PostgreSQL 14 from zonky's embedded binaries.
 */
final class PostgresStartup {

    private static final String DEFAULT_HOST = "127.0.0.1";
    private static final int DEFAULT_PORT = 5432;
    private static final String DEFAULT_USER = "postgres";
    /** zonky's superuser; its server trusts local connections. */
    private static final String EMBEDDED_USER = "postgres";

    private PostgresStartup() {}

    /** The configured server if it answers; none if nothing answers where nothing was configured. */
    static Optional<PostgresServer> existingServer() {
        Map<String, String> env = System.getenv();
        String configuredHost = blankToNull(env.get(ENV_HOST));
        String configuredPort = blankToNull(env.get(ENV_PORT));
        String host = configuredHost != null ? configuredHost : DEFAULT_HOST;
        int port = configuredPort != null ? parsePort(configuredPort) : DEFAULT_PORT;
        String user = env.getOrDefault(ENV_USER, DEFAULT_USER);
        String password = env.getOrDefault(ENV_PASSWORD, "");

        if (Ports.isListening(host, port, 2_000)) {
            return Optional.of(PostgresServer.connect(host, port, user.isBlank() ? DEFAULT_USER : user, password));
        }
        if (configuredHost != null || configuredPort != null) {
            throw new IllegalStateException("No PostgreSQL answers on " + host + ":" + port + " (set by " + ENV_HOST
                    + "/" + ENV_PORT + "). Start that server, or unset the variables to use 127.0.0.1:5432 or an"
                    + " embedded server.");
        }
        return Optional.empty();
    }

    /** @param dataDir kept between runs; null: a throw-away one */
    static PostgresServer startEmbedded(Path dataDir, boolean ephemeral) {
        // a throw-away server (a test JVM's) never takes 5432: a test JVM of another module built beside it
        // (Maven -T) would find it there, take it for the machine's server and lose it when this JVM exits
        int port = !ephemeral && Ports.isFree(DEFAULT_PORT) ? DEFAULT_PORT : Ports.freePort();
        Path logFile = null;
        try {
            EmbeddedPostgres.Builder builder =
                    EmbeddedPostgres.builder().setPort(port).setCleanDataDirectory(ephemeral);
            if (dataDir != null) {
                Files.createDirectories(dataDir);
                builder.setDataDirectory(dataDir);
                logFile = dataDir.resolveSibling("postgres.log");
            } else {
                logFile = Files.createTempFile("vinhdanh-postgres-", ".log");
                logFile.toFile().deleteOnExit();
            }
            // PostgreSQL's own log; zonky would otherwise relay every line of it to this JVM's logging
            builder.setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            return new PostgresServer(DEFAULT_HOST, port, EMBEDDED_USER, "", builder.start());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "Nothing answers on " + DEFAULT_HOST + ":" + DEFAULT_PORT
                            + " and the embedded PostgreSQL (zonky, PostgreSQL 14) did not start"
                            + (dataDir != null ? " in " + dataDir : "") + ": " + e.getMessage() + ".\n"
                            + "As root it runs initdb and postgres through 'unshare -U', which fails where user namespaces are"
                            + " blocked (some containers and hardened kernels). Either start a PostgreSQL server on "
                            + DEFAULT_HOST + ":" + DEFAULT_PORT + " (e.g. 'pg_ctlcluster 15 main start'), or point "
                            + ENV_HOST + ", " + ENV_PORT + ", " + ENV_USER + " and " + ENV_PASSWORD + " at one."
                            + (logFile != null
                                    ? "\nLast lines of " + logFile + ":\n" + LogFiles.tail(logFile, 20)
                                    : ""),
                    e);
        }
    }

    private static int parsePort(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(ENV_PORT + " is not a port number: " + value, e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
