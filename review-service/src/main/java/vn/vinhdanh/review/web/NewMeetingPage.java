package vn.vinhdanh.review.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.desk.DeskCsrf;
import vn.vinhdanh.desk.FormErrors;
import vn.vinhdanh.desk.FormInput;
import vn.vinhdanh.problem.Problem;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.domain.Council;
import vn.vinhdanh.review.domain.Meeting;
import vn.vinhdanh.review.domain.ReviewCase;
import vn.vinhdanh.review.service.CouncilCalendar;
import vn.vinhdanh.review.service.CouncilMeetings;
import vn.vinhdanh.review.service.CouncilQueries;
import vn.vinhdanh.review.service.MeetingQueries;
import vn.vinhdanh.review.service.OpenMeeting;

/**
 * Building a meeting: the council, then the agenda out of its open cases without a ballot, the title and the day; opening
 * it opens a secret ballot on each case ({@link CouncilMeetings#open}, the API's POST /meetings).
 */
@Path("/desk/meetings/new")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.COUNCIL_SECRETARY)
public class NewMeetingPage {

    private static final Pattern AGENDA_ITEM = Pattern.compile("caseIds\\[(\\d+)\\]");

    private final CouncilQueries councils;
    private final MeetingQueries meetings;
    private final CouncilMeetings councilMeetings;
    private final CouncilCalendar calendar;
    private final DeskCsrf csrf;
    private final Template page;

    public NewMeetingPage(
            CouncilQueries councils,
            MeetingQueries meetings,
            CouncilMeetings councilMeetings,
            CouncilCalendar calendar,
            DeskCsrf csrf,
            @Location("council/meeting-new.html") Template page) {
        this.councils = councils;
        this.meetings = meetings;
        this.councilMeetings = councilMeetings;
        this.calendar = calendar;
        this.csrf = csrf;
        this.page = page;
    }

    @GET
    public String form(@QueryParam("council") UUID councilId) {
        List<Council> all = councils.list();
        UUID chosen = councilId != null ? councilId : all.size() == 1 ? all.get(0).id : null;
        FormInput prefilled = FormInput.of(Map.of(
                "title",
                "Phiên họp Hội đồng Thi đua – Khen thưởng",
                "heldOn",
                calendar.today().toString()));
        return render(all, chosen, prefilled, FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(MultivaluedMap<String, String> sent) {
        csrf.verify(sent);
        FormInput form = FormInput.of(sent);
        UUID councilId = null;
        try {
            councilId = UUID.fromString(form.required("councilId", "Chọn Hội đồng"));
            String title = form.required("title", "Nhập tên phiên họp");
            var heldOn = CasePage.date(form, "heldOn");
            List<UUID> caseIds =
                    form.values("caseId").stream().map(UUID::fromString).toList();
            if (caseIds.isEmpty()) {
                throw ProblemException.invalidField(
                        "caseIds",
                        "choose at least one case to put to the vote",
                        "Chọn ít nhất một hồ sơ đưa ra bỏ phiếu");
            }
            Meeting meeting = councilMeetings.open(new OpenMeeting(councilId, title, heldOn, caseIds));
            return Response.seeOther(URI.create("/desk/meetings/" + meeting.id + "?done=opened"))
                    .build();
        } catch (ProblemException refusal) {
            return Response.status(400)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(render(councils.list(), councilId, form, agendaErrors(refusal, form, councilId)))
                    .build();
        } catch (IllegalArgumentException tampered) {
            throw ProblemException.invalidField("councilId", "not an id", "Mã hội đồng không hợp lệ");
        }
    }

    private String render(List<Council> all, UUID chosen, FormInput form, FormErrors errors) {
        return page.data("councils", all)
                .data("chosen", chosen)
                .data("candidates", chosen == null ? List.of() : meetings.agendaCandidates(chosen))
                .data("form", form)
                .data("errors", errors)
                .render();
    }

    /** A refusal about one agenda item names the case by its position; the page names it by its nominee. */
    private FormErrors agendaErrors(ProblemException refusal, FormInput form, UUID councilId) {
        Problem problem = refusal.toProblem(null);
        if (problem.errors() == null || councilId == null) {
            return FormErrors.of(refusal);
        }
        List<String> picked = form.values("caseId");
        Map<String, ReviewCase> candidates = meetings.agendaCandidates(councilId).stream()
                .collect(Collectors.toMap(c -> c.id.toString(), Function.identity()));
        List<Problem.FieldError> named = new ArrayList<>();
        Map<String, String> vietnamese = new LinkedHashMap<>();
        for (Problem.FieldError error : problem.errors()) {
            String field = error.field();
            String who = "";
            Matcher item = AGENDA_ITEM.matcher(field);
            if (item.matches() && Integer.parseInt(item.group(1)) < picked.size()) {
                ReviewCase reviewCase = candidates.get(picked.get(Integer.parseInt(item.group(1))));
                field = "caseIds";
                who = reviewCase == null ? "" : reviewCase.nomineeName + ": ";
            }
            named.add(new Problem.FieldError(field, who + error.reason()));
            String reason = refusal.vietnameseReason(error.field());
            if (reason != null) {
                vietnamese.merge(field, who + reason, (a, b) -> a + "; " + b);
            }
        }
        return FormErrors.of(ProblemException.invalidFields(named, vietnamese));
    }
}
