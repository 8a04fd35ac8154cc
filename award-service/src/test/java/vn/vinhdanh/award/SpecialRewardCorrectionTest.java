package vn.vinhdanh.award;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.vinhdanh.deploy.infra.Callers.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/**
 * Schedules and tiers are corrected once the official text is read: versioned, audited, and never touching the
 * special rewards already paid. Each test makes its own schedule (the database is shared and the seeded ones stay as
 * they were), for the merged province from 1 July 2025.
 */
@QuarkusTest
class SpecialRewardCorrectionTest {

    private static final String SCHEDULES = "/api/v1/special-reward-schedules/";

    /** A schedule of the merged province, unverified, capped at 50,000,000 VND, with one unverified tier of 10M. */
    private static String schedule() throws SQLException {
        String code = "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        try (Connection db = DriverManager.getConnection(
                        PlatformTestResource.jdbcUrl(),
                        PlatformTestResource.jdbcUsername(),
                        PlatformTestResource.jdbcPassword());
                PreparedStatement insert = db.prepareStatement(
                        "insert into special_reward_schedule (code, legal_basis, name_vi, name_en, verified, kind,"
                                + " territory, valid_from, cap_vnd) values (?, 'NQ 99/2025/NQ-HĐND tỉnh Lào Cai',"
                                + " 'Thưởng thử', 'Test rewards', false, 'REWARD', 'LAO_CAI', date '2025-07-01',"
                                + " 50000000)")) {
            insert.setString(1, code);
            insert.executeUpdate();
        }
        Map<String, Object> tier = Map.of(
                "field", "SPORTS",
                "tier", "NATIONAL_FIRST",
                "descriptionVi", "Huy chương Vàng quốc gia",
                "amountVnd", 10_000_000,
                "verified", false);
        as("award-officer")
                .contentType(ContentType.JSON)
                .body(tier)
                .post(SCHEDULES + code + "/tiers")
                .then()
                .statusCode(201)
                .body("tiers[0].revision", equalTo(1));
        return code;
    }

    private static Map<String, Object> reward(String code, String awardDate, String sourceDocument) {
        Map<String, Object> body = new HashMap<>();
        body.put("scheduleCode", code);
        body.put("field", "SPORTS");
        body.put("tier", "NATIONAL_FIRST");
        body.put("recipientKind", "INDIVIDUAL");
        body.put("recipientName", "Lò Thị Mai");
        body.put("achievement", "Huy chương Vàng Giải vô địch quốc gia, môn vật");
        body.put("awardDate", awardDate);
        if (sourceDocument != null) {
            body.put("sourceDocument", sourceDocument);
        }
        return body;
    }

    private static ValidatableResponse pay(Map<String, Object> body) {
        return as("award-officer")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/special-rewards")
                .then();
    }

    private static ValidatableResponse put(String path, Map<String, Object> body) {
        return as("award-officer")
                .contentType(ContentType.JSON)
                .body(body)
                .put(SCHEDULES + path)
                .then();
    }

    @Test
    void aTierCorrectionCountsARevisionAndLeavesThePaidRewardsAlone() throws Exception {
        String code = schedule();
        pay(reward(code, "2025-08-01", null))
                .statusCode(422)
                .body("type", containsString("unverified-tier"))
                .body("errors[0].field", equalTo("tier"));
        String paid = pay(reward(code, "2025-08-01", "QĐ 1234/QĐ-UBND"))
                .statusCode(201)
                .body("amountVnd", equalTo(10_000_000))
                .body("tierVerified", equalTo(false))
                .body("sourceDocument", equalTo("QĐ 1234/QĐ-UBND"))
                .extract()
                .path("id");

        Map<String, Object> fix = new HashMap<>(Map.of(
                "descriptionVi", "Huy chương Vàng giải vô địch quốc gia",
                "amountVnd", 12_000_000,
                "verified", true,
                "sourceDocument", "NQ 99/2025/NQ-HĐND",
                "reason", "Đối chiếu phụ lục của nghị quyết"));
        put(code + "/tiers/SPORTS/NATIONAL_FIRST", fix)
                .statusCode(200)
                .body("tiers[0].amountVnd", equalTo(12_000_000))
                .body("tiers[0].verified", equalTo(true))
                .body("tiers[0].sourceDocument", equalTo("NQ 99/2025/NQ-HĐND"))
                .body("tiers[0].revision", equalTo(2));
        // what was paid keeps the figures copied on it
        as("award-officer")
                .get("/api/v1/special-rewards/" + paid)
                .then()
                .statusCode(200)
                .body("amountVnd", equalTo(10_000_000))
                .body("unitAmountVnd", equalTo(10_000_000))
                .body("tierVerified", equalTo(false));
        // the verified tier is paid without a confirmation, at the corrected amount
        pay(reward(code, "2025-08-02", null))
                .statusCode(201)
                .body("amountVnd", equalTo(12_000_000))
                .body("tierVerified", equalTo(true));

        // a verified tier is corrected only on purpose, and never beyond the schedule's cap
        fix.put("amountVnd", 15_000_000);
        put(code + "/tiers/SPORTS/NATIONAL_FIRST", fix).statusCode(409).body("type", containsString("tier-verified"));
        fix.put("confirm", true);
        fix.put("amountVnd", 50_000_001);
        put(code + "/tiers/SPORTS/NATIONAL_FIRST", fix)
                .statusCode(422)
                .body("type", containsString("special-reward-cap-exceeded"));
        fix.put("amountVnd", 15_000_000);
        put(code + "/tiers/SPORTS/NATIONAL_FIRST", fix).statusCode(200).body("tiers[0].revision", equalTo(3));

        as("admin")
                .queryParam("resourceType", "special-reward-schedule")
                .queryParam("resourceId", code)
                .get("/api/v1/admin/audit")
                .then()
                .statusCode(200)
                .body("action", hasItem("special-reward-tier.correct"))
                .body(
                        "find { it.detail.contains('revision 1 -> 2') }.detail",
                        containsString("10000000 VND (Huy chương Vàng quốc gia), unverified"))
                .body("find { it.detail.contains('revision 1 -> 2') }.detail", containsString("Đối chiếu phụ lục"))
                .body("find { it.detail.contains('revision 2 -> 3') }.detail", containsString("confirmed"));
    }

    @Test
    void aScheduleCorrectionSetsItsValidityKindAndCap() throws Exception {
        String code = schedule();
        String before = pay(reward(code, "2025-08-01", "QĐ 1234/QĐ-UBND"))
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> fix = new HashMap<>();
        fix.put("legalBasis", "NQ 12/2025/NQ-HĐND tỉnh Lào Cai");
        fix.put("kind", "SUPPORT");
        fix.put("territory", "LAO_CAI");
        fix.put("validFrom", "2025-07-01");
        fix.put("validTo", "2025-12-31");
        fix.put("capVnd", null);
        fix.put("note", "Hỗ trợ, không phải thưởng");
        fix.put("verified", true);
        fix.put("reason", "Số hiệu đúng của nghị quyết");
        put(code, fix)
                .statusCode(200)
                .body("legalBasis", equalTo("NQ 12/2025/NQ-HĐND tỉnh Lào Cai"))
                .body("kind", equalTo("SUPPORT"))
                .body("territory", equalTo("LAO_CAI"))
                .body("validTo", equalTo("2025-12-31"))
                .body("capVnd", equalTo(null))
                .body("verified", equalTo(true))
                .body("revision", equalTo(2));

        // outside its validity, nothing is paid; inside, under the corrected legal basis
        pay(reward(code, "2026-01-01", "QĐ 1234/QĐ-UBND"))
                .statusCode(422)
                .body("type", containsString("schedule-not-in-force"))
                .body("errors[0].field", equalTo("awardDate"));
        pay(reward(code, "2025-06-30", "QĐ 1234/QĐ-UBND"))
                .statusCode(422)
                .body("type", containsString("schedule-not-in-force"));
        pay(reward(code, "2025-12-31", "QĐ 1234/QĐ-UBND"))
                .statusCode(201)
                .body("legalBasis", equalTo("NQ 12/2025/NQ-HĐND tỉnh Lào Cai"));
        as("award-officer")
                .get("/api/v1/special-rewards/" + before)
                .then()
                .statusCode(200)
                .body("legalBasis", equalTo("NQ 99/2025/NQ-HĐND tỉnh Lào Cai"));

        // without a cap a tier may pay more than 200 million; a cap below it is then refused
        as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "field",
                        "SPORTS",
                        "tier",
                        "OLYMPIC_GOLD",
                        "descriptionVi",
                        "Huy chương Vàng Thế vận hội",
                        "amountVnd",
                        250_000_000,
                        "verified",
                        true,
                        "sourceDocument",
                        "NQ 12/2025/NQ-HĐND"))
                .post(SCHEDULES + code + "/tiers")
                .then()
                .statusCode(201);
        fix.put("capVnd", 200_000_000);
        put(code, fix).statusCode(422).body("type", containsString("special-reward-cap-exceeded"));

        as("admin")
                .queryParam("resourceType", "special-reward-schedule")
                .queryParam("resourceId", code)
                .get("/api/v1/admin/audit")
                .then()
                .statusCode(200)
                .body(
                        "find { it.action == 'special-reward-schedule.correct' }.detail",
                        containsString(
                                "NQ 99/2025/NQ-HĐND tỉnh Lào Cai, REWARD, LAO_CAI, 2025-07-01 – …, cap 50000000"))
                .body(
                        "find { it.action == 'special-reward-schedule.correct' }.detail",
                        containsString("Số hiệu đúng của nghị quyết"));
    }
}
