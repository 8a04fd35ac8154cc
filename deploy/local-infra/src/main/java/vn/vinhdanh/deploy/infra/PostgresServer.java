package vn.vinhdanh.deploy.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;
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

    PostgresServer(String host, int port, String username, String password, EmbeddedPostgres embedded) {
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
        return PostgresStartup.existingServer()
                .orElseGet(() ->
                        PostgresStartup.startEmbedded(workDir.toAbsolutePath().resolve("postgres"), false));
    }

    /**
     * Like {@link #ensureRunning(Path)}, but an embedded server gets a throw-away data directory that is deleted
     * when it stops. For tests, which create their own databases anyway.
     */
    public static PostgresServer ensureRunningEphemeral() {
        return PostgresStartup.existingServer().orElseGet(() -> PostgresStartup.startEmbedded(null, true));
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
                Polling.pause(Duration.ofMillis(200L * attempt), "creating a database");
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
            try (PreparedStatement terminate = connection.prepareStatement("SELECT pg_terminate_backend(pid)"
                    + " FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
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

    private void verifyConnection() {
        try (Connection connection = openMaintenanceConnection()) {
            if (!connection.isValid(5)) {
                throw new SQLException("connection is not valid");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL on " + host + ":" + port + " does not accept user '"
                            + username + "': " + e.getMessage() + ". Set " + ENV_USER + " and " + ENV_PASSWORD
                            + " to credentials that may create databases.",
                    e);
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
}
