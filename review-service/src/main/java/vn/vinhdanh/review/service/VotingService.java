package vn.vinhdanh.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.domain.Ballot;
import vn.vinhdanh.review.domain.BallotVoter;
import vn.vinhdanh.review.domain.CaseMemberKey;
import vn.vinhdanh.review.domain.CaseStatus;
import vn.vinhdanh.review.domain.Council;
import vn.vinhdanh.review.domain.CouncilMember;
import vn.vinhdanh.review.domain.Meeting;
import vn.vinhdanh.review.domain.ReviewCase;
import vn.vinhdanh.review.domain.VoteChoice;
import vn.vinhdanh.review.domain.VoteRule;
import vn.vinhdanh.review.rest.MeetingRequest;
import vn.vinhdanh.review.rest.VotesRequest;

/**
 * Council meetings and their secret ballots. A ballot stores counts only; the voter list says who has voted, never
 * how, and the counts are shown once the ballot is closed.
 */
@ApplicationScoped
public class VotingService {

    private final Caller caller;
    private final AuditTrail audit;
    private final ConflictPolicy conflicts;

    public VotingService(Caller caller, AuditTrail audit, ConflictPolicy conflicts) {
        this.caller = caller;
        this.audit = audit;
        this.conflicts = conflicts;
    }

    /** Opens a ballot on every listed case, with the vote rule of its title and level copied in. */
    @Transactional
    public Meeting open(MeetingRequest request) {
        Council council = Council.<Council>findByIdOptional(request.councilId())
                .orElseThrow(() -> ProblemException.invalidField("councilId", "no council with id "
                        + request.councilId()));
        if (new HashSet<>(request.caseIds()).size() != request.caseIds().size()) {
            throw ProblemException.invalidField("caseIds", "a case is listed twice");
        }
        Map<UUID, ReviewCase> cases = ReviewCase.<ReviewCase>list("id in ?1", request.caseIds()).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<CouncilMember> voters = council.members().stream().filter(m -> m.position.votes()).toList();
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.councilId = council.id;
        meeting.title = request.title().strip();
        meeting.heldOn = request.heldOn();
        meeting.status = Meeting.Status.VOTING;
        meeting.createdBy = caller.label();
        meeting.createdAt = Instant.now();
        meeting.persist();
        for (int i = 0; i < request.caseIds().size(); i++) {
            UUID caseId = request.caseIds().get(i);
            ReviewCase reviewCase = cases.get(caseId);
            String field = "caseIds[" + i + "]";
            if (reviewCase == null) {
                throw ProblemException.invalidField(field, "no review case " + caseId);
            }
            if (!council.id.equals(reviewCase.councilId)) {
                throw ProblemException.invalidField(field, "case " + caseId + " is not before council " + council.id);
            }
            reviewCase.requireOpen();
            if (Ballot.findById(caseId) != null) {
                throw ProblemException.conflict("ballot-exists", "case " + caseId + " has had its ballot already");
            }
            VoteRule rule = VoteRule.applicable(reviewCase.proposedAward, reviewCase.level);
            ReviewService.requirePublicCommentOver(reviewCase, rule, request.heldOn());
            Set<String> conflicted = conflicts.conflicted(reviewCase, voters);
            Ballot ballot = new Ballot();
            ballot.caseId = caseId;
            ballot.meetingId = meeting.id;
            ballot.status = Ballot.Status.OPEN;
            ballot.eligible = (int) voters.stream().filter(m -> !conflicted.contains(m.memberId())).count();
            ballot.quorumPercent = rule.quorumPercent;
            ballot.quorumInclusive = rule.quorumInclusive;
            ballot.approvalPercent = rule.approvalPercent;
            ballot.approvalInclusive = rule.approvalInclusive;
            ballot.approvalBase = rule.approvalBase;
            ballot.ruleBasis = rule.legalBasis;
            ballot.openedAt = meeting.createdAt;
            ballot.persist();
        }
        audit.record("review.meeting.open", "meeting", meeting.id, meeting.title + ": " + request.caseIds().size()
                + " cases");
        return meeting;
    }

