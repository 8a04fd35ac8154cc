package vn.vinhdanh.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.vinhdanh.award.AwardSteps.approve;
import static vn.vinhdanh.award.AwardSteps.awaitAward;
import static vn.vinhdanh.award.AwardSteps.budget;
import static vn.vinhdanh.award.AwardSteps.decision;
import static vn.vinhdanh.award.AwardSteps.newFund;
import static vn.vinhdanh.award.AwardSteps.sign;
import static vn.vinhdanh.deploy.infra.Callers.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

@QuarkusTest
class RevocationAndStatisticsTest {

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
    void aRevokedAwardRecordsItsAmountForRecoveryAndIsAnnounced() throws Exception {
        String nominationId = approve(kafka, "INDIVIDUAL", "BANG_KHEN_CHU_TICH_UBND_TINH", "2025-08-01");
        String awardId = awaitAward(nominationId);
        revoke(awardId, "FRAUD").statusCode(409).body("type", containsString("award-not-granted"));

        String fund = newFund();
        budget(2025, fund, 10_000_000);
        sign(decision("2025-08-05", fund, awardId)).statusCode(200);
        revoke(awardId, "FALSE_DOSSIER")
                .statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revocationCategory", equalTo("FALSE_DOSSIER"))
                .body("recoveryAmountVnd", equalTo(3_510_000))
                .body("revokedBy", equalTo("award-officer:test-award-officer"));
        revoke(awardId, "FRAUD").statusCode(409);
        as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "x", "category", "THEFT"))
                .post("/api/v1/awards/" + awardId + "/revoke")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("category"));
        as("admin")
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "x", "category", "OTHER"))
                .post("/api/v1/awards/" + awardId + "/revoke")
                .then()
                .statusCode(403);

        ConsumerRecord<String, String> revoked = kafka.await(
                "award.events",
                r -> nominationId.equals(r.key()) && "award.revoked.v1".equals(KafkaTestClient.header(r, "ce_type")),
                Duration.ofSeconds(20));
        JsonNode payload = new ObjectMapper().readTree(revoked.value());
        assertThat(payload.path("awardId").asText()).isEqualTo(awardId);
        assertThat(payload.path("category").asText()).isEqualTo("FALSE_DOSSIER");
        assertThat(payload.path("recoveryAmountVnd").asLong()).isEqualTo(3_510_000);
        as("admin")
                .queryParam("resourceType", "award")
                .queryParam("resourceId", awardId)
                .get("/api/v1/admin/audit")
                .then()
                .statusCode(200)
                .body("[0].action", equalTo("award.revoke"));
    }

    @Test
    void statisticsCountOnlyTheAwardsGrantedInTheYear() {
        // 2022 is this test's year alone: 91/2017 multipliers, base salary 1,490,000
        String person = awaitAward(approve(kafka, "INDIVIDUAL", "BANG_KHEN_CHU_TICH_UBND_TINH", "2022-05-02"));
        String collective = awaitAward(approve(kafka, "COLLECTIVE", "BANG_KHEN_CHU_TICH_UBND_TINH", "2022-05-02"));
        String revoked = awaitAward(approve(kafka, "INDIVIDUAL", "CHIEN_SI_THI_DUA_CAP_TINH", "2022-05-02"));
        awaitAward(approve(kafka, "INDIVIDUAL", "CHIEN_SI_THI_DUA_CAP_TINH", "2022-05-02")); // stays a draft
        String fund = newFund();
        budget(2022, fund, 100_000_000);
        sign(decision("2022-05-10", fund, person, collective, revoked)).statusCode(200);
        revoke(revoked, "OTHER").statusCode(200);

        as("award-officer")
                .queryParam("year", 2022)
                .get("/api/v1/statistics/awards")
                .then()
                .statusCode(200)
                .body("awards", equalTo(2))
                .body("amountVnd", equalTo(1_490_000 + 2_980_000))
                .body("byLevel.find { it.key == 'PROVINCE' }.awards", equalTo(2))
                .body("bySector.find { it.key == 'AGRICULTURE' }.amountVnd", equalTo(4_470_000))
                .body("byAwardType.find { it.key == 'BANG_KHEN_CHU_TICH_UBND_TINH' }.awards", equalTo(2))
                .body("byAwardType.find { it.key == 'CHIEN_SI_THI_DUA_CAP_TINH' }", equalTo(null))
                .body("byRecipientKind.find { it.key == 'COLLECTIVE' }.amountVnd", equalTo(2_980_000))
                .body("byRecipientKind.find { it.key == 'INDIVIDUAL' }.amountVnd", equalTo(1_490_000));
        as("admin")
                .queryParam("year", 2023)
                .get("/api/v1/statistics/awards")
                .then()
                .statusCode(200)
                .body("awards", equalTo(0));
        as("award-officer")
                .get("/api/v1/statistics/awards")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("year"));
    }

    private static io.restassured.response.ValidatableResponse revoke(String awardId, String category) {
        return as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Hồ sơ kê khai thành tích không trung thực.", "category", category))
                .post("/api/v1/awards/" + awardId + "/revoke")
                .then();
    }
}
