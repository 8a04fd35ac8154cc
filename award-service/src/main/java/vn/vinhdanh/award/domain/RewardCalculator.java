package vn.vinhdanh.award.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.VietnameseNames;

/**
 * amount = multiplier (decree in force on the decision date) × base salary (in force on the decision date)
 * × collective factor (for collectives), rounded as configured.
 */
public final class RewardCalculator {

    private final Rounding rounding;

    public RewardCalculator(Rounding rounding) {
        this.rounding = rounding;
    }

    public RewardQuote quote(
            AwardType type,
            NomineeKind recipientKind,
            LocalDate decisionDate,
            Collection<RewardMultiplier> multipliersOfType,
            Collection<BaseSalary> baseSalaries) {
        if (!type.accepts(recipientKind)) {
            throw new RewardRuleException(
                    type.code + " (" + type.nameVi + ") is not granted to a "
                            + recipientKind.name().toLowerCase(),
                    "Hình thức khen thưởng " + type.code + " (" + type.nameVi + ") không áp dụng cho "
                            + VietnameseNames.of(recipientKind) + ".");
        }
        RewardMultiplier multiplier = multipliersOfType.stream()
                .filter(candidate -> candidate.awardCode.equals(type.code) && candidate.appliesOn(decisionDate))
                .findFirst()
                .orElseThrow(() -> new RewardRuleException(
                        "no reward multiplier for " + type.code + " is in force on " + decisionDate,
                        "Không có hệ số mức tiền thưởng của " + type.code + " có hiệu lực vào ngày " + decisionDate
                                + "."));
        BaseSalary baseSalary = baseSalaries.stream()
                .filter(candidate -> !candidate.effectiveFrom.isAfter(decisionDate))
                .max(Comparator.comparing(candidate -> candidate.effectiveFrom))
                .orElseThrow(() -> new RewardRuleException(
                        "no base salary is in force on " + decisionDate,
                        "Không có mức lương cơ sở có hiệu lực vào ngày " + decisionDate + "."));
        BigDecimal collectiveFactor = type.factorFor(recipientKind);
        BigDecimal exact = multiplier
                .multiplier
                .multiply(BigDecimal.valueOf(baseSalary.amountVnd))
                .multiply(collectiveFactor);
        return new RewardQuote(
                multiplier.legalBasis,
                multiplier.multiplier,
                collectiveFactor,
                baseSalary.amountVnd,
                baseSalary.legalBasis,
                rounding.apply(exact));
    }

    /**
     * The rules in force cannot price this award; nothing is granted until an officer fixes the rules. Said in English
     * ({@link #getMessage}) and in Vietnamese ({@link #vietnameseMessage}).
     */
    public static class RewardRuleException extends RuntimeException {

        private final String vietnameseMessage;

        public RewardRuleException(String message, String vietnameseMessage) {
            super(message);
            this.vietnameseMessage = vietnameseMessage;
        }

        public String vietnameseMessage() {
            return vietnameseMessage;
        }
    }
}
