package vn.vinhdanh.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.vinhdanh.award.AwardSteps.awaitAwardEvent;
import static vn.vinhdanh.award.AwardSteps.awardEvents;
import static vn.vinhdanh.award.AwardSteps.count;
import static vn.vinhdanh.deploy.infra.Callers.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
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
 * The Prime Minister's forms (Chiến sĩ thi đua toàn quốc, his Bằng khen, the Government's Cờ thi đua) are proposed
 * upward as the President's are: never drafted nor signed here as QĐ-TTg, each stage announced as
 * award.upward-proposal.v1, the reward of the higher decision charged to the province's fund, and no certificate of the
 * province's own for it. A blocked approval corrected to such a form is proposed upward too.
 */
@QuarkusTest
class PrimeMinisterFormsTest {

    private static final String UPWARD = "/api/v1/upward-proposals";
    private static final String UPWARD_EVENT = "award.upward-proposal.v1";

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
    void aNationalEmulationFighterIsProposedSubmittedAndGrantedByThePrimeMinistersDecision() throws Exception {
        String nominationId = AwardSteps.approve(kafka, "INDIVIDUAL", "CHIEN_SI_THI_DUA_TOAN_QUOC", "2025-09-02");
        awaitProposal(nominationId)
                .body("status", equalTo("AWAITING_SUBMISSION"))
                .body("higherAuthority", equalTo("PRIME_MINISTER"))
                .body("awardId", nullValue());
        assertThat(count("select count(*) from award where nomination_id = ?::uuid", nominationId))
                .isZero();
        JsonNode proposed = payload(awaitAwardEvent(kafka, nominationId, UPWARD_EVENT));
        assertThat(proposed.path("stage").asText()).isEqualTo("PROPOSED");
        assertThat(proposed.path("awardCode").asText()).isEqualTo("CHIEN_SI_THI_DUA_TOAN_QUOC");
        assertThat(proposed.path("awardName").asText()).isEqualTo("Chiến sĩ thi đua toàn quốc");
        assertThat(proposed.path("higherAuthority").asText()).isEqualTo("Thủ tướng Chính phủ");
        assertThat(proposed.path("submissionNumber").isTextual()).isFalse();

        post(nominationId, "submission", Map.of("submissionNumber", "111/TTr-UBND", "submittedOn", "2025-09-10"))
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        JsonNode submitted = payload(awaitStage(nominationId, "SUBMITTED"));
        assertThat(submitted.path("submissionNumber").asText()).isEqualTo("111/TTr-UBND");
        assertThat(submitted.path("submittedOn").asText()).isEqualTo("2025-09-10");
        assertThat(submitted.path("higherAuthority").asText()).isEqualTo("Thủ tướng Chính phủ");

        // the President does not decide the Prime Minister's form
        post(
                        nominationId,
                        "decision",
                        Map.of(
                                "decisionNumber",
                                "1240/QĐ-CTN",
                                "decisionDate",
                                "2025-10-01",
                                "issuer",
                                "Chủ tịch nước"))
                .statusCode(422)
                .body("type", containsString("issuer-not-authorised"));

        String fund = AwardSteps.newFund();
        AwardSteps.budget(2025, fund, 50_000_000);
        String awardId = post(
                        nominationId,
                        "decision",
                        Map.of(
                                "decisionNumber", "601/QĐ-TTg",
                                "decisionDate", "2025-10-01",
                                "issuer", "Thủ tướng Chính phủ",
                                "fund", fund))
                .statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("issuer", equalTo("Thủ tướng Chính phủ"))
                .body("fund", equalTo(fund))
                .extract()
                .path("awardId");
        // NĐ 152/2025: 4.5 × 2,340,000, paid by the proposing province from its fund
        as("award-officer")
                .get("/api/v1/awards/" + awardId)
                .then()
                .statusCode(200)
                .body("status", equalTo("GRANTED"))
                .body("decisionNumber", equalTo("601/QĐ-TTg"))
                .body("amountVnd", equalTo(10_530_000));
        as("award-officer")
                .get("/api/v1/budgets/2025/" + fund)
                .then()
                .statusCode(200)
                .body("committedVnd", equalTo(10_530_000));
        assertThat(payload(awaitAwardEvent(kafka, nominationId, "award.granted.v1"))
                        .path("decisionNumber")
                        .asText())
                .isEqualTo("601/QĐ-TTg");
        // the decision is announced as a grant, not as one more stage of the proposal
        assertThat(awardEvents(kafka, nominationId, UPWARD_EVENT)).hasSize(2);

        // the certificate goes with the Prime Minister's decision: the province does not print one of its own
        as("award-officer")
                .get("/api/v1/awards/" + awardId + "/certificate")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", containsString("certificate-issued-above"))
                .body("detail", containsString("601/QĐ-TTg"));
    }

