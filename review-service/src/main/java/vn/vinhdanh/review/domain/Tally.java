package vn.vinhdanh.review.domain;

/**
 * The counts of one secret ballot and the arithmetic that decides it. Kept in integers: "at least 90 % of 11"
 * means approvals × 100 ≥ 90 × 11, so 10 approvals, never a rounded 9.9.
 *
 * @param eligible members entitled to vote on the case (voting seats without an unresolved conflict)
 * @param participants members who returned a ballot, in the meeting or in writing
 */
public record Tally(int eligible, int participants, int approvals, int rejections, int abstentions) {

    public record Result(boolean quorumMet, boolean passed, String explanation) {}

    public Result evaluate(
            int quorumPercent,
            boolean quorumInclusive,
            int approvalPercent,
            boolean approvalInclusive,
            VoteRule.Base base) {
        boolean quorumMet = eligible > 0 && meets(participants, eligible, quorumPercent, quorumInclusive);
        int denominator = base == VoteRule.Base.ALL_MEMBERS ? eligible : participants;
        boolean approved = denominator > 0 && meets(approvals, denominator, approvalPercent, approvalInclusive);
        String explanation =
                "%d of %d members took part (quorum %s %d%%: %s); %d approvals of %d %s (needs %s %d%%: %s)"
                        .formatted(
                                participants,
                                eligible,
                                quorumInclusive ? "≥" : ">",
                                quorumPercent,
                                quorumMet ? "met" : "not met",
                                approvals,
                                denominator,
                                base == VoteRule.Base.ALL_MEMBERS ? "members" : "ballots cast",
                                approvalInclusive ? "≥" : ">",
                                approvalPercent,
                                approved ? "met" : "not met");
        return new Result(quorumMet, quorumMet && approved, explanation);
    }

    private static boolean meets(int count, int of, int percent, boolean inclusive) {
        long left = 100L * count;
        long right = (long) percent * of;
        return inclusive ? left >= right : left > right;
    }
}
