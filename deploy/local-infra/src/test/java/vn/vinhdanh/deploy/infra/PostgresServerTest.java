package vn.vinhdanh.deploy.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

class PostgresServerTest {

    @Test
    void createsUsesAndDropsADatabase() throws Exception {
        String database = "vd_infra_t"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        try (PostgresServer server = PostgresServer.ensureRunningEphemeral()) {
            try {
                assertFalse(server.databaseExists(database));
                assertTrue(server.createDatabaseIfMissing(database), "created on first call");
                assertFalse(server.createDatabaseIfMissing(database), "left alone on the second");

                // an open session must not stop the drop: services and pools may still hold connections
                try (Connection connection = DriverManager.getConnection(
                                server.jdbcUrl(database), server.username(), server.password());
                        Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE award (code text PRIMARY KEY, name text NOT NULL)");
                    statement.execute("INSERT INTO award VALUES ('GIAY_KHEN', 'Giấy khen')");
                    try (ResultSet rows = statement.executeQuery("SELECT name FROM award")) {
                        assertTrue(rows.next());
                        assertEquals("Giấy khen", rows.getString(1));
                    }
                    server.dropDatabase(database);
                }
                assertFalse(server.databaseExists(database));
            } finally {
                server.dropDatabase(database);
            }
        }
    }

    @Test
    void rejectsNamesThatWouldNeedQuoting() {
        try (PostgresServer server = PostgresServer.ensureRunningEphemeral()) {
            assertThrows(IllegalArgumentException.class, () -> server.createDatabaseIfMissing("Vinh\"Danh"));
            assertThrows(IllegalArgumentException.class, () -> server.jdbcUrl("1st"));
        }
    }
}
