package vn.vinhdanh.review.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The counts of one secret ballot and the arithmetic that decides it. Kept in integers: "at least 90 % of 11"
 * means approvals × 100 ≥ 90 × 11, so 10 approvals, never a rounded 9.9. The percentage in the explanation is only
 * shown, cut (not rounded) to one decimal so that it never reads as meeting a threshold the integers did not meet.
 *
 * @param members the council's voting seats, recused members included
 * @param eligible members entitled to vote on the case (voting seats without an unresolved conflict)
 * @param participants members who returned a ballot, in the meeting or in writing
 */
public record Tally(int members, int eligible, int participants, int approvals, int rejections, int abstentions) {

    /** A ballot nobody was recused from: every member is entitled to vote. */
    public Tally(int eligible, int participants, int approvals, int rejections, int abstentions) {
        this(eligible, eligible, participants, approvals, rejections, abstentions);
    }

    /** The outcome, and how it was reached in words: in English for the API, in Vietnamese for the council's pages. */
    public record Result(boolean quorumMet, boolean passed, String explanation, String explanationVi) {}

    /** Voting seats with a conflict of interest on the case. */
    public int recused() {
        return members - eligible;
    }

    /** The members the quorum and an all-members threshold are counted against. */
    public int memberCount(VoteRule.MemberBase memberBase) {
        return memberBase == VoteRule.MemberBase.FULL_MEMBERSHIP ? members : eligible;
    }

    /** As before member bases existed: a recused member leaves the base. */
    public Result evaluate(
            int quorumPercent,
            boolean quorumInclusive,
            int approvalPercent,
            boolean approvalInclusive,
            VoteRule.Base base) {
        return evaluate(
                quorumPercent,
                quorumInclusive,
                approvalPercent,
                approvalInclusive,
                base,
                VoteRule.MemberBase.VOTING_MEMBERS);
    }

    public Result evaluate(
            int quorumPercent,
            boolean quorumInclusive,
            int approvalPercent,
            boolean approvalInclusive,
            VoteRule.Base base,
            VoteRule.MemberBase memberBase) {
        int memberCount = memberCount(memberBase);
        boolean quorumMet = memberCount > 0 && meets(participants, memberCount, quorumPercent, quorumInclusive);
        boolean allMembers = base == VoteRule.Base.ALL_MEMBERS;
        int denominator = allMembers ? memberCount : participants;
        boolean approved = denominator > 0 && meets(approvals, denominator, approvalPercent, approvalInclusive);
        String comparison = approved ? (approvalInclusive ? "≥" : ">") : (approvalInclusive ? "<" : "≤");
        String explanation = ("%d of %d members took part (quorum %s %d%%: %s); %d approvals of %d %s (needs %s %d%%:"
                        + " %s): %d/%d = %s %s %d %% (base: %s)")
                .formatted(
                        participants,
                        memberCount,
                        quorumInclusive ? "≥" : ">",
                        quorumPercent,
                        quorumMet ? "met" : "not met",
                        approvals,
                        denominator,
                        allMembers ? "members" : "ballots cast",
                        approvalInclusive ? "≥" : ">",
                        approvalPercent,
                        approved ? "met" : "not met",
                        approvals,
                        denominator,
                        percent(approvals, denominator, Locale.ROOT),
                        comparison,
                        approvalPercent,
                        baseInEnglish(allMembers, memberBase, denominator));
        String explanationVi = ("%d/%d thành viên tham gia (cần %s %d %%: %s); %d phiếu đồng ý trên %d %s = %s (cần %s"
                        + " %d %%: %s); cơ sở tính: %s.")
                .formatted(
                        participants,
                        memberCount,
                        quorumInclusive ? "≥" : ">",
                        quorumPercent,
                        quorumMet ? "đạt" : "không đạt",
                        approvals,
                        denominator,
                        allMembers ? "thành viên" : "phiếu bầu",
                        percent(approvals, denominator, Locale.forLanguageTag("vi")),
                        approvalInclusive ? "≥" : ">",
                        approvalPercent,
                        approved ? "đạt" : "không đạt",
                        baseInVietnamese(allMembers, memberBase, denominator));
        return new Result(quorumMet, quorumMet && approved, explanation, explanationVi);
    }

    private String baseInEnglish(boolean allMembers, VoteRule.MemberBase memberBase, int denominator) {
        if (!allMembers) {
            return "the " + denominator + " ballots cast";
        }
        if (memberBase == VoteRule.MemberBase.FULL_MEMBERSHIP) {
            return "all " + denominator + " members"
                    + (recused() > 0 ? ", " + recused() + " recused counted as not approving" : "");
        }
        return "the " + denominator + " members entitled to vote"
                + (recused() > 0 ? ", " + recused() + " recused left out" : "");
    }

    private String baseInVietnamese(boolean allMembers, VoteRule.MemberBase memberBase, int denominator) {
        if (!allMembers) {
            return denominator + " phiếu bầu";
        }
        if (memberBase == VoteRule.MemberBase.FULL_MEMBERSHIP) {
            return "toàn bộ " + denominator + " thành viên Hội đồng"
                    + (recused() > 0
                            ? ", trong đó " + recused() + " thành viên có xung đột lợi ích được tính là không đồng ý"
                            : "");
        }
        return denominator + " thành viên có quyền biểu quyết"
                + (recused() > 0 ? ", không tính " + recused() + " thành viên có xung đột lợi ích" : "");
    }

    private static String percent(int count, int of, Locale locale) {
        BigDecimal share = of == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(100L * count).divide(BigDecimal.valueOf(of), 1, RoundingMode.DOWN);
        DecimalFormat format = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(locale));
        return format.format(share) + " %";
    }

    private static boolean meets(int count, int of, int percent, boolean inclusive) {
        long left = 100L * count;
        long right = (long) percent * of;
        return inclusive ? left >= right : left > right;
    }
}
