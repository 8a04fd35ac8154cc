package vn.vinhdanh.award.web;

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
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Consumer;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.service.AwardQueries;
import vn.vinhdanh.award.service.AwardRevocation;
import vn.vinhdanh.award.service.CertificatePrinting;
import vn.vinhdanh.award.service.RecordRepayment;
import vn.vinhdanh.award.service.RecoveryQueries;
import vn.vinhdanh.award.service.RepaymentRecording;
import vn.vinhdanh.award.service.RevokeAward;
import vn.vinhdanh.desk.DeskCsrf;
import vn.vinhdanh.desk.FormErrors;
import vn.vinhdanh.desk.FormInput;
import vn.vinhdanh.events.RevocationCategory;
import vn.vinhdanh.problem.ProblemException;

/**
 * One award: what it grants and pays and on what basis, its certificate; its revocation with the category of the law and the amount to
 * recover, and the repayments recorded against it ({@link AwardRevocation}, {@link RepaymentRecording}: the API's
 * /awards/{id}/revoke and /repayments).
 */
@Path("/desk/awards/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.AWARD_OFFICER, Roles.ADMIN})
public class AwardPage {

    private final AwardQueries awards;
    private final RecoveryQueries recovery;
    private final AwardRevocation revocation;
    private final RepaymentRecording repayments;
    private final CertificatePrinting certificates;
    private final DeskCsrf csrf;
    private final Template page;

    public AwardPage(
            AwardQueries awards,
            RecoveryQueries recovery,
            AwardRevocation revocation,
            RepaymentRecording repayments,
            CertificatePrinting certificates,
            DeskCsrf csrf,
            @Location("officer/award.html") Template page) {
        this.awards = awards;
        this.recovery = recovery;
        this.revocation = revocation;
        this.repayments = repayments;
        this.certificates = certificates;
        this.csrf = csrf;
        this.page = page;
    }

    @GET
    public String show(@PathParam("id") UUID id, @QueryParam("done") String done) {
        String notice = "revoked".equals(done)
                ? "Đã thu hồi khen thưởng; số tiền đã chi được ghi để thu hồi."
                : "repaid".equals(done) ? "Đã ghi khoản nộp lại." : null;
        return render(awards.get(id), notice, FormErrors.none(), FormInput.empty());
    }

    /** The printable certificate of a granted award (the API's GET /awards/{id}/certificate). */
    @GET
    @Path("certificate.pdf")
    @Produces("application/pdf")
    public Response certificate(@PathParam("id") UUID id) {
        CertificatePrinting.Certificate certificate = certificates.of(id);
        return Response.ok(certificate.pdf(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + certificate.fileName() + "\"")
                .build();
    }

    @POST
    @Path("revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AWARD_OFFICER)
    public Response revoke(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        return act(id, sent, "revoked", form -> {
            String chosen = form.required("category", "Chọn căn cứ thu hồi");
            RevocationCategory category = Arrays.stream(RevocationCategory.values())
                    .filter(c -> c.name().equals(chosen))
                    .findFirst()
                    .orElseThrow(() -> ProblemException.invalidField(
                            "category", "not a revocation category", "Chọn căn cứ thu hồi"));
            revocation.revoke(id, new RevokeAward(form.required("reason", "Nêu lý do thu hồi"), category));
        });
    }

    @POST
    @Path("repayments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AWARD_OFFICER)
    public Response repay(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        return act(
                id,
                sent,
                "repaid",
                form -> repayments.repay(
                        id, new RecordRepayment(BudgetPage.amount(form), paidOn(form), form.valueOrNull("reference"))));
    }

    private Response act(UUID id, MultivaluedMap<String, String> sent, String done, Consumer<FormInput> work) {
        csrf.verify(sent);
        FormInput form = FormInput.of(sent);
        try {
            work.accept(form);
            return Response.seeOther(URI.create("/desk/awards/" + id + "?done=" + done))
                    .build();
        } catch (ProblemException refusal) {
            return Response.status(refusal.status() == 404 ? 404 : 400)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(render(awards.get(id), null, FormErrors.of(refusal), form))
                    .build();
        }
    }

    private String render(Award award, String notice, FormErrors errors, FormInput form) {
        return page.data("a", award)
                .data("certificate", certificates.printedHere(award))
                .data("repayments", recovery.repayments(award.id))
                .data("categories", RevocationCategory.values())
                .data("notice", notice)
                .data("errors", errors)
                .data("form", form)
                .render();
    }

    private static LocalDate paidOn(FormInput form) {
        return form.date("paidOn", "Nhập ngày nộp");
    }
}
