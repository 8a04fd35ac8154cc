package vn.vinhdanh.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.vinhdanh.deploy.infra.Callers.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Provincial special rewards: schedules as data, seeded unverified (paid only with the source document), amounts
 * from the tier, within the schedule's validity and its own cap (200M VND for the crime-fighting support schedule).
 */
@QuarkusTest
class SpecialRewardTest {

    static Map<String, Object> reward(String schedule, String field, String tier, int achievements) {
        Map<String, Object> body = new HashMap<>();
        body.put("scheduleCode", schedule);
        body.put("field", field);
        body.put("tier", tier);
        body.put("recipientKind", "INDIVIDUAL");
        body.put("recipientName", "Giàng Seo Phử");
        body.put("achievement", "Huy chương Vàng Hội khỏe Phù Đổng toàn quốc, môn đẩy gậy");
        // the seeded schedules are the pre-merger province's, in force until 30 June 2025
        body.put("awardDate", "2024-08-15");
        body.put("achievements", achievements);
        return body;
    }

    /** The same, the officer confirming the tier's amount by the document it was read in. */
    static Map<String, Object> confirmed(String schedule, String field, String tier, int achievements) {
        Map<String, Object> body = reward(schedule, field, tier, achievements);
        body.put("sourceDocument", "QĐ 1234/QĐ-UBND");
        return body;
    }

    static ValidatableResponse grant(Map<String, Object> body) {
        return as("award-officer")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/special-rewards")
                .then();
    }

    @Test
    void theSeededSchedulesAreConfigurationMarkedUnverified() {
        as("award-officer")
                .get("/api/v1/special-reward-schedules")
                .then()
                .statusCode(200)
                .body("code", hasItem("NQ-38-2016"))
                .body("code", hasItem("NQ-63-2016"))
                .body("code", hasItem("PHONG-CHONG-TOI-PHAM"))
                .body("find { it.code == 'NQ-38-2016' }.capVnd", equalTo(null))
                .body("find { it.code == 'NQ-38-2016' }.kind", equalTo("REWARD"))
                .body("find { it.code == 'NQ-38-2016' }.territory", equalTo("LAO_CAI_CU"))
                .body("find { it.code == 'NQ-38-2016' }.validFrom", equalTo("2016-07-18"))
                .body("find { it.code == 'NQ-38-2016' }.validTo", equalTo("2025-06-30"))
                .body("find { it.code == 'NQ-38-2016' }.note", containsString("chưa xác minh"))
                .body("find { it.code == 'NQ-63-2016' }.validFrom", equalTo("2016-08-01"))
                .body("find { it.code == 'PHONG-CHONG-TOI-PHAM' }.kind", equalTo("SUPPORT"))
                .body("find { it.code == 'PHONG-CHONG-TOI-PHAM' }.capVnd", equalTo(200_000_000))
                .body("find { it.code == 'PHONG-CHONG-TOI-PHAM' }.note", containsString("hỗ trợ"))
                .body("find { it.code == 'NQ-38-2016' }.tiers.verified.unique()", equalTo(java.util.List.of(false)))
                .body(
                        "find { it.code == 'NQ-63-2016' }.tiers.field.unique().sort()",
                        equalTo(java.util.List.of("LITERATURE_ARTS", "PRESS")))
                .body("find { it.code == 'PHONG-CHONG-TOI-PHAM' }.verified", equalTo(false));
    }

