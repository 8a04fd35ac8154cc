package vn.vinhdanh.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static vn.vinhdanh.award.AwardSteps.awaitAwardEvent;
import static vn.vinhdanh.award.AwardSteps.awardEvents;
import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.deploy.infra.Callers.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/**
 * The emulation board retries a blocked approval once it fixed the cause on its side (here: the multiplier of a
 * title the catalogue gained without one): the award is drafted under the current title and announced, or the answer
 * is 409 still-blocked, with a new award.blocked.v1 only when the reason changed.
 */
@QuarkusTest
class BlockedApprovalRetryTest {

    private static final String BLOCKED = "/api/v1/blocked-approvals";

    private final ObjectMapper json = new ObjectMapper();
    private KafkaTestClient kafka;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void theMissingMultiplierAddedTheBoardsRetryDraftsTheAwardAndAnnouncesIt() throws Exception {
        String title = titleWithoutRules();
        String nominationId = AwardSteps.approve(kafka, "INDIVIDUAL", title, "2025-09-02");
        awaitBlocked(nominationId, "NO_REWARD_RULE");
        awaitAwardEvent(kafka, nominationId, "award.blocked.v1");
        String blockedAt = as("award-officer").get(BLOCKED + "/" + nominationId).path("blockedAt");

        // nothing fixed yet: the same block, so nothing changes and nothing is announced
        as("award-officer")
                .header("Accept-Language", "vi")
                .noContentType()
                .post(retry(nominationId))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/still-blocked"))
                .body("detail", containsString("vẫn chưa lập được dự thảo khen thưởng"))
                .body("detail", containsString("Không có hệ số mức tiền thưởng của " + title));
        as("award-officer")
                .noContentType()
                .post(retry(nominationId))
                .then()
                .statusCode(409)
                .body("type", endsWith("/still-blocked"))
                .body("detail", containsString("still cannot be drafted (NO_REWARD_RULE)"))
                .body("detail", containsString("no reward multiplier for " + title));
        assertThat(AwardSteps.events(nominationId, "award.blocked.v1")).hasSize(1);
        as("award-officer")
                .get(BLOCKED + "/" + nominationId)
                .then()
                .body("resolved", equalTo(false))
                .body("blockedAt", equalTo(blockedAt));
        assertThat(audit(nominationId)).isEmpty();

        // the officer records the decree's figure, then the board retries with a note
        as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of("legalBasis", "NĐ 152/2025/NĐ-CP", "validFrom", "2025-07-01", "multiplier", 0.5))
                .post("/api/v1/award-types/" + title + "/multipliers")
                .then()
                .statusCode(201);
        String note = "Đã bổ sung hệ số theo NĐ 152/2025/NĐ-CP";
        String awardId = as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of("note", "  " + note + "  "))
                .post(retry(nominationId))
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("nominationId", equalTo(nominationId))
                .body("resolved", equalTo(true))
                .body("unblockedAt", notNullValue())
                .body("awardCode", equalTo(title))
                .body("awardId", notNullValue())
                .extract()
                .path("awardId");

        // priced by the new rule on the council's date, as any draft is
        int expected = as("award-officer")
                .queryParam("awardCode", title)
                .queryParam("recipientKind", "INDIVIDUAL")
                .queryParam("decisionDate", "2025-09-02")
                .get("/api/v1/quote")
                .then()
                .statusCode(200)
                .body("multiplier", equalTo(0.5f))
                .extract()
                .path("amountVnd");
        as("award-officer")
                .get("/api/v1/awards/" + awardId)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("nominationId", equalTo(nominationId))
                .body("awardCode", equalTo(title))
                .body("councilDecisionDate", equalTo("2025-09-02"))
                .body("multiplier", equalTo(0.5f))
                .body("amountVnd", equalTo(expected));
        JsonNode unblocked = json.readTree(
                awaitAwardEvent(kafka, nominationId, "award.unblocked.v1").value());
        assertThat(unblocked.path("awardId").asText()).isEqualTo(awardId);
        assertThat(unblocked.path("awardCode").asText()).isEqualTo(title);
        assertThat(unblocked.path("unblockedAt").asText()).isNotBlank();
        assertThat(AwardSteps.events(nominationId, "award.blocked.v1")).hasSize(1);
        List<Map<String, Object>> entries = audit(nominationId);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0))
                .containsEntry("action", "blocked-approval.retry")
                .containsEntry("actorRole", "award-officer")
                .containsEntry("detail", "drafted as award " + awardId + " (" + title + "); note: " + note);
        as("award-officer")
                .queryParam("size", 200)
                .get(BLOCKED)
                .then()
                .body("nominationId", not(hasItem(nominationId)));

        // drafted: a retry, or an agency's late correction, changes nothing
        as("award-officer")
                .noContentType()
                .post(retry(nominationId))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-blocked"))
                .body("detail", containsString(awardId));
        assertThat(AwardSteps.count("select count(*) from award where nomination_id = ?::uuid", nominationId))
                .isEqualTo(1);
        assertThat(AwardSteps.events(nominationId, "award.unblocked.v1")).hasSize(1);
    }

    @Test
    void aRetryThatMeetsAnotherReasonKeepsAndAnnouncesTheNewBlock() throws Exception {
        // before the first base salary of the seed (1 July 2017): the multiplier is not all that is missing
        String title = titleWithoutRules();
        String nominationId = AwardSteps.approve(kafka, "INDIVIDUAL", title, "2016-05-01");
        awaitBlocked(nominationId, "NO_REWARD_RULE");
        as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of("legalBasis", "NĐ 42/2010/NĐ-CP", "validFrom", "2016-01-01", "multiplier", 1.0))
                .post("/api/v1/award-types/" + title + "/multipliers")
                .then()
                .statusCode(201);

        as("award-officer")
                .contentType(ContentType.JSON)
                .body("{\"note\":\"Đã bổ sung hệ số\"}")
                .post(retry(nominationId))
                .then()
                .statusCode(409)
                .body("type", endsWith("/still-blocked"))
                .body("detail", containsString("announced as award.blocked.v1"))
                .body("detail", containsString("no base salary is in force on 2016-05-01"));
        as("award-officer")
                .get(BLOCKED + "/" + nominationId)
                .then()
                .body("resolved", equalTo(false))
                .body("cause", equalTo("NO_REWARD_RULE"))
                .body("reason", containsString("no base salary"))
                .body("reasonVi", containsString("Không có mức lương cơ sở"));
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() ->
                        awardEvents(kafka, nominationId, "award.blocked.v1").size() == 2);
        List<ConsumerRecord<String, String>> blocks = awardEvents(kafka, nominationId, "award.blocked.v1");
        assertThat(json.readTree(blocks.get(0).value()).path("reason").asText()).contains("no reward multiplier");
        assertThat(json.readTree(blocks.get(1).value()).path("reason").asText()).contains("no base salary");
        List<Map<String, Object>> entries = audit(nominationId);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0))
                .containsEntry("detail", "still blocked, now NO_REWARD_RULE (" + title + "); note: Đã bổ sung hệ số");

        // the same reason once more: no event, no entry
        as("award-officer")
                .noContentType()
                .post(retry(nominationId))
                .then()
                .statusCode(409)
                .body("type", endsWith("/still-blocked"))
                .body("detail", not(containsString("announced")));
        assertThat(AwardSteps.events(nominationId, "award.blocked.v1")).hasSize(2);
        assertThat(audit(nominationId)).hasSize(1);
        as("award-officer")
                .queryParam("nominationId", nominationId)
                .get("/api/v1/awards")
                .then()
                .body("$", hasSize(0));
    }

    @Test
    void theBodyIsOptionalAndCheckedAndOnlyTheBoardMayRetry() throws Exception {
        String title = titleWithoutRules();
        String nominationId = AwardSteps.approve(kafka, "INDIVIDUAL", title, "2025-09-02");
        awaitBlocked(nominationId, "NO_REWARD_RULE");

        as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of("note", "n".repeat(501)))
                .post(retry(nominationId))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation"))
                .body("errors.field", hasItem("note"));
        as("award-officer")
                .header("Accept-Language", "vi")
                .contentType(ContentType.TEXT)
                .body("Đã bổ sung hệ số")
                .post(retry(nominationId))
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", endsWith("/unsupported-media-type"))
                .body(
                        "detail",
                        equalTo("Nội dung kèm theo khi thử lại đề nghị khen thưởng bị tạm dừng phải ở dạng"
                                + " application/json."));
        as("award-officer")
                .contentType(ContentType.TEXT)
                .body("note")
                .post(retry(nominationId))
                .then()
                .statusCode(415)
                .body("detail", equalTo("a retry body must be application/json"));
        as("award-officer")
                .noContentType()
                .post(retry(UUID.randomUUID().toString()))
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"));
        agency("UBND-BATXAT")
                .noContentType()
                .post(retry(nominationId))
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as("editor").noContentType().post(retry(nominationId)).then().statusCode(403);
        // admin reads the blocked approvals but, as for every write here, may not retry one
        as("admin").noContentType().post(retry(nominationId)).then().statusCode(403);
        as("council-secretary")
                .contentType(ContentType.JSON)
                .body("{}")
                .post(retry(nominationId))
                .then()
                .statusCode(403);
        as("award-officer").get(BLOCKED + "/" + nominationId).then().body("resolved", equalTo(false));

        // a bare POST, without a body or a Content-Type, is a retry without a note
        as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of("legalBasis", "NĐ 152/2025/NĐ-CP", "validFrom", "2025-07-01", "multiplier", 0.3))
                .post("/api/v1/award-types/" + title + "/multipliers")
                .then()
                .statusCode(201);
        String awardId = as("award-officer")
                .noContentType()
                .post(retry(nominationId))
                .then()
                .statusCode(200)
                .body("resolved", equalTo(true))
                .extract()
                .path("awardId");
        assertThat(AwardSteps.awaitAward(nominationId)).isEqualTo(awardId);
        assertThat(audit(nominationId))
                .singleElement()
                .satisfies(entry ->
                        assertThat(entry.get("detail")).isEqualTo("drafted as award " + awardId + " (" + title + ")"));
    }

    private static String retry(String nominationId) {
        return BLOCKED + "/" + nominationId + "/retry";
    }

    /**
     * A title added to the catalogue without its reward rules, as a migration might add it before an officer records
     * the decree's multiplier: an approval of it is blocked for want of a rule (NO_REWARD_RULE).
     */
    private String titleWithoutRules() {
        String code =
                "THU_NGHIEM_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("insert into award_type (code, name_vi, name_en, recipient, granted_by,"
                                + " collective_factor, certificate_kind) values (?1, ?2, ?3, 'INDIVIDUAL',"
                                + " 'Chủ tịch UBND tỉnh', 1, 'TITLE')")
                        .setParameter(1, code)
                        .setParameter(2, "Danh hiệu thử nghiệm " + code)
                        .setParameter(3, "Trial title " + code)
                        .executeUpdate());
        return code;
    }

    /** The audit trail of the blocked approval, newest first. */
    private static List<Map<String, Object>> audit(String nominationId) {
        return as("admin")
                .queryParam("resourceType", "blocked-approval")
                .queryParam("resourceId", nominationId)
                .get("/api/v1/admin/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    private static void awaitBlocked(String nominationId, String cause) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> as("award-officer")
                        .get(BLOCKED + "/" + nominationId)
                        .then()
                        .statusCode(200)
                        .body("cause", equalTo(cause)));
    }
}
