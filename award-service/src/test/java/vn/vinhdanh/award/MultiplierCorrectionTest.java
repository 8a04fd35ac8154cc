package vn.vinhdanh.award;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.vinhdanh.award.AwardSteps.approve;
import static vn.vinhdanh.award.AwardSteps.budget;
import static vn.vinhdanh.award.AwardSteps.newFund;
import static vn.vinhdanh.deploy.infra.Callers.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/**
 * An unverified multiplier is corrected once the official figure is known; granted awards keep theirs (here one granted
 * by the Prime Minister's decision on the province's proposal).
 */
@QuarkusTest
class MultiplierCorrectionTest {

    private static final String PERIOD = "/api/v1/award-types/BANG_KHEN_THU_TUONG/multipliers/2024-01-01";

    private static ValidatableResponse correct(String path, Object multiplier) {
        return as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of("multiplier", multiplier, "reason", "Đối chiếu Điều 54 NĐ 98/2023/NĐ-CP, bản chính thức"))
                .put(path)
                .then();
    }

    private static ValidatableResponse upward(String nominationId, String what, Map<String, String> body) {
        return as("award-officer")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/upward-proposals/" + nominationId + "/" + what)
                .then();
    }

    private static ValidatableResponse quote() {
        return as("award-officer")
                .queryParam("awardCode", "BANG_KHEN_THU_TUONG")
                .queryParam("recipientKind", "INDIVIDUAL")
                .queryParam("decisionDate", "2024-05-02")
                .get("/api/v1/quote")
                .then()
                .statusCode(200);
    }

    @Test
    void anUnverifiedPeriodIsCorrectedOnceAndSignedAwardsKeepTheirAmounts() throws Exception {
        // Bằng khen of the Prime Minister under NĐ 98/2023 is seeded unverified at 3.5: 3.5 × 1,800,000. The province
        // proposes it and records the Prime Minister's decision, priced by the rules of its date and charged to the
        // province's fund
        String nominationId;
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            nominationId = approve(kafka, "INDIVIDUAL", "BANG_KHEN_THU_TUONG", "2024-04-20");
        }
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> as("award-officer")
                                .get("/api/v1/upward-proposals/" + nominationId)
                                .statusCode()
                        == 200);
        upward(nominationId, "submission", Map.of("submissionNumber", "77/TTr-UBND", "submittedOn", "2024-04-25"))
                .statusCode(200);
        String fund = newFund();
        budget(2024, fund, 100_000_000);
        String award = upward(
                        nominationId,
                        "decision",
                        Map.of(
                                "decisionNumber", "501/QĐ-TTg",
                                "decisionDate", "2024-05-02",
                                "issuer", "Thủ tướng Chính phủ",
                                "fund", fund))
                .statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("higherAuthority", equalTo("PRIME_MINISTER"))
                .extract()
                .path("awardId");
        as("award-officer")
                .get("/api/v1/awards/" + award)
                .then()
                .statusCode(200)
                .body("amountVnd", equalTo(6_300_000))
                .body("decisionNumber", equalTo("501/QĐ-TTg"));
        as("award-officer")
                .get("/api/v1/budgets/2024/" + fund)
                .then()
                .statusCode(200)
                .body("committedVnd", equalTo(6_300_000));
        quote().body("amountVnd", equalTo(6_300_000)).body("multiplier", equalTo(3.5f));

        correct(PERIOD, 4.0)
                .statusCode(200)
                .body("multipliers.find { it.validFrom == '2024-01-01' }.multiplier", equalTo(4.0f))
                .body("multipliers.find { it.validFrom == '2024-01-01' }.verified", equalTo(true));
        quote().body("amountVnd", equalTo(7_200_000));
        as("award-officer")
                .get("/api/v1/awards/" + award)
                .then()
                .statusCode(200)
                .body("amountVnd", equalTo(6_300_000))
                .body("multiplier", equalTo(3.5f));
        as("admin")
                .queryParam("resourceType", "award-type")
                .queryParam("resourceId", "BANG_KHEN_THU_TUONG")
                .get("/api/v1/admin/audit")
                .then()
                .statusCode(200)
                .body("[0].action", equalTo("multiplier.correct"))
                .body("[0].detail", containsString("3.5 (unverified) -> 4 (verified)"));

        // now verified: not corrected again without confirm: true; nor is a period a source had confirmed
        correct(PERIOD, 3.5).statusCode(409).body("type", containsString("rule-verified"));
        correct("/api/v1/award-types/BANG_KHEN_THU_TUONG/multipliers/2017-10-01", 3.0)
                .statusCode(409)
                .body("type", containsString("rule-verified"));
        correct("/api/v1/award-types/BANG_KHEN_THU_TUONG/multipliers/2024-01-02", 3.0)
                .statusCode(404);
    }
}