    /**
     * Records the caller's ballot papers: once per case, only from a voting seat without a conflict. A member absent
     * from the meeting votes in writing. The choice only ever increments a count.
     */
    @Transactional
    public int vote(UUID meetingId, VotesRequest request) {
        Meeting meeting = get(meetingId);
        if (meeting.status != Meeting.Status.VOTING) {
            throw ProblemException.conflict("meeting-closed", "meeting " + meetingId + " is closed");
        }
        CouncilMember member = CouncilMember.of(meeting.councilId, caller.id())
                .filter(m -> m.position.votes() && caller.has(Roles.COUNCIL_MEMBER))
                .orElseThrow(() -> ProblemException.forbidden("only the council's voting members vote"));
        // a member votes on a whole agenda at once (hundreds of cases): everything is read in a few queries and
        // written in a few statements, whatever the number of ballot papers
        List<VotesRequest.Vote> votes = request.votes();
        List<UUID> caseIds = votes.stream().map(VotesRequest.Vote::caseId).toList();
        Map<UUID, Ballot> ballots = Ballot.<Ballot>list("caseId in ?1", caseIds).stream()
                .collect(Collectors.toMap(b -> b.caseId, Function.identity()));
        Map<UUID, ReviewCase> cases = ReviewCase.<ReviewCase>list("id in ?1", caseIds).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        Map<UUID, String> conflicted = conflicts.conflictsOf(cases.values(), member);
        Set<UUID> alreadyVoted = BallotVoter.<BallotVoter>list("key.caseId in ?1 and key.memberId = ?2", caseIds,
                member.memberId()).stream().map(v -> v.key.caseId()).collect(Collectors.toSet());
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < votes.size(); i++) {
            UUID caseId = votes.get(i).caseId();
            String field = "votes[" + i + "].caseId";
            if (!seen.add(caseId)) {
                throw ProblemException.invalidField(field, "case " + caseId + " is voted on twice");
            }
            Ballot ballot = ballots.get(caseId);
            if (ballot == null || !ballot.meetingId.equals(meetingId)) {
                throw ProblemException.invalidField(field, "case " + caseId + " is not on the agenda of meeting "
                        + meetingId);
            }
            if (ballot.status != Ballot.Status.OPEN) {
                throw ProblemException.conflict("ballot-closed", "the ballot on case " + caseId + " is "
                        + ballot.status);
            }
            if (conflicted.containsKey(caseId)) {
                throw ProblemException.conflict("conflict-of-interest", "you have a conflict of interest on case "
                        + caseId + " and do not vote on it");
            }
            if (alreadyVoted.contains(caseId)) {
                throw ProblemException.conflict("already-voted", "you have voted on case " + caseId);
            }
        }
        Map<VoteChoice, List<UUID>> byChoice = new java.util.EnumMap<>(VoteChoice.class);
        for (VotesRequest.Vote vote : votes) {
            BallotVoter voter = new BallotVoter();
            voter.key = new CaseMemberKey(vote.caseId(), member.memberId());
            voter.inWriting = request.inWriting();
            voter.persist();
            byChoice.computeIfAbsent(vote.choice(), c -> new ArrayList<>()).add(vote.caseId());
        }
        // counted in the statement itself, so that concurrent ballot papers never lose a count
        byChoice.forEach((choice, ids) -> {
            String counter = switch (choice) {
                case APPROVE -> "approvals";
                case REJECT -> "rejections";
                case ABSTAIN -> "abstentions";
            };
            int counted = Ballot.update(counter + " = " + counter + " + 1, participants = participants + 1,"
                    + " inWriting = inWriting + " + (request.inWriting() ? 1 : 0) + " where caseId in ?1 and status = ?2",
                    ids, Ballot.Status.OPEN);
            if (counted != ids.size()) {
                throw ProblemException.conflict("ballot-closed", "the meeting's ballots closed while these "
                        + votes.size() + " ballot papers were being counted; none of them was counted");
            }
        });
        audit.record("review.vote", "meeting", meetingId, request.votes().size() + " ballot papers"
                + (request.inWriting() ? " in writing" : ""));
        return request.votes().size();
    }

    /** Closes every open ballot of the meeting and fixes its result under the rule copied in at opening. */
    @Transactional
    public Meeting close(UUID meetingId) {
        Meeting meeting = get(meetingId);
        if (meeting.status != Meeting.Status.VOTING) {
            throw ProblemException.conflict("meeting-closed", "meeting " + meetingId + " is closed already");
        }
        Instant now = Instant.now();
        List<String> results = new ArrayList<>();
        // locked, so that a ballot paper being counted now is either in before the close or refused after it
        List<Ballot> ballots = Ballot.<Ballot>find("meetingId = ?1 order by caseId", meetingId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
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

    public Meeting get(UUID meetingId) {
        return Meeting.<Meeting>findByIdOptional(meetingId)
                .orElseThrow(() -> ProblemException.notFound("meeting", meetingId));
    }

    public List<Meeting> list(UUID councilId, int page, int size) {
        if (councilId != null) {
            return Meeting.<Meeting>find("councilId = ?1 order by heldOn desc, id", councilId).page(page, size).list();
        }
        return Meeting.<Meeting>find("order by heldOn desc, id").page(page, size).list();
    }

    public List<Ballot> ballots(UUID meetingId) {
        return Ballot.list("meetingId = ?1 order by caseId", meetingId);
    }

    public Map<UUID, ReviewCase> casesOf(List<Ballot> ballots) {
        if (ballots.isEmpty()) {
            return Map.of();
        }
        return ReviewCase.<ReviewCase>list("id in ?1", ballots.stream().map(b -> b.caseId).toList()).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
    }

    /** Whether the caller has voted on each case of the meeting, for their voting screen. */
    public Set<UUID> votedByCaller(UUID meetingId) {
        return BallotVoter.<BallotVoter>list(
                "key.memberId = ?1 and key.caseId in (select b.caseId from Ballot b where b.meetingId = ?2)",
                caller.id(), meetingId).stream().map(v -> v.key.caseId()).collect(Collectors.toSet());
    }

    /** Cases of a closed meeting still open: the list the bulk decision applies the results to. */
    public List<ReviewCase> undecided(UUID meetingId) {
        return ReviewCase.list("status = ?1 and id in (select b.caseId from Ballot b where b.meetingId = ?2"
                + " and b.status = ?3) order by openedAt, id", CaseStatus.OPEN, meetingId, Ballot.Status.CLOSED);
    }
}
