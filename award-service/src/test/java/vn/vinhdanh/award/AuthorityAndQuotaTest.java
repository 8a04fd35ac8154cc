package vn.vinhdanh.award;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.vinhdanh.award.AwardSteps.approve;
import static vn.vinhdanh.award.AwardSteps.awaitAward;
import static vn.vinhdanh.award.AwardSteps.budget;
import static vn.vinhdanh.award.AwardSteps.newFund;
import static vn.vinhdanh.award.AwardSteps.sign;
import static vn.vinhdanh.deploy.infra.Callers.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/** Who may sign what (the authority table as data), and the 15% quota of Chiến sĩ thi đua cơ sở. */
@QuarkusTest
class AuthorityAndQuotaTest {

    private KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    private static ValidatableResponse createBy(String issuer, String date, String fund, String... awardIds) {
        return as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "issuer",
                        issuer,
                        "decisionDate",
                        date,
                        "signer",
                        "Chủ tịch",
                        "fund",
                        fund,
                        "awardIds",
                        Arrays.asList(awardIds)))
                .post("/api/v1/decisions")
                .then();
    }

    private static ValidatableResponse register(String code, String authority) {
        return as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of("code", code, "authority", authority, "nameVi", "Chủ tịch UBND huyện Bát Xát"))
                .post("/api/v1/issuers")
                .then();
    }

    @Test
    void anIssuerListsOnlyWhatItsAuthorityMayGrantOnTheDecisionDate() {
        as("award-officer")
                .get("/api/v1/issuers")
                .then()
                .statusCode(200)
                .body("find { it.code == 'QĐ-UBND' }.authority", equalTo("PROVINCE_CHAIRMAN"))
                .body("find { it.code == 'QĐ-UBND' }.mayGrant.awardCode", hasItem("BANG_KHEN_CHU_TICH_UBND_TINH"))
                .body("find { it.code == 'QĐ-UBND' }.mayGrant.awardCode", not(hasItem("LAO_DONG_TIEN_TIEN")))
                .body("find { it.code == 'QĐ-TTg' }.mayGrant.awardCode", hasItem("CHIEN_SI_THI_DUA_TOAN_QUOC"));

        String fund = newFund();
        String ldtt = awaitAward(approve(kafka, "INDIVIDUAL", "LAO_DONG_TIEN_TIEN", "2025-06-20"));
        createBy("QĐ-UBND", "2025-06-30", fund, ldtt)
                .statusCode(422)
                .body("type", containsString("issuer-not-authorised"))
                .body("detail", containsString("LAO_DONG_TIEN_TIEN"));
        createBy("QĐ-XYZ", "2025-06-30", fund, ldtt).statusCode(422).body("type", containsString("unknown-issuer"));

        // a district chairman granted Lao động tiên tiến until 30 June 2025, and no longer from 1 July
        String district =
                "QĐ-UBND-BX-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        register(district, "DISTRICT_CHAIRMAN").statusCode(201).body("mayGrant.awardCode", hasItem("GIAY_KHEN"));
        register(district, "UNIT_HEAD").statusCode(409).body("type", containsString("issuer-exists"));
        createBy(district, "2025-07-01", fund, ldtt)
                .statusCode(422)
                .body("type", containsString("issuer-not-authorised"));
        String decision = createBy(district, "2025-06-30", fund, ldtt)
                .statusCode(201)
                .extract()
                .path("id");
        budget(2025, fund, 10_000_000);
        sign(decision).statusCode(200).body("decisionNumber", equalTo("1/" + district));
    }

    @Test
    void chienSiThiDuaCoSoIsCappedAtFifteenPercentOfTheUnitsLaoDongTienTien() {
        String unit = "UBND-XA-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        List<String> ldtt = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ldtt.add(awaitAward(approve(kafka, "INDIVIDUAL", "LAO_DONG_TIEN_TIEN", "2026-11-02", unit, 2026)));
        }
        String cstd = awaitAward(approve(kafka, "INDIVIDUAL", "CHIEN_SI_THI_DUA_CO_SO", "2026-11-02", unit, 2026));
        String second = awaitAward(approve(kafka, "INDIVIDUAL", "CHIEN_SI_THI_DUA_CO_SO", "2026-11-02", unit, 2026));
        String fund = newFund();
        budget(2026, fund, 100_000_000);
        AwardSteps.unitIssuer();

        // 6 Lao động tiên tiến allow floor(0.9) = 0
        List<String> first = new ArrayList<>(ldtt.subList(0, 6));
        first.add(cstd);
        String a = AwardSteps.decisionBy(AwardSteps.UNIT_ISSUER, "2026-11-10", fund, first.toArray(String[]::new));
        sign(a).statusCode(409)
                .contentType("application/problem+json")
                .body("type", containsString("quota-exceeded"))
                .body("detail", containsString("15% of its 6 Lao động tiên tiến allows 0"));
        as("award-officer").get("/api/v1/decisions/" + a).then().body("status", equalTo("DRAFT"));

        // one more granted elsewhere: 7 allow 1
        sign(AwardSteps.decisionBy(AwardSteps.UNIT_ISSUER, "2026-11-10", fund, ldtt.get(6)))
                .statusCode(200);
        sign(a).statusCode(200);
        // a second one is beyond the quota
        sign(AwardSteps.decisionBy(AwardSteps.UNIT_ISSUER, "2026-11-11", fund, second))
                .statusCode(409)
                .body("detail", containsString("2 Chiến sĩ thi đua cơ sở would be granted"));
    }

    @Test
    void fromJuly2025TheCommuneChairmanGrantsWhatTheDistrictChairmanDidAndPaysHisGiayKhenAtTheNewRate() {
        String suffix = UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String commune = "QĐ-UBND-XA-" + suffix;
        String district = "QĐ-UBND-H-" + suffix;
        register(commune, "COMMUNE_CHAIRMAN")
                .statusCode(201)
                .body("mayGrant.awardCode", hasItem("CHIEN_SI_THI_DUA_CO_SO"))
                .body("mayGrant.find { it.awardCode == 'CHIEN_SI_THI_DUA_CO_SO' }.validFrom", equalTo("2025-07-01"))
                .body("mayGrant.find { it.awardCode == 'CHIEN_SI_THI_DUA_CO_SO' }.verified", equalTo(true));
        register(district, "DISTRICT_CHAIRMAN").statusCode(201);

        String unit = "UBND-XA-" + suffix;
        String individual = awaitAward(approve(kafka, "INDIVIDUAL", "GIAY_KHEN_CHU_TICH_UBND_XA", "2025-06-20"));
        String collective = awaitAward(approve(kafka, "COLLECTIVE", "GIAY_KHEN_CHU_TICH_UBND_XA", "2025-06-20"));
        String household = awaitAward(approve(kafka, "HOUSEHOLD", "GIAY_KHEN_CHU_TICH_UBND_XA", "2025-06-20"));
        String cstd = awaitAward(approve(kafka, "INDIVIDUAL", "CHIEN_SI_THI_DUA_CO_SO", "2025-06-20", unit, 2025));
        List<String> listed = new ArrayList<>(List.of(individual, collective, household, cstd));
        // the quota: 7 Lao động tiên tiến of the unit, in the same decision, allow one Chiến sĩ thi đua cơ sở
        for (int i = 0; i < 7; i++) {
            listed.add(awaitAward(approve(kafka, "INDIVIDUAL", "LAO_DONG_TIEN_TIEN", "2025-06-20", unit, 2025)));
        }
        String fund = newFund();
        budget(2025, fund, 100_000_000);

        // the commune chairman did not grant Chiến sĩ thi đua cơ sở before the two-tier government
        createBy(commune, "2025-06-30", fund, cstd)
                .statusCode(422)
                .body("type", containsString("issuer-not-authorised"))
                .body("detail", containsString("CHIEN_SI_THI_DUA_CO_SO"));
        // the district chairman's period ended on 30 June 2025
        createBy(district, "2025-08-01", fund, cstd)
                .statusCode(422)
                .body("type", containsString("issuer-not-authorised"));

        String decision = createBy(commune, "2025-08-01", fund, listed.toArray(String[]::new))
                .statusCode(201)
                .extract()
                .path("id");
        sign(decision).statusCode(200).body("decisionNumber", equalTo("1/" + commune));

        // 0.3 × 2,340,000 = 702,000, rounded up to 710,000; a collective twice the individual's figure before
        // rounding, 1,404,000, rounded up to 1,410,000 (the seeded rows, not a copy of the rules)
        as("award-officer")
                .get("/api/v1/awards/" + individual)
                .then()
                .body("status", equalTo("GRANTED"))
                .body("legalBasis", equalTo("NĐ 152/2025/NĐ-CP"))
                .body("multiplier", equalTo(0.3f))
                .body("amountVnd", equalTo(710_000));
        as("award-officer")
                .get("/api/v1/awards/" + collective)
                .then()
                .body("status", equalTo("GRANTED"))
                .body("collectiveFactor", equalTo(2.0f))
                .body("amountVnd", equalTo(1_410_000));
        // a household 1.5 times the individual's figure before rounding: 1,053,000, rounded up to 1,060,000
        as("award-officer")
                .get("/api/v1/awards/" + household)
                .then()
                .body("status", equalTo("GRANTED"))
                .body("recipientKind", equalTo("HOUSEHOLD"))
                .body("collectiveFactor", equalTo(1.5f))
                .body("amountVnd", equalTo(1_060_000));
        as("award-officer")
                .get("/api/v1/awards/" + cstd)
                .then()
                .body("status", equalTo("GRANTED"))
                .body("amountVnd", equalTo(2_340_000));
    }
}
