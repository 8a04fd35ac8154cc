package vn.vinhdanh.deploy.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;

/**
 * The services' bad-request tables: every case must get its exact 4xx as RFC 9457 problem details, and the
 * service's database must hold exactly the rows it held before the whole table ran.
 */
public final class BadRequestTable {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private BadRequestTable() {}

    /**
     * @param type the problem type's last path segment
     * @param field for validation failures, the field {@code errors[].field} must name; null otherwise
     */
    public record Case(String name, int status, String type, String field, Supplier<Response> send) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static Case problem(String name, int status, String type, Supplier<Response> send) {
        return new Case(name, status, type, null, send);
    }

    public static Case invalid(String name, String field, Supplier<Response> send) {
        return new Case(name, 400, "validation", field, send);
    }

    /**
     * Runs the whole table: at least 30 distinct cases, each answered as it states, and afterwards every table of the
     * service (which must include {@code expectedTables}) holds exactly the rows it held before.
     */
    public static void run(List<Case> cases, Collection<String> expectedTables)
            throws SQLException, InterruptedException {
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        assertThat(cases.stream().map(Case::name).distinct())
                .as("case names are unique")
                .hasSameSizeAs(cases);

        Map<String, Long> before = settledRowCounts();
        assertThat(before.keySet()).as("tables of the service").containsAll(expectedTables);

        SoftAssertions softly = new SoftAssertions();
        for (Case c : cases) {
            check(softly, c);
        }
        softly.assertThat(rowCounts())
                .as("row counts of every table after %d bad requests", cases.size())
                .isEqualTo(before);
        softly.assertAll();
    }

    /** Sends the case and records every way its answer falls short, without stopping at the first. */
    public static void check(SoftAssertions softly, Case c) {
        Response response;
        try {
            response = c.send().get();
        } catch (RuntimeException e) {
            softly.fail("%s: the request failed: %s", c.name(), e);
            return;
        }
        String text = response.asString();
        String shown = text.length() > 500 ? text.substring(0, 500) + "…" : text;
        softly.assertThat(response.statusCode())
                .as("%s: status (body: %s)", c.name(), shown)
                .isEqualTo(c.status());
        softly.assertThat(mediaType(response.contentType()))
                .as("%s: Content-Type", c.name())
                .isEqualTo(PROBLEM_JSON);
        JsonNode body;
        try {
            body = JSON.readTree(text);
        } catch (Exception e) {
            softly.fail("%s: the body is not JSON: %s", c.name(), shown);
            return;
        }
        if (body == null || !body.isObject()) {
            softly.fail("%s: the body is not a JSON object: %s", c.name(), shown);
            return;
        }
        softly.assertThat(body.path("type").asText())
                .as("%s: type", c.name())
                .startsWith("https://")
                .endsWith("/" + c.type());
        softly.assertThat(body.path("title").asText()).as("%s: title", c.name()).isNotBlank();
        softly.assertThat(body.path("status").isInt())
                .as("%s: status member is a number", c.name())
                .isTrue();
        softly.assertThat(body.path("status").asInt())
                .as("%s: status member", c.name())
                .isEqualTo(response.statusCode());
        softly.assertThat(body.path("detail").asText())
                .as("%s: detail", c.name())
                .isNotBlank();
        if (c.field() != null) {
            List<String> fields = new ArrayList<>();
            body.path("errors").forEach(error -> fields.add(error.path("field").asText()));
            softly.assertThat(fields)
                    .as("%s: errors[].field (body: %s)", c.name(), shown)
                    .contains(c.field());
        }
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .trim()
                .toLowerCase();
    }

    /** Row counts once they hold still: events of earlier test classes may still be being consumed. */
    public static Map<String, Long> settledRowCounts() throws SQLException, InterruptedException {
        Map<String, Long> previous = rowCounts();
        for (int attempt = 0; attempt < 50; attempt++) {
            Thread.sleep(300);
            Map<String, Long> current = rowCounts();
            if (current.equals(previous)) {
                return current;
            }
            previous = current;
        }
        throw new AssertionError("the row counts never settled: " + previous);
    }

    /** Rows of every table in the database of the application under test, by table name. */
    public static Map<String, Long> rowCounts() throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        PlatformTestResource.jdbcUrl(),
                        PlatformTestResource.jdbcUsername(),
                        PlatformTestResource.jdbcPassword());
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("""
                    select table_name from information_schema.tables
                    where table_schema = current_schema() and table_type = 'BASE TABLE'""")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            Map<String, Long> counts = new TreeMap<>();
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select count(*) from \"" + table + "\"")) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
            return counts;
        }
    }
}
