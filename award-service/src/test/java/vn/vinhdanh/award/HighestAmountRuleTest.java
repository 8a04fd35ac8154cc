package vn.vinhdanh.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.vinhdanh.award.AwardSteps.approve;
import static vn.vinhdanh.award.AwardSteps.approveFor;
import static vn.vinhdanh.award.AwardSteps.awaitAward;
import static vn.vinhdanh.award.AwardSteps.budget;
import static vn.vinhdanh.award.AwardSteps.decision;
import static vn.vinhdanh.award.AwardSteps.decisionBy;
import static vn.vinhdanh.award.AwardSteps.newFund;
import static vn.vinhdanh.award.AwardSteps.sign;
import static vn.vinhdanh.deploy.infra.Callers.as;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.award.web.DecisionPages;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;
import vn.vinhdanh.desk.DeskCsrf;

/**
 * "Only the highest amount": several emulation titles of one person for one achievement pay the highest amount once
 * (NĐ 152/2025 Điều 49 as reported, for decisions from 1 July 2025); titles of different years, and a title with a
 * commendation form, are each paid. The amounts are the seeded rules' at 2,340,000 VND of base salary, rounded up to
 * tens of thousands: Chiến sĩ thi đua cơ sở 1.0 → 2,340,000; Lao động tiên tiến 0.3 → 702,000 → 710,000; Chiến sĩ thi
 * đua cấp tỉnh 3.0 → 7,020,000; Bằng khen Chủ tịch UBND tỉnh 1.5 → 3,510,000.
 */
@QuarkusTest
class HighestAmountRuleTest {

    private static final String CSTD_CO_SO = "CHIEN_SI_THI_DUA_CO_SO";
    private static final String LDTT = "LAO_DONG_TIEN_TIEN";
    private static final String COUNCIL = "2025-07-20";
    private static final String SIGNED_ON = "2025-08-01";

    @Inject
    DecisionPages pages;

    @Inject
    CurrentIdentityAssociation identity;

