package vn.vinhdanh.deploy.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keycloak as its own process, like the Kafka broker: the distribution unpacked by {@code deploy/keycloak}, its data in
 * a PostgreSQL database, the realm {@value #REALM} imported from the repository's realm file at every start (a realm
 * that exists already is kept as it is).
 *
 * <p>The server runs in production mode ({@code start --optimized}) over plain HTTP on loopback, with a fixed hostname
 * so that the issuer is {@code http://localhost:<port>/realms/vinhdanh} however a client reaches it. Its build step
 * (PostgreSQL, health checks, local cache) runs once per unpacked distribution and is remembered in a marker file:
 * a re-augmentation takes a minute on two cores, a start of the built server about twenty seconds.</p>
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String HOME_PROPERTY = "vinhdanh.keycloak.home";
    public static final String REALM_PROPERTY = "vinhdanh.keycloak.realm";
    public static final String REALM = "vinhdanh";
    /** What the services expect in {@code aud}: the realm's client scope vinhdanh-api adds it to every token. */
    public static final String AUDIENCE = "vinhdanh-api";

    /** Build-time options; changing them makes the next start run the build again. */
    private static final List<String> BUILD_OPTIONS =
            List.of("--db=postgres", "--health-enabled=true", "--cache=local", "--features-disabled=kerberos");

    private static final String BUILD_MARKER = ".vinhdanh-build";
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Path home;
    private final Path realmFile;
    private final int port;
    private final int managementPort;
    private final String jdbcUrl;
    private final String dbUser;
    private final String dbPassword;
    private final Path logFile;
    private final String adminPassword;
    private ManagedProcess process;

    private KeycloakServer(Builder builder) {
        this.home =
                Objects.requireNonNull(builder.home, "home").toAbsolutePath().normalize();
        this.realmFile = Objects.requireNonNull(builder.realmFile, "realmFile").toAbsolutePath();
        this.port = builder.port;
        this.managementPort = builder.managementPort;
        this.jdbcUrl = Objects.requireNonNull(builder.jdbcUrl, "jdbcUrl");
        this.dbUser = Objects.requireNonNull(builder.dbUser, "dbUser");
        this.dbPassword = builder.dbPassword == null ? "" : builder.dbPassword;
        this.logFile = Objects.requireNonNull(builder.logFile, "logFile");
        this.adminPassword = builder.adminPassword;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The unpacked distribution the build names (system property {@value #HOME_PROPERTY}), or under the repo. */
    public static Path defaultHome(Path repoRoot) {
        String configured = System.getProperty(HOME_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try (var versions = Files.list(repoRoot.resolve("deploy/keycloak/target"))) {
            return versions.filter(dir -> dir.getFileName().toString().startsWith("keycloak-"))
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalStateException("Keycloak is not unpacked under deploy/keycloak/target;"
                                    + " build first: ./mvnw -B package -pl deploy/keycloak"));
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Keycloak is not unpacked under deploy/keycloak/target; build first: ./mvnw -B package", e);
        }
    }

    /** The realm as code (system property {@value #REALM_PROPERTY}), or the repository's file. */
    public static Path defaultRealmFile(Path repoRoot) {
        String configured = System.getProperty(REALM_PROPERTY);
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : repoRoot.resolve("deploy/keycloak/realm/vinhdanh-realm.json");
    }

    /**
     * Builds the server if this distribution has not been built with {@link #BUILD_OPTIONS}, imports the realm file,
     * starts the server and returns once the realm's discovery document answers.
     */
    public synchronized KeycloakServer start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        if (!Ports.isFree(port)) {
            throw new IllegalStateException("Port " + port + " for Keycloak is already in use. Is another local stack"
                    + " or Keycloak running? Stop it, or use another port.");
        }
        try {
            ensureBuiltWithRealm();
            process = ManagedProcess.start("keycloak", startCommand(), environment(), home, logFile, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot launch Keycloak from " + home, e);
        }
        awaitReady();
        return this;
    }

    /** {@code http://localhost:<port>/realms/vinhdanh}: the {@code iss} of every token of the realm. */
    public String issuer() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    /** The realm's JSON Web Key Set, which the services verify tokens against. */
    public String jwksUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    /** Where a resource server asks whether a token is still active (RFC 7662). */
    public String introspectionEndpoint() {
        return tokenEndpoint() + "/introspect";
    }

    /** The administration console; the bootstrap admin of the master realm signs in there. */
    public String adminConsoleUrl() {
        return "http://localhost:" + port + "/admin/";
    }

    public int port() {
        return port;
    }

    public String adminPassword() {
        return adminPassword;
    }

    public Path logFile() {
        return logFile;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** SIGTERM to the launcher script, which hands it to the server; SIGKILL to both if it hangs. */
    public synchronized void stop() {
        if (process != null) {
            process.stopWithDescendants(STOP_GRACE);
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "KeycloakServer[" + issuer() + (isRunning() ? ", running" : "") + "]";
    }

    /** Held while one thread of this JVM builds a distribution; a file lock then keeps other processes out. */
    private static final Object BUILD_LOCK = new Object();

    /**
     * Builds the distribution unless it was built with {@link #BUILD_OPTIONS}, and puts the realm file where
     * {@code --import-realm} reads it. Two servers of one distribution starting together (the end-to-end tests and the
     * fault suite) must not both run {@code kc.sh build} (the second rewrites lib/quarkus while the first reads it),
     * nor rewrite the realm file while the other server's import reads it: the file is replaced only when it differs.
     */
    private void ensureBuiltWithRealm() throws IOException {
        synchronized (BUILD_LOCK) {
            try (FileChannel channel = FileChannel.open(
                            home.resolve(".vinhdanh-build.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = channel.lock()) {
                Path marker = home.resolve(BUILD_MARKER);
                String wanted = String.join(" ", BUILD_OPTIONS);
                if (!Files.isRegularFile(marker)
                        || !Files.readString(marker).strip().equals(wanted)) {
                    List<String> command = new ArrayList<>(List.of(script(), "build"));
                    command.addAll(BUILD_OPTIONS);
                    ManagedProcess.runToCompletion(
                            "keycloak-build", command, environment(), home, logFile, BUILD_TIMEOUT);
                    Files.writeString(marker, wanted + System.lineSeparator());
                }
                Path imported =
                        Files.createDirectories(home.resolve("data/import")).resolve(REALM + "-realm.json");
                if (!Files.isRegularFile(imported) || Files.mismatch(realmFile, imported) != -1) {
                    Path written = Files.createTempFile(imported.getParent(), REALM, ".tmp");
                    Files.copy(realmFile, written, StandardCopyOption.REPLACE_EXISTING);
                    // a server importing at this moment sees the old file or the new one, never half of one
                    Files.move(written, imported, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        }
    }

    private List<String> startCommand() {
        return List.of(
                script(),
                "start",
                "--optimized",
                "--import-realm",
                "--http-enabled=true",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--hostname=http://localhost:" + port,
                "--db-url=" + jdbcUrl,
                "--db-username=" + dbUser,
                "--db-pool-max-size=10",
                "--log-level=WARN,org.keycloak.exportimport:INFO,io.quarkus:INFO");
    }

    /** The password and the JVM settings go through the environment, not the command line that {@code ps} shows. */
    private Map<String, String> environment() {
        Path java = ManagedProcess.javaExecutable();
        return Map.of(
                "JAVA_HOME",
                java.getParent().getParent().toString(),
                "KC_DB_PASSWORD",
                dbPassword,
                "KC_BOOTSTRAP_ADMIN_USERNAME",
                "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD",
                adminPassword,
                // Keycloak sizes its heap at 70 % of the machine's memory by default; a local server needs far less
                "JAVA_OPTS_KC_HEAP",
                "-Xms64m -Xmx512m",
                "JAVA_OPTS_APPEND",
                "-XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m");
    }

    private String script() {
        return home.resolve("bin/kc.sh").toString();
    }

    private void awaitReady() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://127.0.0.1:" + managementPort + "/health/ready");
        URI discovery =
                URI.create("http://127.0.0.1:" + port + "/realms/" + REALM + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw failure("Keycloak exited with code " + process.exitCode().orElse(-1) + " while starting");
            }
            if (answers(http, ready) && answers(http, discovery)) {
                return;
            }
            Polling.pause(Duration.ofMillis(500), "waiting for Keycloak");
        }
        stop();
        throw failure("Keycloak was not ready within " + START_TIMEOUT.toSeconds() + " s");
    }

    private static boolean answers(HttpClient http, URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(5))
                    .GET()
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }

    private IllegalStateException failure(String reason) {
        return new IllegalStateException(reason + ". Last lines of " + logFile + ":\n" + LogFiles.tail(logFile, 40));
    }

    /** Options of one server; the defaults are the local stack's. */
    public static final class Builder {
        private Path home;
        private Path realmFile;
        private int port = 8180;
        private int managementPort = 9180;
        private String jdbcUrl;
        private String dbUser;
        private String dbPassword;
        private Path logFile;
        private String adminPassword = "admin";

        private Builder() {}

        public Builder home(Path home) {
            this.home = home;
            return this;
        }

        public Builder realmFile(Path realmFile) {
            this.realmFile = realmFile;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder managementPort(int managementPort) {
            this.managementPort = managementPort;
            return this;
        }

        /** The server's database, and the user that owns it. */
        public Builder database(String jdbcUrl, String user, String password) {
            this.jdbcUrl = jdbcUrl;
            this.dbUser = user;
            this.dbPassword = password;
            return this;
        }

        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        /** The master realm's bootstrap admin (user {@code admin}); created on the first start only. */
        public Builder adminPassword(String adminPassword) {
            this.adminPassword = adminPassword;
            return this;
        }

        public KeycloakServer build() {
            return new KeycloakServer(this);
        }
    }
}
