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
import java.util.UUID;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.desk.DeskCsrf;
import vn.vinhdanh.desk.FormErrors;
import vn.vinhdanh.desk.FormInput;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.service.ChairConflicts;
import vn.vinhdanh.review.service.ConflictsOfInterest;
import vn.vinhdanh.review.service.OverrideConflict;

/**
 * The chair's rulings: the conflicts of interest on the council's open cases, and the override that lets a member
 * judge a case after all, with the reason the log keeps (the use case the API's override calls).
 */
@Path("/desk/conflicts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.COUNCIL_MEMBER)
public class ChairConflictsPage {

    private final ChairConflicts chair;
    private final ConflictsOfInterest conflicts;
    private final Caller caller;
    private final DeskCsrf csrf;
    private final Template page;

    public ChairConflictsPage(
            ChairConflicts chair,
            ConflictsOfInterest conflicts,
            Caller caller,
            DeskCsrf csrf,
            @Location("council/conflicts.html") Template page) {
        this.chair = chair;
        this.conflicts = conflicts;
        this.caller = caller;
        this.csrf = csrf;
        this.page = page;
    }

    @GET
    public String show(@QueryParam("done") String done) {
        return render(
                "overridden".equals(done) ? "Đã cho phép thành viên xét hồ sơ; lý do được ghi vào nhật ký." : null,
                FormErrors.none(),
                FormInput.empty());
    }

    @POST
    @Path("override")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response override(MultivaluedMap<String, String> sent) {
        csrf.verify(sent);
        FormInput form = FormInput.of(sent);
        try {
            String chosen = form.required("conflict", "Chọn xung đột lợi ích cần xem xét");
            int separator = chosen.indexOf(' ');
            UUID caseId = CasePage.uuid(separator < 0 ? "" : chosen.substring(0, separator), "conflict");
            conflicts.override(
                    caseId,
                    new OverrideConflict(
                            chosen.substring(separator + 1),
                            form.required("overrideReason", "Nêu lý do cho phép thành viên xét hồ sơ")));
            return Response.seeOther(URI.create("/desk/conflicts?done=overridden"))
                    .build();
        } catch (ProblemException refusal) {
            return Response.status(400)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(render(null, FormErrors.of(refusal), form))
                    .build();
        }
    }

    private String render(String notice, FormErrors errors, FormInput form) {
        return page.data("pending", chair.awaitingRuling(caller.seat()))
                .data("notice", notice)
                .data("errors", errors)
                .data("form", form)
                .render();
    }
}
