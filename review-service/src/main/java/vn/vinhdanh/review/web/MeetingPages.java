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
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.desk.DeskCsrf;
import vn.vinhdanh.desk.FormErrors;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.service.BulkDecisions;
import vn.vinhdanh.review.service.CouncilMeetings;
import vn.vinhdanh.review.service.CouncilQueries;
import vn.vinhdanh.review.service.MeetingCsv;
import vn.vinhdanh.review.service.MeetingQueries;

/**
 * The secretary's meetings: the list, one meeting's agenda with how many have voted on each case (never how), closing
 * the ballots, the tallies with their rule and legal basis, and the decisions taken from them in one go. Building a
 * new meeting is {@link NewMeetingPage}.
 */
@Path("/desk/meetings")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.COUNCIL_SECRETARY, Roles.ADMIN})
public class MeetingPages {

    static final int PAGE_SIZE = 25;

    private final MeetingQueries meetings;
    private final CouncilQueries councils;
    private final CouncilMeetings councilMeetings;
    private final BulkDecisions bulk;
    private final MeetingCsv csv;
    private final DeskCsrf csrf;
    private final Template list;
    private final Template agenda;
    private final Template turnout;

    public MeetingPages(
            MeetingQueries meetings,
            CouncilQueries councils,
            CouncilMeetings councilMeetings,
            BulkDecisions bulk,
            MeetingCsv csv,
            DeskCsrf csrf,
            @Location("council/meetings.html") Template list,
            @Location("council/meeting.html") Template agenda,
            @Location("council/turnout.html") Template turnout) {
        this.meetings = meetings;
        this.councils = councils;
        this.councilMeetings = councilMeetings;
        this.bulk = bulk;
        this.csv = csv;
        this.csrf = csrf;
        this.list = list;
        this.agenda = agenda;
        this.turnout = turnout;
    }

    @GET
    public String meetings(@QueryParam("page") Integer page) {
        int current = page == null || page < 1 ? 1 : page;
        // a page of PAGE_SIZE and the total: asking for PAGE_SIZE + 1 rows per page index would skip a row per page
        var found = meetings.list(null, current - 1, PAGE_SIZE);
        boolean more = found.total() > (long) current * PAGE_SIZE;
        return list.data("items", found.items())
                .data("councils", CaseDossier.councils(councils.list()))
                .data("page", current)
                .data("more", more)
                .render();
    }

    @GET
    @Path("{id}")
    public String meeting(
            @PathParam("id") UUID id,
            @QueryParam("done") String done,
            @QueryParam("decided") int decided,
            @QueryParam("refused") int refused) {
        String notice = switch (done == null ? "" : done) {
            case "opened" -> "Đã mở phiên họp và bỏ phiếu kín; các thành viên bỏ phiếu trên bàn làm việc của mình.";
            case "closed" -> "Đã kết thúc bỏ phiếu và kiểm phiếu.";
            case "decided" ->
                "Đã ghi kết luận cho " + decided + " hồ sơ"
                        + (refused > 0 ? "; " + refused + " hồ sơ chưa ghi được, vẫn ở trạng thái đang xét." : ".");
            default -> null;
        };
        return page(id, notice, FormErrors.none());
    }

    /** The agenda's turnout alone, which the meeting page refreshes while the ballots are open. */
    @GET
    @Path("{id}/turnout")
    public String turnout(@PathParam("id") UUID id) {
        return turnout.data("a", meetings.agenda(id)).render();
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    public Response close(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        csrf.verify(sent);
        try {
            councilMeetings.close(id);
            return Response.seeOther(URI.create("/desk/meetings/" + id + "?done=closed"))
                    .build();
        } catch (ProblemException refusal) {
            return refused(id, refusal);
        }
    }

    @POST
    @Path("{id}/decisions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    public Response decideAll(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        csrf.verify(sent);
        try {
            List<BulkDecisions.ItemDecision> results = bulk.decideFromMeeting(id);
            long refused = results.stream().filter(r -> r.refusal() != null).count();
            return Response.seeOther(URI.create("/desk/meetings/" + id + "?done=decided&decided="
                            + (results.size() - refused) + "&refused=" + refused))
                    .build();
        } catch (ProblemException refusal) {
            return refused(id, refusal);
        }
    }

    @GET
    @Path("{id}/cases.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@PathParam("id") UUID id) {
        MeetingCsv.Export export = csv.export(id);
        return Response.ok(export.content())
                .header("Content-Disposition", "attachment; filename=\"" + export.filename() + "\"")
                .build();
    }

    private Response refused(UUID id, ProblemException refusal) {
        return Response.status(refusal.status() == 404 ? 404 : 409)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page(id, null, FormErrors.of(refusal)))
                .build();
    }

    private String page(UUID id, String notice, FormErrors errors) {
        MeetingQueries.Agenda found = meetings.agenda(id);
        return agenda.data("a", found)
                .data("council", councils.get(found.meeting().councilId))
                .data("notice", notice)
                .data("errors", errors)
                .render();
    }
}
