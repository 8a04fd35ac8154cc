package vn.vinhdanh.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.domain.Ballot;
import vn.vinhdanh.review.domain.Council;
import vn.vinhdanh.review.domain.CouncilMember;
import vn.vinhdanh.review.domain.Meeting;
import vn.vinhdanh.review.domain.ReviewCase;
import vn.vinhdanh.review.domain.VoteRule;

/**
 * The secretary opens a council meeting with a secret ballot on each case of its agenda, and closes it, which fixes
 * every result under the rule the ballot opened with.
 */
@ApplicationScoped
public class CouncilMeetings {

    private final MeetingQueries meetings;
    private final BallotMembership membership;
    private final Caller caller;
    private final AuditTrail audit;
    private final Clock clock;

    public CouncilMeetings(
            MeetingQueries meetings, BallotMembership membership, Caller caller, AuditTrail audit, Clock clock) {
        this.meetings = meetings;
        this.membership = membership;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens a ballot on every listed case, with the vote rule of its title and level in force on the meeting's day
     * copied in.
     */
    @Transactional
    public Meeting open(OpenMeeting command) {
        Council council = Council.<Council>findByIdOptional(command.councilId())
                .orElseThrow(() -> ProblemException.invalidField(
                        "councilId",
                        "no council with id " + command.councilId(),
                        "Không tìm thấy hội đồng có mã " + command.councilId()));
        if (new HashSet<>(command.caseIds()).size() != command.caseIds().size()) {
            throw ProblemException.invalidField(
                    "caseIds", "a case is listed twice", "Có hồ sơ được đưa vào chương trình phiên họp hai lần");
        }
        Map<UUID, ReviewCase> cases = ReviewCase.<ReviewCase>list("id in ?1", command.caseIds()).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<CouncilMember> voters =
                council.members().stream().filter(m -> m.position.votes()).toList();
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.councilId = council.id;
        meeting.title = command.title().strip();
        meeting.heldOn = command.heldOn();
        meeting.status = Meeting.Status.VOTING;
        meeting.createdBy = caller.label();
        meeting.createdAt = Instant.now(clock);
        meeting.persist();
        for (int i = 0; i < command.caseIds().size(); i++) {
            UUID caseId = command.caseIds().get(i);
            ReviewCase reviewCase = cases.get(caseId);
            String field = "caseIds[" + i + "]";
            if (reviewCase == null) {
                throw ProblemException.invalidField(
                        field, "no review case " + caseId, "Không tìm thấy hồ sơ xét " + caseId);
            }
            if (!council.id.equals(reviewCase.councilId)) {
                throw ProblemException.invalidField(
                        field,
                        "case " + caseId + " is not before council " + council.id,
                        "Hồ sơ xét " + caseId + " không thuộc hội đồng " + council.id + " xét");
            }
            reviewCase.requireOpen();
            if (Ballot.findById(caseId) != null) {
                throw ProblemException.conflict(
                        "ballot-exists",
                        "case " + caseId + " has had its ballot already",
                        "Hồ sơ xét " + caseId + " đã được đưa ra bỏ phiếu kín.");
            }
            VoteRule rule = VoteRule.applicable(reviewCase.proposedAward, reviewCase.level, command.heldOn());
            reviewCase.requirePublicCommentOver(rule, command.heldOn());
            Ballot ballot = new Ballot();
            ballot.caseId = caseId;
            ballot.meetingId = meeting.id;
            ballot.status = Ballot.Status.OPEN;
            membership.count(ballot, reviewCase, voters);
            ballot.voteUnder(rule);
            ballot.openedAt = meeting.createdAt;
            ballot.persist();
        }
        audit.record(
                "review.meeting.open",
                "meeting",
                meeting.id,
                meeting.title + ": " + command.caseIds().size() + " cases");
        return meeting;
    }

    /**
     * Closes every open ballot of the meeting and fixes its result under the rule copied in at opening, with the
     * members and conflicts as they stand now.
     */
    @Transactional
    public Meeting close(UUID meetingId) {
        Meeting meeting = meetings.get(meetingId);
        if (meeting.status != Meeting.Status.VOTING) {
            throw ProblemException.conflict(
                    "meeting-closed",
                    "meeting " + meetingId + " is closed already",
                    "Phiên họp " + meetingId + " đã kết thúc bỏ phiếu.");
        }
        Instant now = Instant.now(clock);
        List<String> results = new ArrayList<>();
        // locked, so that a ballot paper being counted now is either in before the close or refused after it
        List<Ballot> ballots = Ballot.<Ballot>find("meetingId = ?1 order by caseId", meetingId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
        membership.countAll(
                meeting,
                ballots.stream().filter(b -> b.status == Ballot.Status.OPEN).toList());
        for (Ballot ballot : ballots) {
            if (ballot.status == Ballot.Status.OPEN) {
                ballot.status = Ballot.Status.CLOSED;
                ballot.closedAt = now;
                ballot.passed = ballot.result().passed();
                results.add(ballot.caseId + ": " + (ballot.passed ? "carried" : "not carried"));
            }
        }
        meeting.status = Meeting.Status.CLOSED;
        meeting.closedAt = now;
        audit.record("review.meeting.close", "meeting", meetingId, String.join("; ", results));
        return meeting;
    }
}
