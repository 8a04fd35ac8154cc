package vn.vinhdanh.review.rest;

import java.time.Instant;
import java.util.UUID;
import vn.vinhdanh.review.domain.Ballot;
import vn.vinhdanh.review.domain.Tally;
import vn.vinhdanh.review.domain.VoteRule;

/**
 * A ballot as anyone may see it: while it is open only how many have voted; the counts and the result once closed.
 * Individual ballot papers are not stored, so they can never be shown. {@code members} are the council's voting seats,
 * {@code recused} those of them with a conflict on the case ({@code eligible} = members − recused).
 */
public record BallotView(
        UUID caseId,
        UUID meetingId,
        Ballot.Status status,
        int eligible,
        int participants,
        int inWriting,
        Integer approvals,
        Integer rejections,
        Integer abstentions,
        Boolean passed,
        String explanation,
        Rule rule,
        Instant openedAt,
        Instant closedAt,
        Boolean votedByYou,
        int members,
        int recused) {

    public record Rule(
            int quorumPercent,
            boolean quorumInclusive,
            int approvalPercent,
            boolean approvalInclusive,
            VoteRule.Base approvalBase,
            String legalBasis,
            VoteRule.MemberBase memberBase) {}

    static BallotView of(Ballot b, Boolean votedByCaller) {
        boolean closed = b.status == Ballot.Status.CLOSED;
        Tally.Result result = closed ? b.result() : null;
        return new BallotView(
                b.caseId,
                b.meetingId,
                b.status,
                b.eligible,
                b.participants,
                b.inWriting,
                closed ? b.approvals : null,
                closed ? b.rejections : null,
                closed ? b.abstentions : null,
                closed ? b.passed : null,
                result == null ? null : result.explanation(),
                new Rule(
                        b.quorumPercent,
                        b.quorumInclusive,
                        b.approvalPercent,
                        b.approvalInclusive,
                        b.approvalBase,
                        b.ruleBasis,
                        b.memberBase),
                b.openedAt,
                b.closedAt,
                votedByCaller,
                b.members,
                b.members - b.eligible);
    }
}