    @Test
    void aRefusalOfThePrimeMinistersFormIsAnnouncedWithItsReasonAndDate() throws Exception {
        String nominationId = AwardSteps.approve(kafka, "COLLECTIVE", "BANG_KHEN_THU_TUONG", "2025-09-02");
        awaitProposal(nominationId).body("higherAuthority", equalTo("PRIME_MINISTER"));
        post(nominationId, "submission", Map.of("submissionNumber", "112/TTr-UBND", "submittedOn", "2025-09-10"))
                .statusCode(200);
        // unnamed, the refusal is the Prime Minister's, to whom it went
        post(nominationId, "refusal", Map.of("reason", "Thành tích chưa tiêu biểu", "refusedOn", "2025-10-03"))
                .statusCode(200)
                .body("status", equalTo("REFUSED"))
                .body("issuer", equalTo("Thủ tướng Chính phủ"));
        JsonNode refused = payload(awaitStage(nominationId, "REFUSED"));
        assertThat(refused.path("refusalReason").asText()).isEqualTo("Thành tích chưa tiêu biểu");
        assertThat(refused.path("refusedOn").asText()).isEqualTo("2025-10-03");
        assertThat(refused.path("submissionNumber").asText()).isEqualTo("112/TTr-UBND");
        assertThat(AwardSteps.events(nominationId, "award.granted.v1")).isEmpty();
    }

    @Test
    void theProvinceNoLongerSignsForThePrimeMinister() {
        as("award-officer")
                .get("/api/v1/award-types/CO_THI_DUA_CHINH_PHU")
                .then()
                .statusCode(200)
                .body("decidedByState", equalTo(true))
                .body("decidedBy", equalTo("PRIME_MINISTER"));
        as("award-officer").get("/api/v1/award-types/ANH_HUNG_LAO_DONG").then().body("decidedBy", equalTo("PRESIDENT"));
        as("award-officer")
                .get("/api/v1/award-types/BANG_KHEN_CHU_TICH_UBND_TINH")
                .then()
                .body("decidedByState", equalTo(false))
                .body("decidedBy", nullValue());

        as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "issuer", "QĐ-TTg",
                        "decisionDate", "2025-10-01",
                        "signer", "Thủ tướng Chính phủ",
                        "awardIds", List.of()))
                .post("/api/v1/decisions")
                .then()
                .statusCode(422)
                .body("type", containsString("issuer-above-province"));
        as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of("code", "QĐ-TTG-2", "authority", "PRIME_MINISTER", "nameVi", "Thủ tướng Chính phủ"))
                .post("/api/v1/issuers")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("authority"));
    }

    @Test
    void aBlockedApprovalCorrectedToAStateTitleIsProposedUpwardNotDrafted() throws Exception {
        String unknownTitle =
                "KHONG_CO_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String nominationId = AwardSteps.approve(kafka, "INDIVIDUAL", unknownTitle, "2025-09-02");
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> as("award-officer")
                                .get("/api/v1/blocked-approvals/" + nominationId)
                                .statusCode()
                        == 200);

        kafka.sendCloudEvent(
                "nomination.events", nominationId, UUID.randomUUID(), "nomination.title-corrected.v1", """
                {"nominationId":"%s","agencyCode":"UBND-BATXAT","previousAward":"%s",
                 "proposedAward":"CHIEN_SI_THI_DUA_TOAN_QUOC","reason":"Đề nghị nhầm danh hiệu",
                 "correctedBy":"test-agency","correctedAt":"%s"}""".formatted(
                                nominationId, unknownTitle, Instant.now()));

        awaitProposal(nominationId)
                .body("awardCode", equalTo("CHIEN_SI_THI_DUA_TOAN_QUOC"))
                .body("status", equalTo("AWAITING_SUBMISSION"))
                .body("higherAuthority", equalTo("PRIME_MINISTER"));
        as("award-officer")
                .get("/api/v1/blocked-approvals/" + nominationId)
                .then()
                .statusCode(200)
                .body("resolved", equalTo(true))
                .body("proposedUpward", equalTo(true))
                .body("awardCode", equalTo("CHIEN_SI_THI_DUA_TOAN_QUOC"))
                .body("awardId", nullValue());
        assertThat(count("select count(*) from award where nomination_id = ?::uuid", nominationId))
                .isZero();
        assertThat(payload(awaitAwardEvent(kafka, nominationId, UPWARD_EVENT))
                        .path("stage")
                        .asText())
                .isEqualTo("PROPOSED");
        assertThat(awardEvents(kafka, nominationId, "award.unblocked.v1")).isEmpty();
        // nothing is blocked any more: the board has nothing to retry
        as("award-officer")
                .post("/api/v1/blocked-approvals/" + nominationId + "/retry")
                .then()
                .statusCode(409)
                .body("type", containsString("not-blocked"))
                .body("detail", containsString("proposed upward"));
    }

    private JsonNode payload(ConsumerRecord<String, String> record) throws Exception {
        return json.readTree(record.value());
    }

    private ConsumerRecord<String, String> awaitStage(String nominationId, String stage) {
        return kafka.await(
                "award.events",
                r -> nominationId.equals(r.key())
                        && UPWARD_EVENT.equals(KafkaTestClient.header(r, "ce_type"))
                        && r.value().contains("\"stage\":\"" + stage + "\""),
                Duration.ofSeconds(20));
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
}
