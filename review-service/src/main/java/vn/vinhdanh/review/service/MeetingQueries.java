package vn.vinhdanh.review.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.domain.Ballot;
import vn.vinhdanh.review.domain.BallotVoter;
import vn.vinhdanh.review.domain.CaseStatus;
import vn.vinhdanh.review.domain.CouncilPosition;
import vn.vinhdanh.review.domain.Meeting;
import vn.vinhdanh.review.domain.ReviewCase;

/** Council meetings and their agendas: each case with its ballot, and whether the caller has voted on it. */
@ApplicationScoped
public class MeetingQueries {

    private final Caller caller;

    public MeetingQueries(Caller caller) {
        this.caller = caller;
    }

    /** A meeting's agenda in the order of its ballots (by case id), read in three queries. */
    public record Agenda(Meeting meeting, List<Item> items) {

        public record Item(ReviewCase reviewCase, Ballot ballot, boolean votedByCaller) {}
    }

    public Meeting get(UUID meetingId) {
        return Meeting.<Meeting>findByIdOptional(meetingId)
                .orElseThrow(() -> ProblemException.notFound("meeting", "phiên họp", meetingId));
    }

    public Agenda agenda(UUID meetingId) {
        return agenda(get(meetingId));
    }

    public Agenda agenda(Meeting meeting) {
        List<Ballot> ballots = ballots(meeting.id);
        Map<UUID, ReviewCase> cases = casesOf(ballots);
        Set<UUID> voted = votedByCaller(meeting.id);
        return new Agenda(
                meeting,
                ballots.stream()
                        .map(b -> new Agenda.Item(cases.get(b.caseId), b, voted.contains(b.caseId)))
                        .toList());
    }

    /** One page of the meetings, latest first, optionally of one council, and how many match. */
    public Found<Meeting> list(UUID councilId, int page, int size) {
        PanacheQuery<Meeting> found = councilId != null
                ? Meeting.find("councilId = ?1 order by heldOn desc, id", councilId)
                : Meeting.find("order by heldOn desc, id");
        return new Found<>(found.page(Page.of(page, size)).list(), found.count());
    }

    /** What a new meeting of the council may vote on: its open cases without a ballot yet, oldest first. */
    public List<ReviewCase> agendaCandidates(UUID councilId) {
        return ReviewCase.list(
                "from ReviewCase c where c.councilId = ?1 and c.status = ?2"
                        + " and not exists (select 1 from Ballot b where b.caseId = c.id) order by c.openedAt, c.id",
                councilId,
                CaseStatus.OPEN);
    }

    /** The open meetings of the councils where the caller holds a voting seat: where they have a ballot to cast. */
    public List<Meeting> votingFor(String seat) {
        return Meeting.list(
                "from Meeting m where m.status = ?1 and exists (select 1 from CouncilMember s"
                        + " where s.key.councilId = m.councilId and s.key.memberId = ?2 and s.position <> ?3)"
                        + " order by m.heldOn, m.id",
                Meeting.Status.VOTING,
                seat,
                CouncilPosition.SECRETARY);
    }

    List<Ballot> ballots(UUID meetingId) {
        return Ballot.list("meetingId = ?1 order by caseId", meetingId);
    }

    static Map<UUID, ReviewCase> casesOf(List<Ballot> ballots) {
        if (ballots.isEmpty()) {
            return Map.of();
        }
        return ReviewCase.<ReviewCase>list(
                        "id in ?1", ballots.stream().map(b -> b.caseId).toList())
                .stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
    }

    /** Whether the caller has voted on each case of the meeting, for their voting screen. */
    private Set<UUID> votedByCaller(UUID meetingId) {
        return BallotVoter.<BallotVoter>list(
                        "key.memberId = ?1 and key.caseId in (select b.caseId from Ballot b where b.meetingId = ?2)",
                        caller.seat(),
                        meetingId)
                .stream()
                .map(v -> v.key.caseId())
                .collect(Collectors.toSet());
    }
}
