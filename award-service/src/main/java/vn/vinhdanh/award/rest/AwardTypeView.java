package vn.vinhdanh.award.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.vinhdanh.award.domain.Recipient;
import vn.vinhdanh.award.domain.RewardMultiplier;
import vn.vinhdanh.award.service.RewardRuleQueries;

/** An award type with its multiplier per legal period; {@code verified = false} marks a figure no source confirmed. */
public record AwardTypeView(
        String code,
        String nameVi,
        String nameEn,
        Recipient recipient,
        String grantedBy,
        BigDecimal collectiveFactor,
        List<Period> multipliers) {

    public record Period(
            String legalBasis,
            LocalDate validFrom,
            LocalDate validTo,
            BigDecimal multiplier,
            boolean verified,
            String source) {

        static Period of(RewardMultiplier m) {
            return new Period(m.legalBasis, m.validFrom, m.validTo, m.multiplier, m.verified, m.source);
        }
    }

    static AwardTypeView of(RewardRuleQueries.AwardTypeWithRules withRules) {
        var t = withRules.type();
        return new AwardTypeView(
                t.code,
                t.nameVi,
                t.nameEn,
                t.recipient,
                t.grantedBy,
                t.collectiveFactor,
                withRules.multipliers().stream().map(Period::of).toList());
    }
}