    private KafkaTestClient kafka;
    private String unit;
    private UUID movement;
    private AwardSteps.Nominee mai;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers());
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        unit = "UBND-XA-HA-" + suffix;
        movement = UUID.randomUUID();
        mai = new AwardSteps.Nominee("INDIVIDUAL", "Giàng Thị Mai " + suffix, 1986, "Trường Tiểu học Bản Hồ");
        AwardSteps.unitIssuer();
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void cstdCoSoAndLaoDongTienTienOfOnePersonAndYearInOneDecisionPayOnlyTheCstdAmount() throws Exception {
        laoDongTienTienOfOthers(2025, 6);
        String ldttNomination = approveFor(kafka, LDTT, COUNCIL, unit, movement, 2025, mai);
        String cstdNomination = approveFor(kafka, CSTD_CO_SO, COUNCIL, unit, movement, 2025, mai);
        String ldtt = awaitAward(ldttNomination);
        String cstd = awaitAward(cstdNomination);
        String fund = newFund();
        budget(2025, fund, 10_000_000);

        String signed = decisionBy(AwardSteps.UNIT_ISSUER, SIGNED_ON, fund, ldtt, cstd);
        sign(signed)
                .statusCode(200)
                .body("totalAmountVnd", equalTo(2_340_000))
                .body("awards.find { it.awardId == '" + ldtt + "' }.amountVnd", equalTo(0))
                .body("awards.find { it.awardId == '" + ldtt + "' }.pricedAmountVnd", equalTo(710_000))
                .body(
                        "awards.find { it.awardId == '" + ldtt + "' }.paymentNote",
                        allOf(
                                containsString("Chỉ nhận mức tiền thưởng cao nhất"),
                                containsString("Chiến sĩ thi đua cơ sở"),
                                containsString("(NĐ 152/2025/NĐ-CP, Điều 49)")))
                .body("awards.find { it.awardId == '" + cstd + "' }.amountVnd", equalTo(2_340_000))
                .body("awards.find { it.awardId == '" + cstd + "' }.paymentNote", nullValue());
        as("award-officer")
                .get("/api/v1/awards/" + ldtt)
                .then()
                .body("status", equalTo("GRANTED"))
                .body("amountVnd", equalTo(0))
                .body("pricedAmountVnd", equalTo(710_000))
                .body("paymentNote", containsString("Chỉ nhận mức tiền thưởng cao nhất"));
        // the budget is charged what is paid, once
        committed(fund, 2_340_000);
        // the announcement carries the amount paid
        assertThat(grantedAmount(ldttNomination)).isZero();
        assertThat(grantedAmount(cstdNomination)).isEqualTo(2_340_000);

        // the decision's page at the desk: what each is paid, what the rules price it at, and why
        signIn();
        assertThat(pages.decision(UUID.fromString(signed), null))
                .contains(">0 đồng <small>(mức theo quy định 710.000 đồng)</small>")
                .contains("Chỉ nhận mức tiền thưởng cao nhất: cùng một thành tích");
    }

    @Test
    void theCataloguePublishesWhatIsATitleAndTheRuleItsSourcePerPeriod() throws Exception {
        as("award-officer")
                .get("/api/v1/award-types/" + LDTT)
                .then()
                .statusCode(200)
                .body("category", equalTo("EMULATION_TITLE"));
        as("award-officer")
                .get("/api/v1/award-types/BANG_KHEN_CHU_TICH_UBND_TINH")
                .then()
                .statusCode(200)
                .body("category", equalTo("COMMENDATION_FORM"));
        as("award-officer")
                .get("/api/v1/reward-principles")
                .then()
                .statusCode(200)
                .body(
                        "findAll { it.code == 'HIGHEST_AMOUNT_SAME_ACHIEVEMENT' }.legalBasis",
                        contains("NĐ 91/2017/NĐ-CP", "NĐ 98/2023/NĐ-CP", "NĐ 152/2025/NĐ-CP"))
                .body(
                        "findAll { it.code == 'HIGHEST_AMOUNT_SAME_ACHIEVEMENT' }.validTo",
                        contains("2023-12-31", "2025-06-30", null))
                .body(
                        "findAll { it.code == 'HIGHEST_AMOUNT_SAME_ACHIEVEMENT' }.verified",
                        contains(true, false, false));
        // every one of the 19 types the migrations seeded is classified: 11 titles and 8 forms (tests add unclassified
        // ones of their own)
        assertThat(AwardSteps.count("select count(*) from award_type where category = 'EMULATION_TITLE'"))
                .isEqualTo(11);
        assertThat(AwardSteps.count("select count(*) from award_type where category = 'COMMENDATION_FORM'"))
                .isEqualTo(8);
    }

    @Test
    void theSameTwoTitlesForDifferentYearsAreEachPaid() throws Exception {
        laoDongTienTienOfOthers(2024, 7);
        String cstd = awaitAward(approveFor(kafka, CSTD_CO_SO, COUNCIL, unit, movement, 2024, mai));
        String ldtt = awaitAward(approveFor(kafka, LDTT, COUNCIL, unit, movement, 2025, mai));
        String fund = newFund();
        budget(2025, fund, 10_000_000);

        sign(decisionBy(AwardSteps.UNIT_ISSUER, SIGNED_ON, fund, cstd, ldtt))
                .statusCode(200)
                .body("totalAmountVnd", equalTo(2_340_000 + 710_000))
                .body("awards.find { it.awardId == '" + cstd + "' }.amountVnd", equalTo(2_340_000))
                .body("awards.find { it.awardId == '" + ldtt + "' }.amountVnd", equalTo(710_000))
                .body("awards.find { it.awardId == '" + ldtt + "' }.paymentNote", nullValue());
        committed(fund, 3_050_000);
    }

    @Test
    void aTitleAndACommendationFormOfOneAchievementAreBothPaid() {
        String cstdTinh =
                awaitAward(approveFor(kafka, "CHIEN_SI_THI_DUA_CAP_TINH", COUNCIL, unit, movement, 2025, mai));
        String bangKhen =
                awaitAward(approveFor(kafka, "BANG_KHEN_CHU_TICH_UBND_TINH", COUNCIL, unit, movement, 2025, mai));
        String fund = newFund();
        budget(2025, fund, 20_000_000);

        sign(decision(SIGNED_ON, fund, cstdTinh, bangKhen))
                .statusCode(200)
                .body("totalAmountVnd", equalTo(7_020_000 + 3_510_000))
                .body("awards.find { it.awardId == '" + cstdTinh + "' }.amountVnd", equalTo(7_020_000))
                .body("awards.find { it.awardId == '" + bangKhen + "' }.amountVnd", equalTo(3_510_000))
                .body("awards.find { it.awardId == '" + bangKhen + "' }.paymentNote", nullValue());
        committed(fund, 10_530_000);
    }

    @Test
    void theHigherTitleSignedAfterTheLowerPaysOnlyTheDifference() throws Exception {
        laoDongTienTienOfOthers(2025, 6);
        String ldtt = awaitAward(approveFor(kafka, LDTT, COUNCIL, unit, movement, 2025, mai));
        String cstdNomination = approveFor(kafka, CSTD_CO_SO, COUNCIL, unit, movement, 2025, mai);
        String cstd = awaitAward(cstdNomination);
        String first = newFund();
        budget(2025, first, 10_000_000);
        sign(decisionBy(AwardSteps.UNIT_ISSUER, SIGNED_ON, first, ldtt))
                .statusCode(200)
                .body("totalAmountVnd", equalTo(710_000));

        String second = newFund();
        budget(2025, second, 10_000_000);
        sign(decisionBy(AwardSteps.UNIT_ISSUER, "2025-08-15", second, cstd))
                .statusCode(200)
                .body("totalAmountVnd", equalTo(2_340_000 - 710_000))
                .body("awards[0].amountVnd", equalTo(1_630_000))
                .body("awards[0].pricedAmountVnd", equalTo(2_340_000))
                .body(
                        "awards[0].paymentNote",
                        allOf(
                                containsString("Chỉ nhận mức tiền thưởng cao nhất"),
                                containsString("Lao động tiên tiến"),
                                containsString("phần chênh lệch"),
                                containsString("NĐ 152/2025/NĐ-CP, Điều 49")));
        committed(second, 1_630_000);
        assertThat(grantedAmount(cstdNomination)).isEqualTo(1_630_000);
    }

    @Test
    void theLowerTitleSignedAfterTheHigherPaysNothing() {
        laoDongTienTienOfOthers(2025, 7);
        String cstd = awaitAward(approveFor(kafka, CSTD_CO_SO, COUNCIL, unit, movement, 2025, mai));
        String ldtt = awaitAward(approveFor(kafka, LDTT, COUNCIL, unit, movement, 2025, mai));
        String fund = newFund();
        budget(2025, fund, 10_000_000);
        sign(decisionBy(AwardSteps.UNIT_ISSUER, SIGNED_ON, fund, cstd)).statusCode(200);

        sign(decisionBy(AwardSteps.UNIT_ISSUER, "2025-08-15", fund, ldtt))
                .statusCode(200)
                .body("totalAmountVnd", equalTo(0))
                .body("awards[0].amountVnd", equalTo(0))
                .body("awards[0].pricedAmountVnd", equalTo(710_000))
                .body("awards[0].paymentNote", containsString("không được chi tiền thưởng"));
        committed(fund, 2_340_000);
    }

    @Test
    void whenTheDataCannotTellTheSamePersonBothTitlesArePaidAndTheNoteSaysWhy() {
        laoDongTienTienOfOthers(2025, 6);
        AwardSteps.Nominee noBirthYear = new AwardSteps.Nominee("INDIVIDUAL", mai.name(), null, mai.organization());
        String ldtt = awaitAward(approveFor(kafka, LDTT, COUNCIL, unit, movement, 2025, noBirthYear));
        String cstd = awaitAward(approveFor(kafka, CSTD_CO_SO, COUNCIL, unit, movement, 2025, noBirthYear));
        String fund = newFund();
        budget(2025, fund, 10_000_000);

        sign(decisionBy(AwardSteps.UNIT_ISSUER, SIGNED_ON, fund, ldtt, cstd))
                .statusCode(200)
                .body("totalAmountVnd", equalTo(2_340_000 + 710_000))
                .body("awards.find { it.awardId == '" + ldtt + "' }.amountVnd", equalTo(710_000))
                .body(
                        "awards.find { it.awardId == '" + ldtt + "' }.paymentNote",
                        allOf(containsString("Chưa áp dụng nguyên tắc"), containsString("năm sinh")));
    }

    /**
     * What the desk's session would make of the officer's sign-in, as the desk's routes see it; only after the API
     * calls that set the scene (the sign-in uses the authorization code flow, which the browser tests cover).
     */
    private void signIn() {
        identity.setIdentity(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("can-bo-thi-dua"))
                .addRole(Roles.AWARD_OFFICER)
                .build());
        QuarkusMock.installMockForType(new SessionCsrf(), DeskCsrf.class);
    }

    /** The session's CSRF token, which the page's forms carry. */
    static final class SessionCsrf extends DeskCsrf {

        SessionCsrf() {
            super(null, "unused");
        }

        @Override
        public String token() {
            return "test-session-token";
        }
    }

    /** Lao động tiên tiến of other people of the unit, granted on a fund of their own: the quota of CSTĐ cơ sở. */
    private void laoDongTienTienOfOthers(int year, int count) {
        String[] awards = new String[count];
        for (int i = 0; i < count; i++) {
            awards[i] = awaitAward(approve(kafka, "INDIVIDUAL", LDTT, COUNCIL, unit, year));
        }
        String fund = newFund();
        budget(2025, fund, 10_000_000);
        sign(decisionBy(AwardSteps.UNIT_ISSUER, SIGNED_ON, fund, awards)).statusCode(200);
    }

    private static void committed(String fund, long expectedVnd) {
        as("award-officer")
                .get("/api/v1/budgets/2025/" + fund)
                .then()
                .statusCode(200)
                .body("committedVnd", equalTo((int) expectedVnd));
    }

    private static long grantedAmount(String nominationId) throws Exception {
        List<String> granted = AwardSteps.events(nominationId, "award.granted.v1");
        assertThat(granted).hasSize(1);
        return JsonPath.from(granted.get(0)).getLong("amountVnd");
    }
}
