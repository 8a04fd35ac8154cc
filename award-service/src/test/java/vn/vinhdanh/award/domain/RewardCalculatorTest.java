package vn.vinhdanh.award.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.events.NomineeKind;

/** Amounts pinned to published figures; the rows mirror the seeded catalogue. */
class RewardCalculatorTest {

    private static final List<BaseSalary> BASE_SALARIES = List.of(
            salary("2017-07-01", 1_300_000),
            salary("2018-07-01", 1_390_000),
            salary("2019-07-01", 1_490_000),
            salary("2023-07-01", 1_800_000),
            salary("2024-07-01", 2_340_000));

    private static final AwardType CERTIFICATE_OF_MERIT = type("BANG_KHEN_CHU_TICH_UBND_TINH", Recipient.ANY, "2");
    private static final List<RewardMultiplier> CERTIFICATE_RULES = List.of(
            rule("BANG_KHEN_CHU_TICH_UBND_TINH", "NĐ 91/2017/NĐ-CP", "2017-10-01", "2023-12-31", "1.0"),
            rule("BANG_KHEN_CHU_TICH_UBND_TINH", "NĐ 98/2023/NĐ-CP", "2024-01-01", "2025-06-30", "1.0"),
            rule("BANG_KHEN_CHU_TICH_UBND_TINH", "NĐ 152/2025/NĐ-CP", "2025-07-01", null, "1.5"));

    private static final AwardType PROVINCIAL_FLAG = type("CO_THI_DUA_UBND_TINH", Recipient.COLLECTIVE, "1");
    private static final List<RewardMultiplier> FLAG_RULES = List.of(
            rule("CO_THI_DUA_UBND_TINH", "NĐ 91/2017/NĐ-CP", "2017-10-01", "2023-12-31", "8"),
            rule("CO_THI_DUA_UBND_TINH", "NĐ 98/2023/NĐ-CP", "2024-01-01", "2025-06-30", "8"),
            rule("CO_THI_DUA_UBND_TINH", "NĐ 152/2025/NĐ-CP", "2025-07-01", null, "8"));

    private static final AwardType ADVANCED_WORKER = type("LAO_DONG_TIEN_TIEN", Recipient.INDIVIDUAL, "1");
    private static final List<RewardMultiplier> ADVANCED_WORKER_RULES =
            List.of(rule("LAO_DONG_TIEN_TIEN", "NĐ 152/2025/NĐ-CP", "2025-07-01", null, "0.3"));

    private final RewardCalculator roundUp = new RewardCalculator(new Rounding(Rounding.Mode.UP, 10_000));

    @Test
    void provincialCertificateOfMeritUnderDecree152() {
        RewardQuote person = quote(CERTIFICATE_OF_MERIT, NomineeKind.INDIVIDUAL, "2025-07-01", CERTIFICATE_RULES);
        assertThat(person.amountVnd()).isEqualTo(3_510_000);
        assertThat(person.legalBasis()).isEqualTo("NĐ 152/2025/NĐ-CP");
        assertThat(person.baseSalaryVnd()).isEqualTo(2_340_000);

        RewardQuote collective = quote(CERTIFICATE_OF_MERIT, NomineeKind.COLLECTIVE, "2025-11-20", CERTIFICATE_RULES);
        assertThat(collective.amountVnd()).isEqualTo(7_020_000);
        assertThat(collective.collectiveFactor()).isEqualByComparingTo("2");
    }

    @Test
    void theDayBeforeDecree152TheOldMultiplierApplies() {
        RewardQuote lastDay = quote(CERTIFICATE_OF_MERIT, NomineeKind.INDIVIDUAL, "2025-06-30", CERTIFICATE_RULES);
        assertThat(lastDay.legalBasis()).isEqualTo("NĐ 98/2023/NĐ-CP");
        assertThat(lastDay.amountVnd()).isEqualTo(2_340_000);
    }

    @Test
    void provincialEmulationFlagFollowsTheBaseSalaryOfTheDecisionDate() {
        assertThat(quote(PROVINCIAL_FLAG, NomineeKind.COLLECTIVE, "2024-07-01", FLAG_RULES)
                        .amountVnd())
                .isEqualTo(18_720_000);
        assertThat(quote(PROVINCIAL_FLAG, NomineeKind.COLLECTIVE, "2024-06-30", FLAG_RULES)
                        .amountVnd())
                .isEqualTo(14_400_000);
    }

