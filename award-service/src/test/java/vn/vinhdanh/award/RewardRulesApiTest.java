package vn.vinhdanh.award;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.vinhdanh.award.AwardSteps.approve;
import static vn.vinhdanh.award.AwardSteps.awaitAward;
import static vn.vinhdanh.award.AwardSteps.budget;
import static vn.vinhdanh.award.AwardSteps.newFund;
import static vn.vinhdanh.award.AwardSteps.sign;
import static vn.vinhdanh.deploy.infra.Callers.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/** Officers change the rules through the API; what was granted before keeps its figures. */
@QuarkusTest
class RewardRulesApiTest {

    @Test
    void theCatalogueShowsEachTypesMultiplierPerLegalPeriod() {
        as("admin")
                .get("/api/v1/award-types")
                .then()
                .statusCode(200)
                .body("size()", greaterThanOrEqualTo(14))
                .body(
                        "find { it.code == 'BANG_KHEN_CHU_TICH_UBND_TINH' }.multipliers.legalBasis",
                        hasItem("NĐ 152/2025/NĐ-CP"))
                .body("find { it.code == 'BANG_KHEN_CHU_TICH_UBND_TINH' }.collectiveFactor", equalTo(2.0f));
        as("award-officer")
                .get("/api/v1/award-types/CO_THI_DUA_UBND_TINH")
                .then()
                .statusCode(200)
                .body("multipliers", hasSize(3))
                .body("multipliers[2].verified", equalTo(false))
                .body("multipliers[2].validTo", nullValue())
                .body("multipliers[0].validTo", equalTo("2023-12-31"));
        as("award-officer").get("/api/v1/award-types/NO_SUCH_AWARD").then().statusCode(404);
        as("editor").get("/api/v1/award-types").then().statusCode(403);
        as("award-officer")
                .get("/api/v1/base-salaries")
                .then()
                .statusCode(200)
                .body("[0].effectiveFrom", equalTo("2017-07-01"))
                .body("find { it.effectiveFrom == '2024-07-01' }.amountVnd", equalTo(2_340_000));
    }

    @Test
    void aNewDecreeClosesTheOpenPeriodTheDayBefore() {
        // within the year ahead the API accepts, and withdrawn at the end: other tests price by the seeded periods
        LocalDate start = AwardSteps.today().plusMonths(6);
        String multipliers = "/api/v1/award-types/XA_TIEU_BIEU/multipliers";
        try {
            as("award-officer")
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "legalBasis", "NĐ 999/2026/NĐ-CP (thử)", "validFrom", start.toString(), "multiplier", 2.5))
                    .post(multipliers)
                    .then()
                    .statusCode(201)
                    .body("multipliers", hasSize(3))
                    .body("multipliers[1].legalBasis", equalTo("NĐ 152/2025/NĐ-CP"))
                    .body("multipliers[1].validTo", equalTo(start.minusDays(1).toString()))
                    .body("multipliers[2].validTo", nullValue())
                    .body("multipliers[2].verified", equalTo(true))
                    .body("multipliers[2].revision", equalTo(1));
            as("award-officer")
                    .queryParam("awardCode", "XA_TIEU_BIEU")
                    .queryParam("recipientKind", "COLLECTIVE")
                    .queryParam("decisionDate", start.toString())
                    .get("/api/v1/quote")
                    .then()
                    .statusCode(200)
                    .body("legalBasis", equalTo("NĐ 999/2026/NĐ-CP (thử)"))
                    .body("multiplier", equalTo(2.5f));
            as("award-officer")
                    .queryParam("awardCode", "XA_TIEU_BIEU")
                    .queryParam("recipientKind", "COLLECTIVE")
                    .queryParam("decisionDate", start.minusDays(1).toString())
                    .get("/api/v1/quote")
                    .then()
                    .statusCode(200)
                    .body("legalBasis", equalTo("NĐ 152/2025/NĐ-CP"));

