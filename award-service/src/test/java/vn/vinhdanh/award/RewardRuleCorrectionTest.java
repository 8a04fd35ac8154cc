package vn.vinhdanh.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
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
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.award.domain.LegalBasis;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/**
 * Base salaries and multipliers recorded by mistake are corrected (counting revisions, the old values in the audit
 * trail) or withdrawn while no signed award used them, and implausible figures are refused unless confirmed. Every
 * row a test adds it withdraws again, and every seeded figure it corrects it corrects back: the tests share one
 * database, and later dates must keep pricing as seeded.
 */
@QuarkusTest
class RewardRuleCorrectionTest {

    private static final String BASE_SALARIES = "/api/v1/base-salaries";
    /** Tập thể lao động xuất sắc: 1.5 under every decree, verified; no other test records periods for it. */
    private static final String MULTIPLIERS = "/api/v1/award-types/TAP_THE_LAO_DONG_XUAT_SAC/multipliers";

    @Test
    void everyRecordedLegalBasisReadsAsALegalReference() throws Exception {
        List<String> bases = AwardSteps.strings(
                "select legal_basis from reward_multiplier union select legal_basis from base_salary");
        assertThat(bases).hasSizeGreaterThanOrEqualTo(8).allMatch(LegalBasis::readsAsReference);
    }

    @Test
    void aSignedAwardKeepsItsAmountWhenItsBaseSalaryIsCorrectedAndItsRulesCannotBeWithdrawn() throws Exception {
        // CSTĐ cấp tỉnh, 3.0 × 1,800,000 (NĐ 24/2023, from 2023-07-01) = 5,400,000
        String award;
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            award = awaitAward(approve(kafka, "INDIVIDUAL", "CHIEN_SI_THI_DUA_CAP_TINH", "2024-04-20"));
        }
        String fund = newFund();
        budget(2024, fund, 100_000_000);
        sign(AwardSteps.decision("2024-05-03", fund, award)).statusCode(200).body("totalAmountVnd", equalTo(5_400_000));

        try {
            correctBaseSalary("2023-07-01", 1_900_000, "NĐ 24/2023/NĐ-CP", null)
                    .statusCode(200)
                    .body("amountVnd", equalTo(1_900_000))
                    .body("revision", equalTo(2));
            quote("CHIEN_SI_THI_DUA_CAP_TINH", "2024-05-03").body("amountVnd", equalTo(5_700_000));
            as("award-officer")
                    .get("/api/v1/awards/" + award)
                    .then()
                    .statusCode(200)
                    .body("amountVnd", equalTo(5_400_000))
                    .body("baseSalaryVnd", equalTo(1_800_000));
            audit("base-salary", "2023-07-01")
                    .body("[0].action", equalTo("base-salary.correct"))
                    .body("[0].detail", containsString("1800000 VND (NĐ 24/2023/NĐ-CP) -> 1900000 VND"))
                    .body("[0].detail", containsString("revision 1 -> 2"))
                    .body("[0].detail", containsString("Thử đính chính"));
        } finally {
            correctBaseSalary("2023-07-01", 1_800_000, "NĐ 24/2023/NĐ-CP", null)
                    .statusCode(200)
                    .body("revision", equalTo(3));
        }

