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
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.desk.DeskCsrf;
import vn.vinhdanh.desk.FormErrors;
import vn.vinhdanh.desk.FormInput;
import vn.vinhdanh.events.ReviewOutcome;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.service.AssignReviewer;
import vn.vinhdanh.review.service.CaseAssignment;
import vn.vinhdanh.review.service.CaseRouting;
import vn.vinhdanh.review.service.CaseScoring;
import vn.vinhdanh.review.service.ConflictsOfInterest;
import vn.vinhdanh.review.service.CouncilDecisions;
import vn.vinhdanh.review.service.CouncilQueries;
import vn.vinhdanh.review.service.DecideCase;
import vn.vinhdanh.review.service.DeclareConflict;
import vn.vinhdanh.review.service.MoveToCouncil;
import vn.vinhdanh.review.service.OpenPublicComment;
import vn.vinhdanh.review.service.PublicComment;
import vn.vinhdanh.review.service.SetDueDate;
import vn.vinhdanh.review.service.UnlockScoreSheet;

/**
 * One case's dossier, for the secretary who routes and decides it and for the members who review it or vote on it;
 * each form goes to the use case the API's call goes to (assignment, conflicts, score-sheet unlock, another council,
 * public comment, due date, decision).
 */
@Path("/desk/cases/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.COUNCIL_SECRETARY, Roles.COUNCIL_MEMBER, Roles.ADMIN})
public class CasePage {

    private final CaseDossier dossiers;
    private final CaseAssignment assignment;
    private final ConflictsOfInterest conflicts;
    private final CaseRouting routing;
    private final CouncilDecisions decisions;
    private final CaseScoring scoring;
    private final PublicComment publicComment;
    private final CouncilQueries councils;
    private final DeskCsrf csrf;
    private final Template page;

    public CasePage(
            CaseDossier dossiers,
            CaseAssignment assignment,
            ConflictsOfInterest conflicts,
            CaseRouting routing,
            CouncilDecisions decisions,
            CaseScoring scoring,
            PublicComment publicComment,
            CouncilQueries councils,
            DeskCsrf csrf,
            @Location("council/case.html") Template page) {
        this.dossiers = dossiers;
        this.assignment = assignment;
        this.conflicts = conflicts;
        this.routing = routing;
        this.decisions = decisions;
        this.scoring = scoring;
        this.publicComment = publicComment;
        this.councils = councils;
        this.csrf = csrf;
        this.page = page;
    }

    @GET
    public String show(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return render(id, notice(done), FormErrors.none(), FormInput.empty(), null);
    }

    @POST
    @Path("reviewers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    public Response assign(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        return act(id, sent, "assign", "assigned", form -> {
            if (form.value("remove").isEmpty()) {
                assignment.assign(id, new AssignReviewer(form.required("memberId", "Chọn thành viên thẩm định")));
            } else {
                assignment.unassign(id, form.value("remove"));
            }
        });
    }

    @POST
    @Path("conflicts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declareConflict(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        Response answer = act(
                id,
                sent,
                "conflict",
                "conflict",
                form -> conflicts.declare(
                        id,
                        new DeclareConflict(
                                form.valueOrNull("memberId"),
                                form.required("conflictReason", "Nêu lý do xung đột lợi ích"))));
        // a member who declared a conflict no longer reads the case: they go back to where they came from
        String back = FormInput.of(sent).value("back");
        if (answer.getStatus() == 303 && back.startsWith("/desk/")) {
            return Response.seeOther(URI.create(back + (back.contains("?") ? "&" : "?") + "done=conflict"))
                    .build();
        }
        return answer;
    }

    @POST
    @Path("score-sheets/unlock")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    public Response unlockSheet(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        return act(
                id,
                sent,
                "unlock",
                "unlocked",
                form -> scoring.unlock(
                        id,
                        new UnlockScoreSheet(
                                form.required("sheetOf", "Chọn phiếu cần mở lại"),
                                form.required("unlockReason", "Nêu lý do mở lại phiếu chấm điểm"))));
    }

    @POST
    @Path("council")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    public Response moveToCouncil(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        return act(
                id,
                sent,
                "council",
                "moved",
                form -> routing.moveToCouncil(
                        id, new MoveToCouncil(uuid(form.required("councilId", "Chọn hội đồng"), "councilId"))));
    }

    @POST
    @Path("public-comment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    public Response openPublicComment(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        return act(id, sent, "public-comment", "public-comment", form -> {
            LocalDate from = date(form, "commentFrom");
            Integer days = form.valueOrNull("workingDays") == null ? null : workingDays(form);
            publicComment.open(id, new OpenPublicComment(from, days));
        });
    }

    @POST
    @Path("due-date")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    public Response setDueDate(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        return act(id, sent, "due", "due", form -> routing.setDueDate(id, new SetDueDate(date(form, "dueOn"))));
    }

    @POST
    @Path("decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    public Response decide(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        return act(id, sent, "decision", "decided", form -> {
            String chosen = form.required("outcome", "Chọn kết luận của Hội đồng");
            ReviewOutcome outcome = java.util.Arrays.stream(ReviewOutcome.values())
                    .filter(o -> o.name().equals(chosen))
                    .findFirst()
                    .orElseThrow(() -> ProblemException.invalidField(
                            "outcome",
                            "choose the council's decision: APPROVED, REJECTED or RETURNED",
                            "Chọn kết luận của Hội đồng"));
            decisions.decide(id, new DecideCase(outcome, form.valueOrNull("reason")));
        });
    }

    /** A form's work: checked against CSRF, done by its use case, then the page again with a notice or the refusal. */
    private Response act(
            UUID id, MultivaluedMap<String, String> sent, String formName, String done, Consumer<FormInput> work) {
        csrf.verify(sent);
        FormInput form = FormInput.of(sent);
        try {
            work.accept(form);
            return Response.seeOther(URI.create("/desk/cases/" + id + "?done=" + done))
                    .build();
        } catch (ProblemException refusal) {
            return Response.status(refusal.status() == 404 ? 404 : 400)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(render(id, null, FormErrors.of(refusal), form, formName))
                    .build();
        }
    }

    private String render(UUID id, String notice, FormErrors errors, FormInput form, String failedForm) {
        return page.data("d", dossiers.of(id))
                .data("notice", notice)
                .data("errors", errors)
                .data("form", form)
                .data("failed", failedForm == null ? "" : failedForm)
                .data("outcomes", ReviewOutcome.values())
                .data("councils", councils.list())
                .render();
    }

    private static int workingDays(FormInput form) {
        try {
            int days = Integer.parseInt(form.value("workingDays"));
            if (days >= 1 && days <= 60) {
                return days;
            }
        } catch (NumberFormatException e) {
            // refused below, as a number out of range is
        }
        throw ProblemException.invalidField(
                "workingDays", "a whole number of working days from 1 to 60", "Số ngày làm việc từ 1 đến 60");
    }

    /** A choice from a list the page offered, read as the id it carries. */
    static UUID uuid(String value, String field) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "not an id", "Lựa chọn không hợp lệ; chọn lại trong danh sách");
        }
    }

    static LocalDate date(FormInput form, String field) {
        return form.date(field, "Nhập ngày");
    }

    private static String notice(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "assigned" -> "Đã cập nhật thành viên thẩm định.";
            case "conflict" -> "Đã ghi nhận xung đột lợi ích; thành viên không thẩm định, không biểu quyết hồ sơ này.";
            case "due" -> "Đã đặt hạn xử lý.";
            case "unlocked" -> "Đã mở lại phiếu chấm điểm; thành viên sửa rồi nộp lại.";
            case "moved" -> "Đã chuyển hồ sơ sang hội đồng khác.";
            case "public-comment" -> "Đã công khai lấy ý kiến; Hội đồng biểu quyết sau khi hết thời hạn.";
            case "decided" -> "Đã ghi kết luận của Hội đồng.";
            case "scored" -> "Đã lưu phiếu chấm điểm.";
            case "submitted" -> "Đã nộp phiếu chấm điểm.";
            default -> null;
        };
    }
}
