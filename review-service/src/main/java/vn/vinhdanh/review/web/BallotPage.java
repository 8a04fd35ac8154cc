package vn.vinhdanh.review.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.desk.DeskCsrf;
import vn.vinhdanh.desk.FormErrors;
import vn.vinhdanh.desk.FormInput;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.domain.Ballot;
import vn.vinhdanh.review.domain.CouncilMember;
import vn.vinhdanh.review.domain.ReviewCase;
import vn.vinhdanh.review.domain.VoteChoice;
import vn.vinhdanh.review.service.BallotCasting;
import vn.vinhdanh.review.service.CastVotes;
import vn.vinhdanh.review.service.ConflictPolicy;
import vn.vinhdanh.review.service.ConflictReason;
import vn.vinhdanh.review.service.MeetingQueries;

/**
 * A member's secret ballot on a phone: every case of the meeting's agenda on one page, each with its dossier a tap
 * away, approve, reject or abstain, sent once ({@link BallotCasting}, the API's POST /meetings/{id}/votes); in writing
 * for a member absent from the meeting; a conflict of interest declared from here keeps them off that case.
 */
@Path("/desk/meetings/{id}/ballot")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.COUNCIL_MEMBER)
public class BallotPage {

    private static final Pattern PAPER_FIELD = Pattern.compile("votes\\[(\\d+)\\].*");

    private final MeetingQueries meetings;
    private final ConflictPolicy conflicts;
    private final BallotCasting ballots;
    private final Caller caller;
    private final DeskCsrf csrf;
    private final Template page;

    public BallotPage(
            MeetingQueries meetings,
            ConflictPolicy conflicts,
            BallotCasting ballots,
            Caller caller,
            DeskCsrf csrf,
            @Location("council/ballot.html") Template page) {
        this.meetings = meetings;
        this.conflicts = conflicts;
        this.ballots = ballots;
        this.caller = caller;
        this.csrf = csrf;
        this.page = page;
    }

    /** One agenda item as the member's ballot shows it. */
    public record Line(ReviewCase reviewCase, Ballot ballot, boolean voted, String conflict) {

        /** Whether this paper is still the member's to fill in. */
        public boolean open() {
            return !voted && conflict == null && ballot.status == Ballot.Status.OPEN;
        }

        public String field() {
            return "vote-" + reviewCase.id;
        }
    }

    @GET
    public String show(@PathParam("id") UUID id, @QueryParam("done") String done) {
        String notice = "voted".equals(done)
                ? "Đã nhận phiếu của đồng chí. Phiếu kín: không ai xem được đồng chí bỏ phiếu thế nào."
                : "conflict".equals(done) ? "Đã ghi nhận xung đột lợi ích; đồng chí không bỏ phiếu hồ sơ đó." : null;
        return render(id, FormInput.empty(), FormErrors.none(), notice);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response vote(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        csrf.verify(sent);
        FormInput form = FormInput.of(sent);
        List<Line> lines = lines(id);
        Map<String, String> unanswered = new LinkedHashMap<>();
        List<CastVotes.Vote> votes = new ArrayList<>();
        for (Line line : lines.stream().filter(Line::open).toList()) {
            VoteChoice choice = choice(form.value(line.field()));
            if (choice == null) {
                unanswered.put(
                        line.field(),
                        line.reviewCase().nomineeName + ": chọn Đồng ý, Không đồng ý hoặc Không biểu quyết");
            } else {
                votes.add(new CastVotes.Vote(line.reviewCase().id, choice));
            }
        }
        FormErrors errors;
        if (!unanswered.isEmpty()) {
            errors = FormErrors.of(unanswered, List.of());
        } else if (votes.isEmpty()) {
            errors = FormErrors.of(ProblemException.conflict(
                    "nothing-to-vote",
                    "there is no case left for you to vote on",
                    "Không còn hồ sơ nào để đồng chí bỏ phiếu."));
        } else {
            try {
                ballots.vote(id, new CastVotes(form.is("inWriting", "true"), votes));
                return Response.seeOther(URI.create("/desk/meetings/" + id + "/ballot?done=voted"))
                        .build();
            } catch (ProblemException refusal) {
                errors = FormErrors.of(onTheBallot(refusal, votes));
            }
        }
        return Response.status(400)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(render(id, form, errors, null))
                .build();
    }

    private String render(UUID id, FormInput form, FormErrors errors, String notice) {
        MeetingQueries.Agenda agenda = meetings.agenda(id);
        return page.data("a", agenda)
                .data("lines", lines(agenda))
                .data("choices", VoteChoice.values())
                .data("form", form)
                .data("errors", errors)
                .data("notice", notice)
                .render();
    }

    private List<Line> lines(UUID meetingId) {
        return lines(meetings.agenda(meetingId));
    }

    /** Only a voting seat of the meeting's council has a ballot here; anyone else finds no such page. */
    private List<Line> lines(MeetingQueries.Agenda agenda) {
        CouncilMember member = CouncilMember.of(agenda.meeting().councilId, caller.seat())
                .filter(m -> m.position.votes())
                .orElseThrow(() ->
                        ProblemException.notFound("ballot of meeting", "phiếu bầu của phiên họp", agenda.meeting().id));
        Map<UUID, ConflictReason> conflicted = conflicts.conflictsOf(
                agenda.items().stream()
                        .map(MeetingQueries.Agenda.Item::reviewCase)
                        .toList(),
                member);
        return agenda.items().stream()
                .map(item -> new Line(
                        item.reviewCase(),
                        item.ballot(),
                        item.votedByCaller(),
                        conflicted.containsKey(item.reviewCase().id)
                                ? conflicted.get(item.reviewCase().id).vietnamese()
                                : null))
                .toList();
    }

    private static VoteChoice choice(String sent) {
        for (VoteChoice choice : VoteChoice.values()) {
            if (choice.name().equals(sent)) {
                return choice;
            }
        }
        return null;
    }

    /** The use case names a paper by its index; the page names it by its case. */
    private static ProblemException onTheBallot(ProblemException refusal, List<CastVotes.Vote> votes) {
        return refusal.withFieldsRenamed(field -> {
            Matcher item = PAPER_FIELD.matcher(field);
            return item.matches() && Integer.parseInt(item.group(1)) < votes.size()
                    ? "vote-" + votes.get(Integer.parseInt(item.group(1))).caseId()
                    : field;
        });
    }
}