        // the award was priced with both rows of its date: neither can be withdrawn
        as("award-officer")
                .queryParam("reason", "Nhập nhầm")
                .delete(BASE_SALARIES + "/2023-07-01")
                .then()
                .statusCode(409)
                .body("type", containsString("rule-in-use"));
        as("award-officer")
                .queryParam("reason", "Nhập nhầm")
                .delete("/api/v1/award-types/CHIEN_SI_THI_DUA_CAP_TINH/multipliers/2024-01-01")
                .then()
                .statusCode(409)
                .body("type", containsString("rule-in-use"));
    }

    @Test
    void anImplausibleBaseSalaryIsRefusedUnlessConfirmedThenCorrectedAndWithdrawn() {
        String from = AwardSteps.today().plusDays(40).toString();
        // the report's case: 1 VND, a legal basis that is a number, a date years ahead
        addBaseSalary(from, 1, "-9223372036854775808", null)
                .statusCode(400)
                .body("errors.field", hasItem("legalBasis"));
        addBaseSalary(AwardSteps.today().plusYears(1).plusDays(1).toString(), 2_500_000, "NĐ 1/2027/NĐ-CP", null)
                .statusCode(400)
                .body("errors.field", hasItem("effectiveFrom"));
        addBaseSalary(from, 1, "NĐ 1/2026/NĐ-CP", null)
                .statusCode(422)
                .body("type", containsString("implausible-amount"))
                .body("errors.field", hasItem("amountVnd"));
        try {
            addBaseSalary(from, 1, "Nghị định 1/2026/NĐ-CP", true)
                    .statusCode(201)
                    .body("revision", equalTo(1));
            audit("base-salary", from).body("[0].detail", containsString("confirmed implausible amount"));

            correctBaseSalary(from, 100, "NĐ 1/2026/NĐ-CP", null)
                    .statusCode(422)
                    .body("type", containsString("implausible-amount"));
            correctBaseSalary(from, 2_500_000, "NĐ 1/2026/NĐ-CP", null)
                    .statusCode(200)
                    .body("amountVnd", equalTo(2_500_000))
                    .body("legalBasis", equalTo("NĐ 1/2026/NĐ-CP"))
                    .body("revision", equalTo(2));
            audit("base-salary", from)
                    .body("[0].detail", containsString("1 VND (Nghị định 1/2026/NĐ-CP) -> 2500000 VND"));
        } finally {
            as("award-officer")
                    .queryParam("reason", "Nhập nhầm ngày")
                    .delete(BASE_SALARIES + "/" + from)
                    .then()
                    .statusCode(204);
        }
        audit("base-salary", from)
                .body("[0].action", equalTo("base-salary.withdraw"))
                .body("[0].detail", containsString("Nhập nhầm ngày"));
        as("award-officer")
                .queryParam("reason", "Nhập nhầm ngày")
                .delete(BASE_SALARIES + "/" + from)
                .then()
                .statusCode(404);
        as("award-officer").delete(BASE_SALARIES + "/2024-07-01").then().statusCode(400);
    }

    @Test
    void multiplierPeriodsAreCorrectedWithConfirmationAndWithdrawnReopeningThePreviousOne() {
        LocalDate first = AwardSteps.today().plusDays(30);
        LocalDate second = AwardSteps.today().plusDays(60);
        try {
            // out of the decrees' range, or beyond three times the previous 1.5
            addMultiplier(first, 25, null).statusCode(422).body("type", containsString("implausible-multiplier"));
            addMultiplier(first, 0.05, null).statusCode(422).body("errors.field", hasItem("multiplier"));
            addMultiplier(first, 4.6, null).statusCode(422).body("type", containsString("implausible-multiplier"));
            addMultiplier(first, 4.6, true).statusCode(201);
            audit("award-type", "TAP_THE_LAO_DONG_XUAT_SAC")
                    .body("[0].action", equalTo("multiplier.add"))
                    .body("[0].detail", containsString("confirmed implausible multiplier"));

            // a verified period is corrected only when confirmed
            correctMultiplier(first, 1.6, null).statusCode(409).body("type", containsString("rule-verified"));
            correctMultiplier(first, 1.6, true)
                    .statusCode(200)
                    .body("multipliers.find { it.validFrom == '" + first + "' }.multiplier", equalTo(1.6f))
                    .body("multipliers.find { it.validFrom == '" + first + "' }.revision", equalTo(2));
            audit("award-type", "TAP_THE_LAO_DONG_XUAT_SAC")
                    .body("[0].action", equalTo("multiplier.correct"))
                    .body("[0].detail", containsString("4.6 (verified) -> 1.6 (verified)"))
                    .body("[0].detail", containsString("revision 1 -> 2"));
            addMultiplier(second, 1.7, null).statusCode(201).body("multipliers", hasSize(5));

            // withdrawing the first: NĐ 152/2025 runs until the day before the second
            withdrawMultiplier(first)
                    .statusCode(200)
                    .body("multipliers", hasSize(4))
                    .body("multipliers[2].legalBasis", equalTo("NĐ 152/2025/NĐ-CP"))
                    .body("multipliers[2].validTo", equalTo(second.minusDays(1).toString()));
            // and the second: NĐ 152/2025 is open again
            withdrawMultiplier(second)
                    .statusCode(200)
                    .body("multipliers", hasSize(3))
                    .body("multipliers[2].validTo", nullValue());
        } finally {
            for (LocalDate start : List.of(first, second)) {
                as("award-officer").queryParam("reason", "Dọn dẹp").delete(MULTIPLIERS + "/" + start);
            }
        }
        withdrawMultiplier(first).statusCode(404);
        // unknown award codes are 404 naming the code
        as("award-officer")
                .queryParam("reason", "Nhập nhầm")
                .delete("/api/v1/award-types/HUAN_CHUONG_MAT_TRANG/multipliers/2025-07-01")
                .then()
                .statusCode(404)
                .body("detail", containsString("HUAN_CHUONG_MAT_TRANG"));
    }

    private static ValidatableResponse addBaseSalary(String from, long amount, String basis, Boolean confirm) {
        Map<String, Object> body =
                new HashMap<>(Map.of("effectiveFrom", from, "amountVnd", amount, "legalBasis", basis));
        if (confirm != null) {
            body.put("confirm", confirm);
        }
        return as("award-officer")
                .contentType(ContentType.JSON)
                .body(body)
                .post(BASE_SALARIES)
                .then();
    }

    private static ValidatableResponse correctBaseSalary(String from, long amount, String basis, Boolean confirm) {
        Map<String, Object> body =
                new HashMap<>(Map.of("amountVnd", amount, "legalBasis", basis, "reason", "Thử đính chính"));
        if (confirm != null) {
            body.put("confirm", confirm);
        }
        return as("award-officer")
                .contentType(ContentType.JSON)
                .body(body)
                .put(BASE_SALARIES + "/" + from)
                .then();
    }

    private static ValidatableResponse addMultiplier(LocalDate from, double multiplier, Boolean confirm) {
        Map<String, Object> body = new HashMap<>(
                Map.of("legalBasis", "NĐ 2/2026/NĐ-CP", "validFrom", from.toString(), "multiplier", multiplier));
        if (confirm != null) {
            body.put("confirm", confirm);
        }
        return as("award-officer")
                .contentType(ContentType.JSON)
                .body(body)
                .post(MULTIPLIERS)
                .then();
    }

    private static ValidatableResponse correctMultiplier(LocalDate from, double multiplier, Boolean confirm) {
        Map<String, Object> body =
                new HashMap<>(Map.of("multiplier", multiplier, "reason", "Đối chiếu bản chính thức"));
        if (confirm != null) {
            body.put("confirm", confirm);
        }
        return as("award-officer")
                .contentType(ContentType.JSON)
                .body(body)
                .put(MULTIPLIERS + "/" + from)
                .then();
    }

    private static ValidatableResponse withdrawMultiplier(LocalDate from) {
        return as("award-officer")
                .queryParam("reason", "Nhập nhầm")
                .delete(MULTIPLIERS + "/" + from)
                .then();
    }

    private static ValidatableResponse quote(String awardCode, String date) {
        return as("award-officer")
                .queryParam("awardCode", awardCode)
                .queryParam("recipientKind", "INDIVIDUAL")
                .queryParam("decisionDate", date)
                .get("/api/v1/quote")
                .then()
                .statusCode(200);
    }

    private static ValidatableResponse audit(String resourceType, String resourceId) {
        return as("admin")
                .queryParam("resourceType", resourceType)
                .queryParam("resourceId", resourceId)
                .get("/api/v1/admin/audit")
                .then()
                .statusCode(200);
    }
}
