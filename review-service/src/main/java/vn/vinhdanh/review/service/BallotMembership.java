package vn.vinhdanh.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.domain.Ballot;
import vn.vinhdanh.review.domain.BallotVoter;
import vn.vinhdanh.review.domain.CaseMemberKey;
import vn.vinhdanh.review.domain.CouncilMember;
import vn.vinhdanh.review.domain.Meeting;
import vn.vinhdanh.review.domain.ReviewCase;

/**
 * Who a ballot counts: the council's voting seats, and those of them without a conflict on the case. Counted when the
 * ballot opens, again whenever a conflict is declared or lifted while it is open, and a last time when it closes, so
 * that a conflict weighs the same whenever it was declared: before the opening or during the vote.
 */
@ApplicationScoped
public class BallotMembership {

    private final ConflictPolicy conflicts;

    public BallotMembership(ConflictPolicy conflicts) {
        this.conflicts = conflicts;
    }

    /** Counts {@code voters} (the council's voting seats) and those conflicted on the case into the ballot. */
    public void count(Ballot ballot, ReviewCase reviewCase, Collection<CouncilMember> voters) {
        count(ballot, voters, conflicts.conflicted(reviewCase, voters));
    }

    /** Counts every open ballot of a meeting at once, in a few queries whatever their number. */
    public void countAll(Meeting meeting, List<Ballot> ballots) {
        if (ballots.isEmpty()) {
            return;
        }
        List<CouncilMember> voters = votersOf(meeting);
        List<UUID> caseIds = ballots.stream().map(b -> b.caseId).toList();
        List<ReviewCase> cases = ReviewCase.list("id in ?1", caseIds);
        Map<UUID, Set<String>> conflicted = conflicts.conflicted(cases, c -> voters);
        for (Ballot ballot : ballots) {
            count(ballot, voters, conflicted.getOrDefault(ballot.caseId, Set.of()));
        }
    }

    /**
     * The case's open ballot, locked against the votes and the close until the caller's transaction ends; null when the
     * case has none. A conflict about to be declared for {@code memberId} is refused once their paper is in: it is
     * counted without their name, so it cannot be taken out again (409 already-voted).
     */
    public Ballot lockOpenBallot(ReviewCase reviewCase, String memberId) {
        Ballot ballot = Ballot.findById(reviewCase.id, LockModeType.PESSIMISTIC_WRITE);
        if (ballot == null || ballot.status != Ballot.Status.OPEN) {
            return null;
        }
        if (memberId != null && BallotVoter.findById(new CaseMemberKey(reviewCase.id, memberId)) != null) {
            throw ProblemException.conflict(
                    "already-voted",
                    memberId + " has cast a ballot paper on case " + reviewCase.id
                            + "; a secret paper cannot be taken out again, so the conflict is not recorded while the"
                            + " ballot is open",
                    "Thành viên " + memberId + " đã bỏ phiếu kín về hồ sơ này; phiếu kín không rút ra được, nên không"
                            + " ghi nhận xung đột lợi ích trong lúc đang bỏ phiếu.");
        }
        return ballot;
    }

    /** After a conflict was declared or lifted on the case: its open ballot (locked by the caller) counts again. */
    public void recount(Ballot openBallot, ReviewCase reviewCase) {
        if (openBallot != null) {
            count(openBallot, reviewCase, votersOf(Meeting.findById(openBallot.meetingId)));
        }
    }

    private static List<CouncilMember> votersOf(Meeting meeting) {
        return CouncilMember.<CouncilMember>list("key.councilId = ?1", meeting.councilId).stream()
                .filter(m -> m.position.votes())
                .toList();
    }

    private static void count(Ballot ballot, Collection<CouncilMember> voters, Set<String> conflicted) {
        ballot.members = voters.size();
        ballot.eligible = (int)
                voters.stream().filter(m -> !conflicted.contains(m.memberId())).count();
    }
}
