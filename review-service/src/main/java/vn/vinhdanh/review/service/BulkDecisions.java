package vn.vinhdanh.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.vinhdanh.events.ReviewOutcome;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.domain.Ballot;
import vn.vinhdanh.review.domain.CaseStatus;
import vn.vinhdanh.review.domain.Meeting;
import vn.vinhdanh.review.domain.ReviewCase;

/**
 * Decisions on many cases at once, after a meeting: each case in a transaction of its own, so that one refusal (a
 * public comment period not over, a case decided meanwhile) leaves the others decided. Deliberately not
 * transactional itself.
 */
@ApplicationScoped
public class BulkDecisions {

    private final CouncilDecisions decisions;
    private final MeetingQueries meetings;

    public BulkDecisions(CouncilDecisions decisions, MeetingQueries meetings) {
        this.decisions = decisions;
        this.meetings = meetings;
    }

    /** One item's result: the outcome recorded, or the refusal that stopped it. */
    public record ItemDecision(int index, UUID caseId, ReviewOutcome outcome, ProblemException refusal) {}

    public List<ItemDecision> decideEach(DecideCases command) {
        List<ItemDecision> results = new ArrayList<>();
        for (int i = 0; i < command.items().size(); i++) {
            DecideCases.Item item = command.items().get(i);
            results.add(decideOne(i, item.caseId(), item.decision()));
        }
        return results;
    }

    /**
     * Decides every still-open case of a closed meeting from its ballot: a carried ballot approves the case, any
     * other rejects it with the tally as the reason.
     */
    public List<ItemDecision> decideFromMeeting(UUID meetingId) {
        Meeting meeting = meetings.get(meetingId);
        if (meeting.status != Meeting.Status.CLOSED) {
            throw ProblemException.conflict(
                    "meeting-open",
                    "close meeting " + meetingId + " before deciding from its ballots",
                    "Cần kết thúc bỏ phiếu phiên họp " + meetingId
                            + " trước khi ghi kết luận theo kết quả bỏ phiếu kín.");
        }
        Map<UUID, Ballot> ballots = new HashMap<>();
        meetings.ballots(meetingId).forEach(b -> ballots.put(b.caseId, b));
        List<ItemDecision> results = new ArrayList<>();
        List<ReviewCase> undecided = undecided(meetingId);
        for (int i = 0; i < undecided.size(); i++) {
            ReviewCase reviewCase = undecided.get(i);
            Ballot ballot = ballots.get(reviewCase.id);
            DecideCase decision = Boolean.TRUE.equals(ballot.passed)
                    ? new DecideCase(ReviewOutcome.APPROVED, null)
                    : new DecideCase(
                            ReviewOutcome.REJECTED,
                            "Không đạt tỷ lệ phiếu bầu: " + ballot.result().explanation());
            results.add(decideOne(i, reviewCase.id, decision));
        }
        return results;
    }

    private ItemDecision decideOne(int index, UUID caseId, DecideCase decision) {
        try {
            ReviewCase decided = decisions.decideAlone(caseId, decision);
            return new ItemDecision(index, caseId, decided.outcome, null);
        } catch (ProblemException e) {
            return new ItemDecision(index, caseId, null, e);
        }
    }

    /** Cases of a closed meeting still open: the list the results apply to. */
    private static List<ReviewCase> undecided(UUID meetingId) {
        return ReviewCase.list(
                "status = ?1 and id in (select b.caseId from Ballot b where b.meetingId = ?2"
                        + " and b.status = ?3) order by openedAt, id",
                CaseStatus.OPEN,
                meetingId,
                Ballot.Status.CLOSED);
    }
}
