package vn.vinhdanh.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.vinhdanh.deploy.infra.Callers.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/**
 * A council approval of a state-level form (a Huân chương, Anh hùng Lao động) is neither drafted nor blocked: it is
 * proposed upward, submitted by the province's Tờ trình, and the higher decision grants the award, priced by the
 * rules of its date and announced as any grant; or the higher level refuses it.
 */
@QuarkusTest
class UpwardProposalTest {

    private static final String UPWARD = "/api/v1/upward-proposals";

    private final ObjectMapper json = new ObjectMapper();
    private KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void anApprovedHuanChuongIsProposedUpwardSubmittedAndGrantedByThePresidentsDecision() throws Exception {
        String nominationId = UUID.randomUUID().toString();
        UUID eventId = UUID.randomUUID();
        String approval =
                AwardFlowTest.approved(nominationId, "INDIVIDUAL", "HUAN_CHUONG_LAO_DONG_HANG_BA", "2025-09-02");
        kafka.sendCloudEvent("review.events", nominationId, eventId, "review.decided.v1", approval);

        awaitProposal(nominationId)
                .body("status", equalTo("AWAITING_SUBMISSION"))
                .body("awardCode", equalTo("HUAN_CHUONG_LAO_DONG_HANG_BA"))
                .body("nomineeKind", equalTo("INDIVIDUAL"))
                .body("nomineeName", equalTo("Tẩn Láo Lở"))
                .body("councilDecisionDate", equalTo("2025-09-02"))
                .body("awardId", nullValue());
        // redelivered, and decided again as a new event: still one proposal, no draft, no block
        kafka.sendCloudEvent("review.events", nominationId, eventId, "review.decided.v1", approval);
        UUID again = UUID.randomUUID();
        kafka.sendCloudEvent("review.events", nominationId, again, "review.decided.v1", approval);
        awaitProcessed(again);
        assertThat(count("select count(*) from upward_proposal where nomination_id = ?::uuid", nominationId))
                .isEqualTo(1);
        assertThat(count("select count(*) from blocked_approval where nomination_id = ?::uuid", nominationId))
                .isZero();
        assertThat(count("select count(*) from award where nomination_id = ?::uuid", nominationId))
                .isZero();
        as("admin")
                .queryParam("status", "AWAITING_SUBMISSION")
                .queryParam("size", 200)
                .get(UPWARD)
                .then()
                .statusCode(200)
                .header("X-Total-Count", notNullValue())
                .header("Link", notNullValue())
                .body("nominationId", hasItem(nominationId));

        post(nominationId, "submission", Map.of("submissionNumber", "109/TTr-UBND", "submittedOn", "2025-09-10"))
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("submissionNumber", equalTo("109/TTr-UBND"))
                .body("submittedOn", equalTo("2025-09-10"));

        // the province that proposed it pays the reward, from its fund, as for its own decisions
        String fund = AwardSteps.newFund();
        AwardSteps.budget(2025, fund, 100_000_000);
        String awardId = post(
                        nominationId,
                        "decision",
                        Map.of(
                                "decisionNumber", "1234/QĐ-CTN",
                                "decisionDate", "2025-10-01",
                                "issuer", "Chủ tịch nước",
                                "fund", fund))
                .statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("decisionNumber", equalTo("1234/QĐ-CTN"))
                .body("issuer", equalTo("Chủ tịch nước"))
                .body("answeredOn", equalTo("2025-10-01"))
                .extract()
                .path("awardId");
        // NĐ 152/2025 (V17, unverified): 4.5 × 2,340,000 = 10,530,000 for an individual
        as("award-officer")
                .get("/api/v1/awards/" + awardId)
                .then()
                .statusCode(200)
                .body("status", equalTo("GRANTED"))
                .body("awardCode", equalTo("HUAN_CHUONG_LAO_DONG_HANG_BA"))
                .body("decisionNumber", equalTo("1234/QĐ-CTN"))
                .body("decisionDate", equalTo("2025-10-01"))
                .body("pricedOn", equalTo("2025-10-01"))
                .body("multiplier", equalTo(4.5f))
                .body("baseSalaryVnd", equalTo(2_340_000))
                .body("amountVnd", equalTo(10_530_000));

        ConsumerRecord<String, String> granted = kafka.await(
                "award.events",
                r -> nominationId.equals(r.key()) && "award.granted.v1".equals(KafkaTestClient.header(r, "ce_type")),
                Duration.ofSeconds(20));
        JsonNode payload = json.readTree(granted.value());
        assertThat(payload.path("awardId").asText()).isEqualTo(awardId);
        assertThat(payload.path("decisionNumber").asText()).isEqualTo("1234/QĐ-CTN");
        assertThat(payload.path("amountVnd").asLong()).isEqualTo(10_530_000L);
        assertThat(count(
                        "select count(*) from audit_entry where resource_type = 'upward-proposal' and resource_id = ?",
                        nominationId))
                .isEqualTo(2);

        // the same decision of the President grants another of the province's proposals: a collective Labour Hero,
        // 15.5 × 2,340,000 × 2 = 72,540,000
        String collective = submitted("COLLECTIVE", "ANH_HUNG_LAO_DONG");
        String heroAward = post(
                        collective,
                        "decision",
                        Map.of(
                                "decisionNumber", "1234/QĐ-CTN",
                                "decisionDate", "2025-10-01",
                                "issuer", "Chủ tịch nước",
                                "fund", fund))
                .statusCode(200)
                .extract()
                .path("awardId");
        as("award-officer")
                .get("/api/v1/awards/" + heroAward)
                .then()
                .body("amountVnd", equalTo(72_540_000))
                .body("recipientKind", equalTo("COLLECTIVE"));
        assertThat(count("select count(*) from award_decision where decision_number = '1234/QĐ-CTN'"
                        + " and total_amount_vnd = 83070000"))
                .isEqualTo(1);
        as("award-officer")
                .get("/api/v1/budgets/2025/" + fund)
                .then()
                .statusCode(200)
                .body("committedVnd", equalTo(83_070_000));
    }

