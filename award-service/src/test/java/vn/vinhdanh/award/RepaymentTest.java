package vn.vinhdanh.award;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static vn.vinhdanh.award.AwardSteps.approve;
import static vn.vinhdanh.award.AwardSteps.awaitAward;
import static vn.vinhdanh.award.AwardSteps.budget;
import static vn.vinhdanh.award.AwardSteps.decision;
import static vn.vinhdanh.award.AwardSteps.newFund;
import static vn.vinhdanh.award.AwardSteps.sign;
import static vn.vinhdanh.deploy.infra.Callers.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/** Repayments of a revoked award, until its amount is fully recovered. */
@QuarkusTest
class RepaymentTest {

    private static ValidatableResponse repay(String awardId, long amount, String paidOn) {
        return as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of("amountVnd", amount, "paidOn", paidOn, "reference", "Biên lai " + amount))
                .post("/api/v1/awards/" + awardId + "/repayments")
                .then();
    }

    @Test
    void repaymentsRunDownTheOutstandingBalanceToFullyRecovered() {
        String award;
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            award = awaitAward(approve(kafka, "INDIVIDUAL", "BANG_KHEN_CHU_TICH_UBND_TINH", "2025-08-11"));
        }
        repay(award, 1_000_000, "2025-09-01").statusCode(409).body("type", containsString("award-not-revoked"));
        String fund = newFund();
        budget(2025, fund, 10_000_000);
        sign(decision("2025-08-12", fund, award)).statusCode(200);
        as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Khai man thành tích", "category", "FRAUD"))
                .post("/api/v1/awards/" + award + "/revoke")
                .then()
                .statusCode(200)
                .body("recoveryAmountVnd", equalTo(3_510_000))
                .body("outstandingVnd", equalTo(3_510_000))
                .body("recoveredVnd", equalTo(0))
                .body("fullyRecovered", equalTo(false));
        as("award-officer")
                .queryParam("outstanding", true)
                .get("/api/v1/recoveries")
                .then()
                .statusCode(200)
                .body("awardId", hasItem(award));

        repay(award, 1_510_000, "2025-09-01")
                .statusCode(201)
                .body("recoveredVnd", equalTo(1_510_000))
                .body("outstandingVnd", equalTo(2_000_000))
                .body("fullyRecovered", equalTo(false))
                .body("repayments", hasSize(1));
        repay(award, 2_000_001, "2025-09-15")
                .statusCode(422)
                .body("type", containsString("repayment-exceeds-outstanding"))
                .body("detail", containsString("2000000 VND still to recover"));
        repay(award, 2_000_000, "2025-09-15")
                .statusCode(201)
                .body("outstandingVnd", equalTo(0))
                .body("fullyRecovered", equalTo(true))
                .body("repayments.amountVnd", equalTo(java.util.List.of(1_510_000, 2_000_000)));
        repay(award, 1, "2025-09-16").statusCode(409).body("type", containsString("fully-recovered"));

        as("admin")
                .get("/api/v1/awards/" + award + "/repayments")
                .then()
                .statusCode(200)
                .body("recoveryAmountVnd", equalTo(3_510_000))
                .body("fullyRecovered", equalTo(true))
                .body("repayments[0].reference", equalTo("Biên lai 1510000"));
        as("award-officer").get("/api/v1/awards/" + award).then().body("fullyRecovered", equalTo(true));
        as("award-officer")
                .queryParam("outstanding", true)
                .get("/api/v1/recoveries")
                .then()
                .statusCode(200)
                .body("awardId", not(hasItem(award)));
        as("award-officer").get("/api/v1/recoveries").then().statusCode(200).body("awardId", hasItem(award));
        as("admin")
                .queryParam("resourceType", "award")
                .queryParam("resourceId", award)
                .get("/api/v1/admin/audit")
                .then()
                .statusCode(200)
                .body("[0].action", equalTo("award.repayment"));
    }
}
