package vn.vinhdanh.award.service;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.RewardPrinciple;
import vn.vinhdanh.events.NomineeKind;

/**
 * The notes {@link HighestAmountRule} leaves on an award, in Vietnamese as the decision is: what it would have paid,
 * what it pays and why, citing the decree in force on the decision's date.
 */
final class PaymentNotes {

    private static final String RULE = "Chỉ nhận mức tiền thưởng cao nhất";
    private static final int LISTED = 3;
    private static final int MAX_LENGTH = 1000;

    private final RewardPrinciple principle;

    PaymentNotes(RewardPrinciple principle) {
        this.principle = principle;
    }

    /** A lower title of the same achievement as a higher one in the same decision: it pays nothing. */
    String belowInDecision(Award lower, Award highest) {
        return bounded(RULE + ": cùng một thành tích (" + achievement(lower) + "), " + lower.recipientName + " nhận "
                + highest.awardName + " trong quyết định này với mức " + vnd(highest.pricedAmountVnd) + "; "
                + lower.awardName + " (" + vnd(lower.pricedAmountVnd) + ") không được chi tiền thưởng ("
                + principle.citation() + ").");
    }

    /** The highest title of the decision, after titles of the same achievement already paid: it pays {@code paidVnd}. */
    String afterEarlier(Award award, List<Award> earlier, long alreadyPaid, long paidVnd) {
        String paid = listed(earlier.stream()
                .map(a -> a.awardName + " (Quyết định số " + a.decisionNumber + ", " + vnd(a.amountVnd) + ")")
                .toList());
        String outcome = paidVnd > 0
                ? "chỉ được chi phần chênh lệch " + vnd(paidVnd)
                : "không cao hơn nên không được chi tiền thưởng";
        return bounded(RULE + ": cùng một thành tích (" + achievement(award) + "), " + award.recipientName
                + " đã được chi " + vnd(alreadyPaid) + " theo " + paid + "; " + award.awardName + " ("
                + vnd(award.pricedAmountVnd) + ") " + outcome + " (" + principle.citation() + ").");
    }

    /** A title whose namesake's title cannot be told to be the same person's for the same achievement. */
    String notApplied(Award award, List<Award> namesakes) {
        String others = listed(namesakes.stream()
                .map(a -> a.awardName
                        + (a.decisionNumber == null
                                ? " trong quyết định này"
                                : " (Quyết định số " + a.decisionNumber + ")"))
                .toList());
        return bounded("Chưa áp dụng nguyên tắc " + RULE.toLowerCase(Locale.ROOT) + " (" + principle.citation()
                + "): không xác định được " + award.recipientName + " có phải cùng một người, cùng một thành tích với "
                + others + " hay không (" + missing(award, namesakes) + "); chi đủ mức tiền thưởng "
                + vnd(award.pricedAmountVnd) + ".");
    }

    /** What the awards do not record: the movement, or what tells the recipient apart from a namesake. */
    private static String missing(Award award, List<Award> namesakes) {
        List<Award> all = new ArrayList<>(namesakes);
        all.add(award);
        boolean noMovement = all.stream().anyMatch(a -> a.movementId == null);
        boolean individual = award.recipientKind == NomineeKind.INDIVIDUAL;
        boolean noDistinction = all.stream()
                .anyMatch(a ->
                        individual ? a.recipientBirthYear == null : a.organization == null || a.organization.isBlank());
        String distinction = individual ? "năm sinh" : "địa bàn, đơn vị";
        if (noMovement && noDistinction) {
            return "không ghi phong trào thi đua và " + distinction;
        }
        return "không ghi " + (noMovement ? "phong trào thi đua" : distinction);
    }

    /** At most three named, so that a common name's many titles do not drown the note. */
    private static String listed(List<String> items) {
        if (items.size() <= LISTED) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, LISTED)) + " và " + (items.size() - LISTED) + " khen thưởng khác";
    }

    /** The column holds 1000 characters: a long note is cut rather than failing the signing. */
    private static String bounded(String note) {
        return note.length() <= MAX_LENGTH ? note : note.substring(0, MAX_LENGTH - 1) + "…";
    }

    private static String achievement(Award award) {
        return (award.movementName == null ? "" : award.movementName + ", ") + "năm " + award.movementYear;
    }

    private static String vnd(long amount) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(amount) + " đồng";
    }
}