            // not before the latest period's start, positive, known type, officers only
            as("award-officer")
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "legalBasis",
                            "NĐ 1/2026/NĐ-CP",
                            "validFrom",
                            start.minusDays(10).toString(),
                            "multiplier",
                            3))
                    .post(multipliers)
                    .then()
                    .statusCode(409)
                    .body("type", containsString("rule-not-after-latest"));
            as("award-officer")
                    .contentType(ContentType.JSON)
                    .body(Map.of("legalBasis", "NĐ 1/2031", "validFrom", "2031-01-01", "multiplier", 0))
                    .post(multipliers)
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("multiplier"));
            as("award-officer")
                    .contentType(ContentType.JSON)
                    .body(Map.of("legalBasis", "NĐ 1/2031/NĐ-CP", "validFrom", "2031-01-01", "multiplier", 1))
                    .post("/api/v1/award-types/NO_SUCH_AWARD/multipliers")
                    .then()
                    .statusCode(404);
            as("admin")
                    .contentType(ContentType.JSON)
                    .body(Map.of("legalBasis", "NĐ 1/2031/NĐ-CP", "validFrom", "2031-01-01", "multiplier", 1))
                    .post(multipliers)
                    .then()
                    .statusCode(403);
        } finally {
            as("award-officer")
                    .queryParam("reason", "Thử nghiệm xong")
                    .delete(multipliers + "/" + start)
                    .then()
                    .statusCode(200)
                    .body("multipliers", hasSize(2))
                    .body("multipliers[1].validTo", nullValue());
        }
    }

    @Test
    void aNewBaseSalaryPricesLaterDatesAndLeavesGrantedAwardsAlone() {
        LocalDate today = AwardSteps.today();
        String nominationId;
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            nominationId = approve(kafka, "INDIVIDUAL", "LAO_DONG_TIEN_TIEN", today.toString());
        }
        String awardId = awaitAward(nominationId);
        String fund = newFund();
        budget(today.getYear(), fund, 10_000_000);
        AwardSteps.unitIssuer(); // Lao động tiên tiến is granted by a unit head
        sign(AwardSteps.decisionBy(AwardSteps.UNIT_ISSUER, today.toString(), fund, awardId))
                .statusCode(200)
                .body("totalAmountVnd", equalTo(710_000));

        // 0.3 × 2,530,000 = 759,000, rounded up to 760,000
        as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "effectiveFrom",
                        today.plusDays(1).toString(),
                        "amountVnd",
                        2_530_000,
                        "legalBasis",
                        "NĐ 999/2026/NĐ-CP (thử nghiệm)"))
                .post("/api/v1/base-salaries")
                .then()
                .statusCode(201)
                .body("amountVnd", equalTo(2_530_000));

        as("award-officer")
                .get("/api/v1/awards/" + awardId)
                .then()
                .statusCode(200)
                .body("amountVnd", equalTo(710_000))
                .body("baseSalaryVnd", equalTo(2_340_000));
        quote(today).then().statusCode(200).body("amountVnd", equalTo(710_000));
        quote(today.plusDays(1))
                .then()
                .statusCode(200)
                .body("amountVnd", equalTo(760_000))
                .body("baseSalaryVnd", equalTo(2_530_000))
                .body("baseSalaryBasis", equalTo("NĐ 999/2026/NĐ-CP (thử nghiệm)"))
                .body("legalBasis", equalTo("NĐ 152/2025/NĐ-CP"));

        // the table only grows forward in time, with positive amounts
        as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of("effectiveFrom", "2025-01-01", "amountVnd", 2_000_000, "legalBasis", "NĐ 1/2025/NĐ-CP"))
                .post("/api/v1/base-salaries")
                .then()
                .statusCode(409)
                .body("type", containsString("rule-not-after-latest"));
        as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of("effectiveFrom", "2040-01-01", "amountVnd", -5, "legalBasis", "x"))
                .post("/api/v1/base-salaries")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("amountVnd"));

        // withdrawn again (no signed award used it), so that later dates in other tests price as seeded
        as("award-officer")
                .queryParam("reason", "Thử nghiệm xong")
                .delete("/api/v1/base-salaries/" + today.plusDays(1))
                .then()
                .statusCode(204);
        quote(today.plusDays(1)).then().statusCode(200).body("baseSalaryVnd", equalTo(2_340_000));
    }

    @Test
    void aQuoteNeedsAKnownAwardAKindAndADate() {
        as("award-officer")
                .queryParam("awardCode", "BANG_KHEN_CHU_TICH_UBND_TINH")
                .queryParam("recipientKind", "COLLECTIVE")
                .queryParam("decisionDate", "2025-07-01")
                .get("/api/v1/quote")
                .then()
                .statusCode(200)
                .body("amountVnd", equalTo(7_020_000))
                .body("collectiveFactor", equalTo(2.0f));
        as("award-officer")
                .queryParam("awardCode", "BANG_KHEN_CHU_TICH_UBND_TINH")
                .queryParam("recipientKind", "GROUP")
                .queryParam("decisionDate", "2025-07-01")
                .get("/api/v1/quote")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("recipientKind"));
        as("award-officer")
                .queryParam("awardCode", "BANG_KHEN_CHU_TICH_UBND_TINH")
                .queryParam("recipientKind", "INDIVIDUAL")
                .queryParam("decisionDate", "1/7/2025")
                .get("/api/v1/quote")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("decisionDate"));
        as("award-officer")
                .queryParam("recipientKind", "INDIVIDUAL")
                .queryParam("decisionDate", "2025-07-01")
                .get("/api/v1/quote")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("awardCode"));
        as("award-officer")
                .queryParam("awardCode", "CO_THI_DUA_UBND_TINH")
                .queryParam("recipientKind", "INDIVIDUAL")
                .queryParam("decisionDate", "2025-07-01")
                .get("/api/v1/quote")
                .then()
                .statusCode(422);
        as("award-officer")
                .queryParam("awardCode", "NO_SUCH")
                .queryParam("recipientKind", "INDIVIDUAL")
                .queryParam("decisionDate", "2025-07-01")
                .get("/api/v1/quote")
                .then()
                .statusCode(404);
    }

    @Test
    void theCommuneChairmansGiayKhenPaysThreeTenthsFromJuly2025WithItsSource() {
        as("award-officer")
                .get("/api/v1/award-types/GIAY_KHEN_CHU_TICH_UBND_XA")
                .then()
                .statusCode(200)
                .body("multipliers", hasSize(3))
                .body("multipliers[0].multiplier", equalTo(0.15f))
                .body("multipliers[0].verified", equalTo(true))
                .body("multipliers[0].source", containsString("thuvienphapluat.vn"))
                .body("multipliers[2].legalBasis", equalTo("NĐ 152/2025/NĐ-CP"))
                .body("multipliers[2].multiplier", equalTo(0.3f))
                // reported, the sentence not read: an officer corrects or confirms it from the official text
                .body("multipliers[2].verified", equalTo(false))
                .body("multipliers[2].source", containsString("Điều 54(1)(e)"));
        // 0.3 × 2,340,000 = 702,000 → 710,000; collective: 1,404,000 → 1,410,000
        giayKhenXa("INDIVIDUAL", "2025-08-01").then().statusCode(200).body("amountVnd", equalTo(710_000));
        giayKhenXa("COLLECTIVE", "2025-08-01")
                .then()
                .statusCode(200)
                .body("collectiveFactor", equalTo(2.0f))
                .body("amountVnd", equalTo(1_410_000));
        // under NĐ 98/2023 still 0.15: 351,000 → 360,000
        giayKhenXa("INDIVIDUAL", "2025-06-30")
                .then()
                .statusCode(200)
                .body("legalBasis", equalTo("NĐ 98/2023/NĐ-CP"))
                .body("amountVnd", equalTo(360_000));
    }

    private static io.restassured.response.Response giayKhenXa(String kind, String date) {
        return as("award-officer")
                .queryParam("awardCode", "GIAY_KHEN_CHU_TICH_UBND_XA")
                .queryParam("recipientKind", kind)
                .queryParam("decisionDate", date)
                .get("/api/v1/quote");
    }

    private static io.restassured.response.Response quote(LocalDate date) {
        return as("award-officer")
                .queryParam("awardCode", "LAO_DONG_TIEN_TIEN")
                .queryParam("recipientKind", "INDIVIDUAL")
                .queryParam("decisionDate", date.toString())
                .get("/api/v1/quote");
    }
}
