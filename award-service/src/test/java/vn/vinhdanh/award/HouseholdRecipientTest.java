package vn.vinhdanh.award;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.vinhdanh.deploy.infra.Callers.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * Households receive certificates of merit and commendation at 1.5 × the individual amount, and their own title,
 * Gia đình văn hóa; no other title goes to them. Figures come from the seeded rules.
 */
@QuarkusTest
class HouseholdRecipientTest {

    private static ValidatableResponse quote(String awardCode, String kind, String decisionDate) {
        return as("award-officer")
                .queryParam("awardCode", awardCode)
                .queryParam("recipientKind", kind)
                .queryParam("decisionDate", decisionDate)
                .get("/api/v1/quote")
                .then();
    }

    @Test
    void aCommuneCertificateForAHouseholdIsOneAndAHalfTimesTheIndividualsBeforeRounding() {
        // 0.3 × 2,340,000 × 1.5 = 1,053,000, rounded up to tens of thousands
        quote("GIAY_KHEN_CHU_TICH_UBND_XA", "HOUSEHOLD", "2025-08-01")
                .statusCode(200)
                .body("legalBasis", equalTo("NĐ 152/2025/NĐ-CP"))
                .body("multiplier", equalTo(0.3f))
                .body("collectiveFactor", equalTo(1.5f))
                .body("amountVnd", equalTo(1_060_000));
        quote("GIAY_KHEN_CHU_TICH_UBND_XA", "INDIVIDUAL", "2025-08-01").body("amountVnd", equalTo(710_000));
        // the provincial Bằng khen: 1.5 × 2,340,000 × 1.5 = 5,265,000
        quote("BANG_KHEN_CHU_TICH_UBND_TINH", "HOUSEHOLD", "2025-08-01").body("amountVnd", equalTo(5_270_000));
    }

    @Test
    void aTitleForPeopleOrCollectivesIsNotAHouseholdsAndGiaDinhVanHoaIsOnlyAHouseholds() {
        quote("LAO_DONG_TIEN_TIEN", "HOUSEHOLD", "2025-08-01")
                .statusCode(422)
                .body("type", containsString("unpriceable"))
                .body("detail", containsString("household"));
        quote("GIA_DINH_VAN_HOA", "INDIVIDUAL", "2025-08-01")
                .statusCode(422)
                .body("detail", containsString("individual"));
        // no decree sets an amount for it: it cannot be priced until an officer records one
        quote("GIA_DINH_VAN_HOA", "HOUSEHOLD", "2025-08-01")
                .statusCode(422)
                .body("detail", containsString("no reward multiplier"));
        as("award-officer")
                .get("/api/v1/award-types/GIA_DINH_VAN_HOA")
                .then()
                .statusCode(200)
                .body("recipient", equalTo("HOUSEHOLD"))
                .body("recipientKinds", contains("HOUSEHOLD"));
        as("award-officer")
                .get("/api/v1/award-types/GIAY_KHEN")
                .then()
                .body("householdFactor", equalTo(1.5f))
                .body("recipientKinds", contains("INDIVIDUAL", "COLLECTIVE", "HOUSEHOLD"));
    }
}
