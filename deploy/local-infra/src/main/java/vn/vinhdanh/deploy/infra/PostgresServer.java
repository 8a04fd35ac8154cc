package vn.vinhdanh.deploy.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.Driver;

/**
 * A real PostgreSQL for the local stack and tests: the server the developer or CI already runs if one answers,
 * otherwise PostgreSQL 14 from zonky's embedded binaries, started by this class.
 *
 * <p>The server to look for is {@code 127.0.0.1:5432} as user {@code postgres} without password (trust auth),
 * overridable by the environment variables {@value #ENV_HOST}, {@value #ENV_PORT}, {@value #ENV_USER} and
 * {@value #ENV_PASSWORD}. When host or port is set explicitly and nothing answers there, that is an error rather
 * than a reason to start an embedded server: the caller asked for that server.</p>
 */
public final class PostgresServer implements AutoCloseable {

    public static final String ENV_HOST = "VINHDANH_DB_HOST";
    public static final String ENV_PORT = "VINHDANH_DB_PORT";
    public static final String ENV_USER = "VINHDANH_DB_USER";
    public static final String ENV_PASSWORD = "VINHDANH_DB_PASSWORD";

    private static final String DEFAULT_HOST = "127.0.0.1";
    private static final int DEFAULT_PORT = 5432;
    private static final String DEFAULT_USER = "postgres";
    /** zonky's superuser; its server trusts local connections. */
    private static final String EMBEDDED_USER = "postgres";

    /** Lower-case identifiers only, so database names need no thought about quoting or case folding. */
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final String DUPLICATE_DATABASE = "42P04";
    /** CREATE DATABASE copies template1 and fails while another session, e.g. a parallel CREATE, uses it. */
    private static final String OBJECT_IN_USE = "55006";
    private static final int CREATE_ATTEMPTS = 10;

    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private EmbeddedPostgres embedded;

    private PostgresServer(String host, int port, String username, String password, EmbeddedPostgres embedded) {
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
        this.embedded = embedded;
    }

    /**
     * The configured server if it answers, else an embedded one whose data directory is
     * {@code workDir/postgres}, kept between runs (so the local stack's data survives a restart). The embedded
     * server listens on 5432 when that port is free, else on a free port.
     */
    public static PostgresServer ensureRunning(Path workDir) {
        Objects.requireNonNull(workDir, "workDir");
        return existingServer().orElseGet(() -> startEmbedded(workDir.toAbsolutePath().resolve("postgres"), false));
    }

    /**
     * Like {@link #ensureRunning(Path)}, but an embedded server gets a throw-away data directory that is deleted
     * when it stops. For tests, which create their own databases anyway.
     */
    public static PostgresServer ensureRunningEphemeral() {
        return existingServer().orElseGet(() -> startEmbedded(null, true));
    }

    /**
     * A server that is known to run, for example one that another class loader of this JVM started. Fails if it
     * does not accept the credentials.
     */
    public static PostgresServer connect(String host, int port, String username, String password) {
        PostgresServer server = new PostgresServer(host, port, username, password == null ? "" : password, null);
        server.verifyConnection();
        return server;
    }

    /** True if this instance started the server (and {@link #close()} will stop it). */
    public boolean isEmbedded() {
        return embedded != null;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + requireDatabaseName(database);
    }

    public String username() {
        return username;
    }

    /** The password, empty for trust authentication. */
    public String password() {
        return password;
    }

    public boolean databaseExists(String name) {
        requireDatabaseName(name);
        try (Connection connection = openMaintenanceConnection();
             PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw failure("Cannot look up database " + name, e);
        }
    }

