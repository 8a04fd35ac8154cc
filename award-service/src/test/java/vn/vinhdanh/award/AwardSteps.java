package vn.vinhdanh.award;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.vinhdanh.deploy.infra.Callers.as;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/** The officer's steps from a council approval to a signed decision, as the tests take them. */
public final class AwardSteps {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private AwardSteps() {}

    public static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    /** Sends the council's approval of a fresh nomination; returns the nomination id. */
    public static String approve(KafkaTestClient kafka, String kind, String awardCode, String councilDate) {
        String nominationId = UUID.randomUUID().toString();
        kafka.sendCloudEvent(
                "review.events",
                nominationId,
                UUID.randomUUID(),
                "review.decided.v1",
                AwardFlowTest.approved(nominationId, kind, awardCode, councilDate));
        return nominationId;
    }

    /** As {@link #approve}, for a nomination of the given agency and emulation year. */
    public static String approve(
            KafkaTestClient kafka,
            String kind,
            String awardCode,
            String councilDate,
            String agencyCode,
            int movementYear) {
        String nominationId = UUID.randomUUID().toString();
        kafka.sendCloudEvent(
                "review.events",
                nominationId,
                UUID.randomUUID(),
                "review.decided.v1",
                AwardFlowTest.approved(nominationId, kind, awardCode, councilDate, agencyCode, movementYear));
        return nominationId;
    }

    /** Who a nomination is for, as the tests name them: birth year null when not given. */
    public record Nominee(String kind, String name, Integer birthYear, String organization) {}

    /** As {@link #approve}, for the given nominee in the given movement and emulation year. */
    public static String approveFor(
            KafkaTestClient kafka,
            String awardCode,
            String councilDate,
            String agencyCode,
            UUID movementId,
            int movementYear,
            Nominee nominee) {
        String nominationId = UUID.randomUUID().toString();
        kafka.sendCloudEvent(
                "review.events",
                nominationId,
                UUID.randomUUID(),
                "review.decided.v1",
                AwardFlowTest.approved(
                        nominationId, awardCode, councilDate, agencyCode, movementId, movementYear, nominee));
        return nominationId;
    }

    /** An issuer acting for a unit head (Giám đốc Sở Nội vụ), who grants Lao động tiên tiến and Giấy khen. */
    public static final String UNIT_ISSUER = "QĐ-SNV";

    /** Registers {@link #UNIT_ISSUER} unless an earlier test did. */
    public static void unitIssuer() {
        as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "code", UNIT_ISSUER, "authority", "UNIT_HEAD", "nameVi", "Giám đốc Sở Nội vụ tỉnh Lào Cai"))
                .post("/api/v1/issuers")
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(201, 409));
    }

    /** A draft decision of the given issuer listing the awards; returns its id. */
    public static String decisionBy(String issuer, String decisionDate, String fund, String... awardIds) {
        return as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "issuer",
                        issuer,
                        "decisionDate",
                        decisionDate,
                        "signer",
                        "Giám đốc Sở Nội vụ",
                        "fund",
                        fund,
                        "awardIds",
                        Arrays.asList(awardIds)))
                .post("/api/v1/decisions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The id of the award that the approval of {@code nominationId} drafted, once it is there. */
    public static String awaitAward(String nominationId) {
        return await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> as("award-officer")
                                .queryParam("nominationId", nominationId)
                                .get("/api/v1/awards")
                                .then()
                                .statusCode(200)
                                .extract()
                                .<String>path("[0].id"),
                        id -> id != null);
    }

    /** A fund no other test uses, so budgets never interfere. */
    public static String newFund() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    public static void budget(int year, String fund, long amountVnd) {
        as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of("year", year, "fund", fund, "amountVnd", amountVnd))
                .post("/api/v1/budgets")
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    /** A draft decision listing the awards; returns its id. */
    public static String decision(String decisionDate, String fund, String... awardIds) {
        return createDecision(decisionDate, fund, awardIds)
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .extract()
                .path("id");
    }

    public static ValidatableResponse createDecision(String decisionDate, String fund, String... awardIds) {
        return as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "decisionDate",
                        decisionDate,
                        "signer",
                        "Chủ tịch UBND tỉnh Lào Cai",
                        "fund",
                        fund,
                        "awardIds",
                        Arrays.asList(awardIds)))
                .post("/api/v1/decisions")
                .then();
    }

    public static ValidatableResponse sign(String decisionId) {
        return as("award-officer")
                .post("/api/v1/decisions/" + decisionId + "/sign")
                .then();
    }

    /** The first column of every row of a query on the service's database, as text. */
    public static List<String> strings(String sql, Object... parameters) throws SQLException {
        try (Connection db = DriverManager.getConnection(
                        PlatformTestResource.jdbcUrl(),
                        PlatformTestResource.jdbcUsername(),
                        PlatformTestResource.jdbcPassword());
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new java.util.ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    /** The payloads of the events the outbox holds for a nomination, of one type, oldest first. */
    public static List<String> events(String nominationId, String type) throws SQLException {
        return strings(
                "select payload from outbox_event where message_key = ? and event_type = ? order by position",
                nominationId,
                type);
    }

    /** The first column of the first row of a query on the service's database. */
    public static long count(String sql, Object... parameters) throws SQLException {
        try (Connection db = DriverManager.getConnection(
                        PlatformTestResource.jdbcUrl(),
                        PlatformTestResource.jdbcUsername(),
                        PlatformTestResource.jdbcPassword());
                PreparedStatement statement = db.prepareStatement(sql)) {
            List<Object> values = Arrays.asList(parameters);
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Waits for the first event of a type for a nomination on award.events. */
    public static ConsumerRecord<String, String> awaitAwardEvent(
            KafkaTestClient kafka, String nominationId, String type) {
        return kafka.await(
                "award.events",
                r -> nominationId.equals(r.key()) && type.equals(KafkaTestClient.header(r, "ce_type")),
                Duration.ofSeconds(20));
    }

    /** The events of one type for a nomination on award.events, in the order they were published. */
    public static List<ConsumerRecord<String, String>> awardEvents(
            KafkaTestClient kafka, String nominationId, String type) {
        return kafka.readAll("award.events", Duration.ofSeconds(2)).stream()
                .filter(r -> nominationId.equals(r.key()) && type.equals(KafkaTestClient.header(r, "ce_type")))
                .toList();
    }
}