    @Test
    void aRewardIsPaidByItsTierAndNeverBeyondTheCap() throws Exception {
        // an unverified tier is not paid unseen: the officer names the document the amount was read in
        grant(reward("NQ-38-2016", "SPORTS", "NATIONAL_FIRST", 2))
                .statusCode(422)
                .body("type", containsString("unverified-tier"))
                .body("errors[0].field", equalTo("tier"));
        String id = grant(confirmed("NQ-38-2016", "SPORTS", "NATIONAL_FIRST", 2))
                .statusCode(201)
                .body("sourceDocument", equalTo("QĐ 1234/QĐ-UBND"))
                .body("unitAmountVnd", equalTo(20_000_000))
                .body("amountVnd", equalTo(40_000_000))
                .body("tierVerified", equalTo(false))
                .body("legalBasis", equalTo("NQ 38/2016/NQ-HĐND tỉnh Lào Cai"))
                .extract()
                .path("id");
        as("admin")
                .get("/api/v1/special-rewards/" + id)
                .then()
                .statusCode(200)
                .body("recipientName", equalTo("Giàng Seo Phử"));
        as("award-officer")
                .queryParam("scheduleCode", "NQ-38-2016")
                .get("/api/v1/special-rewards")
                .then()
                .statusCode(200)
                .body("id", hasItem(id));

        // the crime-fighting maximum is exactly its schedule's cap; twice that is refused, and nothing is written
        long before = AwardSteps.count("select count(*) from special_reward");
        grant(confirmed("PHONG-CHONG-TOI-PHAM", "SECURITY", "EXCEPTIONAL", 1))
                .statusCode(201)
                .body("amountVnd", equalTo(200_000_000));
        grant(confirmed("PHONG-CHONG-TOI-PHAM", "SECURITY", "EXCEPTIONAL", 2))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", containsString("special-reward-cap-exceeded"))
                .body("detail", containsString("400000000"));
        grant(confirmed("NQ-38-2016", "SPORTS", "OLYMPIC_PLATINUM", 1))
                .statusCode(422)
                .body("type", containsString("unknown-tier"));
        // the pre-merger province's resolution does not pay a reward dated after 30 June 2025
        Map<String, Object> late = confirmed("NQ-38-2016", "SPORTS", "NATIONAL_FIRST", 1);
        late.put("awardDate", "2025-07-01");
        grant(late)
                .statusCode(422)
                .body("type", containsString("schedule-not-in-force"))
                .body("errors[0].field", equalTo("awardDate"));
        assertThat(AwardSteps.count("select count(*) from special_reward")).isEqualTo(before + 1);
        as("admin")
                .queryParam("resourceType", "special-reward")
                .queryParam("resourceId", id)
                .get("/api/v1/admin/audit")
                .then()
                .statusCode(200)
                .body("[0].action", equalTo("special-reward.grant"))
                .body("[0].detail", containsString("confirmed by QĐ 1234/QĐ-UBND"));
    }

    @Test
    void officersAddTiersWithinTheScheduleCap() {
        Map<String, Object> tier = new HashMap<>(Map.of(
                "field",
                "SPORTS",
                "tier",
                "OLYMPIC_GOLD",
                "descriptionVi",
                "Huy chương Vàng Thế vận hội",
                "amountVnd",
                150_000_000,
                "verified",
                true));
        as("award-officer")
                .contentType(ContentType.JSON)
                .body(tier)
                .post("/api/v1/special-reward-schedules/NQ-38-2016/tiers")
                .then()
                .statusCode(201)
                .body("tiers.find { it.tier == 'OLYMPIC_GOLD' }.amountVnd", equalTo(150_000_000))
                .body("tiers.find { it.tier == 'OLYMPIC_GOLD' }.verified", equalTo(true));
        as("award-officer")
                .contentType(ContentType.JSON)
                .body(tier)
                .post("/api/v1/special-reward-schedules/NQ-38-2016/tiers")
                .then()
                .statusCode(409)
                .body("type", containsString("tier-exists"));
        // the crime-fighting schedule sets a cap of 200,000,000 VND
        tier.put("field", "SECURITY");
        tier.put("tier", "BEYOND_THE_CAP");
        tier.put("amountVnd", 200_000_001);
        as("award-officer")
                .contentType(ContentType.JSON)
                .body(tier)
                .post("/api/v1/special-reward-schedules/PHONG-CHONG-TOI-PHAM/tiers")
                .then()
                .statusCode(422)
                .body("type", containsString("special-reward-cap-exceeded"));
        // a verified tier is paid without a confirmation
        grant(reward("NQ-38-2016", "SPORTS", "OLYMPIC_GOLD", 1))
                .statusCode(201)
                .body("sourceDocument", equalTo(null))
                .body("amountVnd", equalTo(150_000_000))
                .body("tierVerified", equalTo(true));
    }
}