    /**
     * Creates database {@code name} (owned by {@link #username()}) unless it exists.
     *
     * @return true if it was created now
     */
    public boolean createDatabaseIfMissing(String name) {
        requireDatabaseName(name);
        for (int attempt = 1; ; attempt++) {
            if (databaseExists(name)) {
                return false;
            }
            try (Connection connection = openMaintenanceConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE \"" + name + "\"");
                return true;
            } catch (SQLException e) {
                if (DUPLICATE_DATABASE.equals(e.getSQLState())) {
                    return false;
                }
                if (!OBJECT_IN_USE.equals(e.getSQLState()) || attempt == CREATE_ATTEMPTS) {
                    throw failure("Cannot create database " + name, e);
                }
                pause(200L * attempt);
            }
        }
    }

    /**
     * Drops database {@code name} if it exists, ending the sessions still connected to it first (a service or
     * a test's connection pool may not have let go yet).
     */
    public void dropDatabase(String name) {
        requireDatabaseName(name);
        try (Connection connection = openMaintenanceConnection()) {
            try (PreparedStatement terminate = connection.prepareStatement(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
                terminate.setString(1, name);
                terminate.execute();
            }
            // FORCE (PostgreSQL 13+) also ends sessions that connected after the terminate above
            boolean force = connection.getMetaData().getDatabaseMajorVersion() >= 13;
            try (Statement drop = connection.createStatement()) {
                drop.execute("DROP DATABASE IF EXISTS \"" + name + "\"" + (force ? " WITH (FORCE)" : ""));
            }
        } catch (SQLException e) {
            throw failure("Cannot drop database " + name, e);
        }
    }

    /** Stops the server if this instance started it; a server that was already running is left alone. */
    @Override
    public synchronized void close() {
        if (embedded == null) {
            return;
        }
        try {
            embedded.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop the embedded PostgreSQL on port " + port, e);
        } finally {
            embedded = null;
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL " + host + ":" + port + (embedded != null ? " (embedded)" : "");
    }

    private static Optional<PostgresServer> existingServer() {
        Map<String, String> env = System.getenv();
        String configuredHost = blankToNull(env.get(ENV_HOST));
        String configuredPort = blankToNull(env.get(ENV_PORT));
        String host = configuredHost != null ? configuredHost : DEFAULT_HOST;
        int port = configuredPort != null ? parsePort(configuredPort) : DEFAULT_PORT;
        String user = env.getOrDefault(ENV_USER, DEFAULT_USER);
        String password = env.getOrDefault(ENV_PASSWORD, "");

        if (Ports.isListening(host, port, 2_000)) {
            return Optional.of(connect(host, port, user.isBlank() ? DEFAULT_USER : user, password));
        }
        if (configuredHost != null || configuredPort != null) {
            throw new IllegalStateException("No PostgreSQL answers on " + host + ":" + port + " (set by " + ENV_HOST
                    + "/" + ENV_PORT + "). Start that server, or unset the variables to use 127.0.0.1:5432 or an"
                    + " embedded server.");
        }
        return Optional.empty();
    }

    private static PostgresServer startEmbedded(Path dataDir, boolean ephemeral) {
        int port = Ports.isFree(DEFAULT_PORT) ? DEFAULT_PORT : Ports.freePort();
        Path logFile = null;
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setCleanDataDirectory(ephemeral);
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
            throw new IllegalStateException("Nothing answers on " + DEFAULT_HOST + ":" + DEFAULT_PORT
                    + " and the embedded PostgreSQL (zonky, PostgreSQL 14) did not start"
                    + (dataDir != null ? " in " + dataDir : "") + ": " + e.getMessage() + ".\n"
                    + "As root it runs initdb and postgres through 'unshare -U', which fails where user namespaces are"
                    + " blocked (some containers and hardened kernels). Either start a PostgreSQL server on "
                    + DEFAULT_HOST + ":" + DEFAULT_PORT + " (e.g. 'pg_ctlcluster 15 main start'), or point "
                    + ENV_HOST + ", " + ENV_PORT + ", " + ENV_USER + " and " + ENV_PASSWORD + " at one."
                    + (logFile != null ? "\nLast lines of " + logFile + ":\n" + LogFiles.tail(logFile, 20) : ""), e);
        }
    }

    private void verifyConnection() {
        try (Connection connection = openMaintenanceConnection()) {
            if (!connection.isValid(5)) {
                throw new SQLException("connection is not valid");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL on " + host + ":" + port + " does not accept user '"
                    + username + "': " + e.getMessage() + ". Set " + ENV_USER + " and " + ENV_PASSWORD
                    + " to credentials that may create databases.", e);
        }
    }

    /** The {@code postgres} database exists on every server and is where CREATE/DROP DATABASE must run from. */
    private Connection openMaintenanceConnection() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        if (!password.isEmpty()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("ApplicationName", "vinhdanh-local-infra");
        // the driver directly rather than DriverManager, which may not see it from inside Quarkus' test class loader
        return new Driver().connect("jdbc:postgresql://" + host + ":" + port + "/postgres", properties);
    }

    private IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException(what + " on " + host + ":" + port + ": " + e.getMessage(), e);
    }

    private static String requireDatabaseName(String name) {
        if (name == null || !DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Database names here are lower-case letters, digits and '_', at most"
                    + " 63 characters, not starting with a digit: " + name);
        }
        return name;
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

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating a database", e);
        }
    }
}
