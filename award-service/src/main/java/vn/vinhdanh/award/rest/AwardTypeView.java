package vn.vinhdanh.award.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.vinhdanh.award.domain.Authority;
import vn.vinhdanh.award.domain.AwardCategory;
import vn.vinhdanh.award.domain.Recipient;
import vn.vinhdanh.award.domain.RewardMultiplier;
import vn.vinhdanh.award.service.RewardRuleQueries;
import vn.vinhdanh.events.NomineeKind;

/**
 * An award type with its multiplier per legal period; {@code verified = false} marks a figure no source confirmed.
 * {@code recipientKinds} are the kinds of nominee it goes to (a household only where {@code householdFactor} is set,
 * or for a household's own title). {@code decidedByState}: decided above the province, which only proposes it (an
 * approval of it becomes an upward proposal); {@code decidedBy} says by whom, {@code PRESIDENT} or
 * {@code PRIME_MINISTER} (null when {@code decidedByState} is false). {@code category}: {@code EMULATION_TITLE} or
 * {@code COMMENDATION_FORM} (V19), null for a type not classified; several titles of one achievement pay only the
 * highest amount.
 */
public record AwardTypeView(
        String code,
        String nameVi,
        String nameEn,
        Recipient recipient,
        String grantedBy,
        BigDecimal collectiveFactor,
        BigDecimal householdFactor,
        List<NomineeKind> recipientKinds,
        boolean decidedByState,
        AwardCategory category,
        Authority decidedBy,
        List<Period> multipliers) {

    public record Period(
            String legalBasis,
            LocalDate validFrom,
            LocalDate validTo,
            BigDecimal multiplier,
            boolean verified,
            String source,
            int revision) {

        static Period of(RewardMultiplier m) {
            return new Period(m.legalBasis, m.validFrom, m.validTo, m.multiplier, m.verified, m.source, m.revision);
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
                t.householdFactor,
                t.recipientKinds(),
                t.decidedByState,
                t.category,
                t.decidedAbove,
                withRules.multipliers().stream().map(Period::of).toList());
    }
}
