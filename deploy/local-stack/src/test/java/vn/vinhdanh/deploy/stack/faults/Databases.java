package vn.vinhdanh.deploy.stack.faults;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import vn.vinhdanh.deploy.infra.PostgresServer;
import vn.vinhdanh.deploy.stack.PlatformLauncher;
import vn.vinhdanh.deploy.stack.Service;

/**
 * Direct JDBC reads of the four services' databases: what the fault suite checks the final state against, and what
 * its driver polls instead of the HTTP API. Its sessions carry the application name {@value #APPLICATION_NAME}, so a
 * fault that ends a service's sessions can spare them.
 */
public final class Databases {

    public static final String APPLICATION_NAME = "vinhdanh-fault-suite";

    private final PostgresServer postgres;
    private final PlatformLauncher platform;

    public Databases(PlatformLauncher platform) {
        this.platform = platform;
        this.postgres = platform.postgres();
    }

    public Connection open(Service service) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", postgres.username());
        properties.setProperty("password", postgres.password());
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "30");
        return DriverManager.getConnection(postgres.jdbcUrl(platform.database(service)), properties);
    }

    /**
     * Runs a query and returns its rows as arrays. A {@code UUID[]} or {@code String[]} parameter is bound as a
     * PostgreSQL array, for {@code = any(?)}.
     */
    public List<Object[]> rows(Service service, String sql, Object... parameters) {
        try (Connection connection = open(service);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, parameters);
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = result.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(service.moduleName() + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    /** A statement without result rows (DDL, or a query whose rows do not matter). */
    public void execute(Service service, String sql, Object... parameters) {
        try (Connection connection = open(service);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, parameters);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(service.moduleName() + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    public long count(Service service, String sql, Object... parameters) {
        return ((Number) rows(service, sql, parameters).get(0)[0]).longValue();
    }

    /**
     * Ends every session of {@code service}'s database except this suite's own: what a failover, a restarted
     * PostgreSQL or a network cut does to the service's connection pool.
     *
     * @return how many sessions were ended
     */
    public int terminateSessions(Service service) {
        try (Connection connection = open(service);
                PreparedStatement statement = connection.prepareStatement("""
                select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity
                where datname = ? and pid <> pg_backend_pid() and coalesce(application_name, '') <> ?""")) {
            statement.setString(1, platform.database(service));
            statement.setString(2, APPLICATION_NAME);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot end the sessions of " + service.moduleName() + ": " + e, e);
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, Object... parameters)
            throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object parameter = parameters[i];
            if (parameter instanceof UUID[] uuids) {
                Array array = connection.createArrayOf("uuid", uuids);
                statement.setArray(i + 1, array);
            } else if (parameter instanceof String[] texts) {
                statement.setArray(i + 1, connection.createArrayOf("varchar", texts));
            } else {
                statement.setObject(i + 1, parameter);
            }
        }
    }
}