    @Test
    void aRefusalByTheHigherLevelIsRecordedAndGrantsNothing() throws Exception {
        String nominationId = submitted("INDIVIDUAL", "HUAN_CHUONG_LAO_DONG_HANG_NHI");
        post(
                        nominationId,
                        "refusal",
                        Map.of("reason", "Chưa đủ tiêu chuẩn", "refusedOn", "2025-10-05", "issuer", "Chủ tịch nước"))
                .statusCode(200)
                .body("status", equalTo("REFUSED"))
                .body("refusalReason", equalTo("Chưa đủ tiêu chuẩn"))
                .body("answeredOn", equalTo("2025-10-05"))
                .body("awardId", nullValue());
        as("award-officer")
                .queryParam("nominationId", nominationId)
                .get("/api/v1/awards")
                .then()
                .body("$", hasSize(0));
        assertThat(AwardSteps.events(nominationId, "award.granted.v1")).isEmpty();
        as("award-officer")
                .queryParam("status", "REFUSED")
                .queryParam("size", 200)
                .get(UPWARD)
                .then()
                .statusCode(200)
                .body("nominationId", hasItem(nominationId));
    }

    /** A fresh approval of {@code awardCode}, proposed upward and submitted on 2025-09-10; its nomination id. */
    private String submitted(String kind, String awardCode) {
        String nominationId = AwardSteps.approve(kafka, kind, awardCode, "2025-09-02");
        awaitProposal(nominationId).body("status", equalTo("AWAITING_SUBMISSION"));
        post(nominationId, "submission", Map.of("submissionNumber", "110/TTr-UBND", "submittedOn", "2025-09-10"))
                .statusCode(200);
        return nominationId;
    }

    private static ValidatableResponse post(String nominationId, String what, Map<String, String> body) {
        return as("award-officer")
                .contentType(ContentType.JSON)
                .body(body)
                .post(UPWARD + "/" + nominationId + "/" + what)
                .then();
    }

    private static ValidatableResponse awaitProposal(String nominationId) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() ->
                        as("award-officer").get(UPWARD + "/" + nominationId).statusCode() == 200);
        return as("award-officer").get(UPWARD + "/" + nominationId).then().statusCode(200);
    }

    private static void awaitProcessed(UUID eventId) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> count("select count(*) from processed_event where event_id = ?", eventId) == 1);
    }

    private static long count(String sql, Object... parameters) throws Exception {
        return AwardSteps.count(sql, parameters);
    }
}