    @Test
    void aDecisionIn2018UsesThe2018BaseSalary() {
        RewardQuote quote = quote(CERTIFICATE_OF_MERIT, NomineeKind.INDIVIDUAL, "2018-10-15", CERTIFICATE_RULES);
        assertThat(quote.baseSalaryVnd()).isEqualTo(1_390_000);
        assertThat(quote.amountVnd()).isEqualTo(1_390_000);
        assertThat(quote(CERTIFICATE_OF_MERIT, NomineeKind.INDIVIDUAL, "2018-06-30", CERTIFICATE_RULES)
                        .baseSalaryVnd())
                .isEqualTo(1_300_000);
        assertThat(quote(CERTIFICATE_OF_MERIT, NomineeKind.COLLECTIVE, "2018-07-01", CERTIFICATE_RULES)
                        .amountVnd())
                .isEqualTo(2_780_000);
    }

    @Test
    void roundingIsConfigurable() {
        // 0.3 × 2,340,000 = 702,000
        assertThat(quote(ADVANCED_WORKER, NomineeKind.INDIVIDUAL, "2025-09-02", ADVANCED_WORKER_RULES)
                        .amountVnd())
                .isEqualTo(710_000);
        RewardCalculator halfUp = new RewardCalculator(new Rounding(Rounding.Mode.HALF_UP, 10_000));
        assertThat(halfUp.quote(
                                ADVANCED_WORKER,
                                NomineeKind.INDIVIDUAL,
                                LocalDate.parse("2025-09-02"),
                                ADVANCED_WORKER_RULES,
                                BASE_SALARIES)
                        .amountVnd())
                .isEqualTo(700_000);
        RewardCalculator exact = new RewardCalculator(new Rounding(Rounding.Mode.NONE, 1));
        assertThat(exact.quote(
                                ADVANCED_WORKER,
                                NomineeKind.INDIVIDUAL,
                                LocalDate.parse("2025-09-02"),
                                ADVANCED_WORKER_RULES,
                                BASE_SALARIES)
                        .amountVnd())
                .isEqualTo(702_000);
    }

    @Test
    void refusesWhatTheRulesCannotPrice() {
        assertThatThrownBy(() -> quote(PROVINCIAL_FLAG, NomineeKind.INDIVIDUAL, "2025-09-02", FLAG_RULES))
                .isInstanceOf(RewardCalculator.RewardRuleException.class)
                .hasMessageContaining("not granted to a individual");
        assertThatThrownBy(() -> quote(CERTIFICATE_OF_MERIT, NomineeKind.INDIVIDUAL, "2017-09-30", CERTIFICATE_RULES))
                .isInstanceOf(RewardCalculator.RewardRuleException.class)
                .hasMessageContaining("no reward multiplier");
        assertThatThrownBy(() -> roundUp.quote(
                        CERTIFICATE_OF_MERIT,
                        NomineeKind.INDIVIDUAL,
                        LocalDate.parse("2017-12-01"),
                        CERTIFICATE_RULES,
                        List.of(salary("2018-07-01", 1_390_000))))
                .isInstanceOf(RewardCalculator.RewardRuleException.class)
                .hasMessageContaining("no base salary");
    }

    private RewardQuote quote(AwardType type, NomineeKind kind, String date, List<RewardMultiplier> rules) {
        return roundUp.quote(type, kind, LocalDate.parse(date), rules, BASE_SALARIES);
    }

    private static BaseSalary salary(String from, long amount) {
        BaseSalary salary = new BaseSalary();
        salary.effectiveFrom = LocalDate.parse(from);
        salary.amountVnd = amount;
        salary.legalBasis = "test";
        return salary;
    }

    private static AwardType type(String code, Recipient recipient, String collectiveFactor) {
        AwardType type = new AwardType();
        type.code = code;
        type.nameVi = code;
        type.nameEn = code;
        type.recipient = recipient;
        type.grantedBy = "Chủ tịch UBND tỉnh";
        type.collectiveFactor = new BigDecimal(collectiveFactor);
        return type;
    }

    private static RewardMultiplier rule(String code, String basis, String from, String to, String multiplier) {
        RewardMultiplier rule = new RewardMultiplier();
        rule.id = UUID.randomUUID();
        rule.awardCode = code;
        rule.legalBasis = basis;
        rule.validFrom = LocalDate.parse(from);
        rule.validTo = to == null ? null : LocalDate.parse(to);
        rule.multiplier = new BigDecimal(multiplier);
        rule.verified = true;
        return rule;
    }
}
