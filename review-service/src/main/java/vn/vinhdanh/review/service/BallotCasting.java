package vn.vinhdanh.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
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
import vn.vinhdanh.review.domain.CouncilMember;
import vn.vinhdanh.review.domain.Meeting;
import vn.vinhdanh.review.domain.ReviewCase;
import vn.vinhdanh.review.domain.VoteChoice;

/**
 * A council member casts secret ballot papers in a meeting. A ballot stores counts only; the voter list says who has
 * voted, never how, and the counts are shown once the ballot is closed.
 */
@ApplicationScoped
public class BallotCasting {

    private final MeetingQueries meetings;
    private final ConflictPolicy conflicts;
    private final Caller caller;
    private final AuditTrail audit;

    public BallotCasting(MeetingQueries meetings, ConflictPolicy conflicts, Caller caller, AuditTrail audit) {
        this.meetings = meetings;
        this.conflicts = conflicts;
        this.caller = caller;
        this.audit = audit;
    }

    /**
     * Records the caller's ballot papers: once per case, only from a voting seat without a conflict. A member absent
     * from the meeting votes in writing. The choice only ever increments a count.
     *
     * @return how many papers were counted
     */
    @Transactional
    public int vote(UUID meetingId, CastVotes command) {
        Meeting meeting = meetings.get(meetingId);
        if (meeting.status != Meeting.Status.VOTING) {
            throw ProblemException.conflict(
                    "meeting-closed", "meeting " + meetingId + " is closed", "Phiên họp đã kết thúc bỏ phiếu.");
        }
        CouncilMember member = CouncilMember.of(meeting.councilId, caller.seat())
                .filter(m -> m.position.votes() && caller.has(Roles.COUNCIL_MEMBER))
                .orElseThrow(() -> ProblemException.forbidden(
                        "only the council's voting members vote",
                        "Chỉ thành viên hội đồng có quyền biểu quyết mới được bỏ phiếu."));
        // a member votes on a whole agenda at once (hundreds of cases): everything is read in a few queries and
        // written in a few statements, whatever the number of ballot papers
        List<CastVotes.Vote> votes = command.votes();
        List<UUID> caseIds = votes.stream().map(CastVotes.Vote::caseId).toList();
        // locked in case order, as the close and a conflict's declaration lock them: a conflict declared meanwhile is
        // either seen by the check below or refused because this paper is in
        Map<UUID, Ballot> ballots = Ballot.<Ballot>find("caseId in ?1 order by caseId", caseIds)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list()
                .stream()
                .collect(Collectors.toMap(b -> b.caseId, Function.identity()));
        Map<UUID, ReviewCase> cases = ReviewCase.<ReviewCase>list("id in ?1", caseIds).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        Map<UUID, ConflictReason> conflicted = conflicts.conflictsOf(cases.values(), member);
        Set<UUID> alreadyVoted =
                BallotVoter.<BallotVoter>list("key.caseId in ?1 and key.memberId = ?2", caseIds, member.memberId())
                        .stream()
                        .map(v -> v.key.caseId())
                        .collect(Collectors.toSet());
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < votes.size(); i++) {
            UUID caseId = votes.get(i).caseId();
            String field = "votes[" + i + "].caseId";
            if (!seen.add(caseId)) {
                throw ProblemException.invalidField(
                        field,
                        "case " + caseId + " is voted on twice",
                        "Hồ sơ xét " + caseId + " được bỏ phiếu hai lần");
            }
            Ballot ballot = ballots.get(caseId);
            if (ballot == null || !ballot.meetingId.equals(meetingId)) {
                throw ProblemException.invalidField(
                        field,
                        "case " + caseId + " is not on the agenda of meeting " + meetingId,
                        "Hồ sơ xét " + caseId + " không có trong chương trình phiên họp " + meetingId);
            }
            if (ballot.status != Ballot.Status.OPEN) {
                throw ProblemException.conflict(
                        "ballot-closed",
                        "the ballot on case " + caseId + " is " + ballot.status,
                        "Việc bỏ phiếu kín về hồ sơ xét " + caseId
                                + (ballot.status == Ballot.Status.CANCELLED
                                        ? " đã bị hủy (đơn vị đã rút hồ sơ đề nghị khen thưởng)."
                                        : " đã kết thúc."));
            }
            if (conflicted.containsKey(caseId)) {
                throw ProblemException.conflict(
                        "conflict-of-interest",
                        "you have a conflict of interest on case " + caseId + " and do not vote on it",
                        "Đồng chí có xung đột lợi ích với một hồ sơ trong phiếu và không bỏ phiếu hồ sơ đó.");
            }
            if (alreadyVoted.contains(caseId)) {
                throw ProblemException.conflict(
                        "already-voted",
                        "you have voted on case " + caseId,
                        "Đồng chí đã bỏ phiếu hồ sơ này; phiếu chỉ gửi một lần.");
            }
        }
        Map<VoteChoice, List<UUID>> byChoice = new EnumMap<>(VoteChoice.class);
        for (CastVotes.Vote vote : votes) {
            BallotVoter voter = new BallotVoter();
            voter.key = new CaseMemberKey(vote.caseId(), member.memberId());
            voter.inWriting = command.inWriting();
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
            int counted = Ballot.update(
                    counter + " = " + counter + " + 1, participants = participants + 1," + " inWriting = inWriting + "
                            + (command.inWriting() ? 1 : 0) + " where caseId in ?1 and status = ?2",
                    ids,
                    Ballot.Status.OPEN);
            if (counted != ids.size()) {
                throw ProblemException.conflict(
                        "ballot-closed",
                        "the meeting's ballots closed while these " + votes.size()
                                + " ballot papers were being counted; none of them was counted",
                        "Phiên họp đã kết thúc bỏ phiếu trong lúc đang kiểm " + votes.size()
                                + " phiếu này; không phiếu nào được tính.");
            }
        });
        audit.record(
                "review.vote",
                "meeting",
                meetingId,
                votes.size() + " ballot papers" + (command.inWriting() ? " in writing" : ""));
        return votes.size();
    }
}
