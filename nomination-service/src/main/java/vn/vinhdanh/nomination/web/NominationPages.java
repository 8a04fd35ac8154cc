package vn.vinhdanh.nomination.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.desk.DeskCsrf;
import vn.vinhdanh.desk.FormErrors;
import vn.vinhdanh.desk.FormInput;
import vn.vinhdanh.nomination.domain.Criterion;
import vn.vinhdanh.nomination.domain.Nomination;
import vn.vinhdanh.nomination.domain.NominationStatus;
import vn.vinhdanh.nomination.domain.TimelineEntry;
import vn.vinhdanh.nomination.rest.NominationRequest;
import vn.vinhdanh.nomination.rest.NominationRequest.AttachmentRequest;
import vn.vinhdanh.nomination.rest.TitleCorrectionRequest;
import vn.vinhdanh.nomination.service.NominationAmendment;
import vn.vinhdanh.nomination.service.NominationFilter;
import vn.vinhdanh.nomination.service.NominationQueries;
import vn.vinhdanh.nomination.service.NominationTitleCorrection;
import vn.vinhdanh.nomination.service.NominationWithdrawal;
import vn.vinhdanh.nomination.service.WithdrawNomination;
import vn.vinhdanh.problem.ProblemException;

/**
 * The agency's nominations after they were sent: the list, one nomination with its timeline, taking it back
 * ({@link NominationWithdrawal}), after the council returned it, amending it with the council's reason in view
 * ({@link NominationAmendment}) and, after award-service could not draft the approved award, choosing another title
 * with award-service's reason in view ({@link NominationTitleCorrection}); the use cases of the API's withdraw,
 * revisions and title-corrections.
 */
@Path("/desk/nominations")
@Produces(MediaType.TEXT_HTML)
public class NominationPages {

    static final int PAGE_SIZE = 20;

    private final NominationQueries nominations;
    private final NominationWithdrawal withdrawal;
    private final NominationAmendment amendment;
    private final NominationTitleCorrection titleCorrection;
    private final NominationFormPage formPage;
    private final Validator validator;
    private final DeskCsrf csrf;
    private final Template list;
    private final Template detail;

    public NominationPages(
            NominationQueries nominations,
            NominationWithdrawal withdrawal,
            NominationAmendment amendment,
            NominationTitleCorrection titleCorrection,
            NominationFormPage formPage,
            Validator validator,
            DeskCsrf csrf,
            @Location("agency/nominations.html") Template list,
            @Location("agency/nomination.html") Template detail) {
        this.nominations = nominations;
        this.withdrawal = withdrawal;
        this.amendment = amendment;
        this.titleCorrection = titleCorrection;
        this.formPage = formPage;
        this.validator = validator;
        this.csrf = csrf;
        this.list = list;
        this.detail = detail;
    }

    @GET
    @RolesAllowed({Roles.AGENCY, Roles.ADMIN})
    public String nominations(
            @QueryParam("status") NominationStatus status,
            @QueryParam("q") String q,
            @QueryParam("page") Integer page) {
        int current = page == null || page < 1 ? 1 : page;
        NominationQueries.Page found =
                nominations.search(new NominationFilter(null, status, null, null, null, q), current - 1, PAGE_SIZE);
        return list.data("items", found.items())
                .data("total", found.total())
                .data("page", current)
                .data("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE))
                .data("status", status)
                .data("q", q == null ? "" : q)
                .data("statuses", NominationStatus.values())
                .render();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.AGENCY, Roles.ADMIN})
    public String nomination(
            @PathParam("id") UUID id,
            @QueryParam("submitted") String submitted,
            @QueryParam("withdrawn") String withdrawn,
            @QueryParam("amended") String amended,
            @QueryParam("corrected") String corrected) {
        String notice = submitted != null
                ? "Đã gửi đề nghị tới Hội đồng Thi đua – Khen thưởng."
                : withdrawn != null
                        ? "Đã rút đề nghị."
                        : amended != null
                                ? "Đã gửi lại đề nghị đã bổ sung; Hội đồng xét lượt mới."
                                : corrected != null
                                        ? "Đã sửa hình thức đề nghị; Ban Thi đua – Khen thưởng lập lại khen thưởng"
                                                + " theo hình thức mới."
                                        : null;
        return page(nominations.get(id), notice, FormErrors.none(), FormInput.empty());
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AGENCY)
    public Response withdraw(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        csrf.verify(sent);
        String reason = sent.getFirst("reason");
        try {
            withdrawal.withdraw(id, new WithdrawNomination(reason == null || reason.isBlank() ? null : reason.strip()));
            return Response.seeOther(URI.create("/desk/nominations/" + id + "?withdrawn=1"))
                    .build();
        } catch (ProblemException refusal) {
            return Response.status(refusal.status())
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(page(nominations.get(id), null, FormErrors.of(refusal), FormInput.empty()))
                    .build();
        }
    }

    /**
     * Another title for an approved nomination whose award award-service could not draft: checked as the API checks
     * its body, then by the use case; a refusal comes back on the nomination's page, each message beside its field,
     * the choice and the reason kept.
     */
    @POST
    @Path("{id}/title-correction")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AGENCY)
    public Response correctTitle(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        csrf.verify(sent);
        FormInput form = FormInput.of(sent);
        TitleCorrectionRequest request =
                new TitleCorrectionRequest(form.valueOrNull("proposedAward"), form.valueOrNull("reason"));
        Set<ConstraintViolation<TitleCorrectionRequest>> violations = validator.validate(request);
        FormErrors errors = violations.isEmpty() ? FormErrors.none() : FormErrors.of(Map.of(), violations);
        int status = Response.Status.BAD_REQUEST.getStatusCode();
        if (!errors.any()) {
            try {
                titleCorrection.correct(id, request.toCommand());
                return Response.seeOther(URI.create("/desk/nominations/" + id + "?corrected=1"))
                        .build();
            } catch (ProblemException refusal) {
                errors = FormErrors.of(refusal);
                status = refusal.status();
            }
        }
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page(nominations.get(id), null, errors, form))
                .build();
    }

    @GET
    @Path("{id}/amend")
    @RolesAllowed(Roles.AGENCY)
    public String amendForm(@PathParam("id") UUID id) {
        Nomination nomination = nominations.get(id);
        List<Criterion> criteria = criteria(nomination);
        return formPage.render(
                nomination.movement,
                nomination.nominee.targetGroup,
                criteria,
                NominationForm.of(nomination, criteria),
                FormErrors.none(),
                purpose(nomination));
    }

    @POST
    @Path("{id}/amend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AGENCY)
    public Response amend(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        csrf.verify(sent);
        Nomination nomination = nominations.get(id);
        List<Criterion> criteria = criteria(nomination);
        NominationForm form = NominationForm.of(sent);
        List<AttachmentRequest> attachments = nomination.attachments.stream()
                .map(a -> new AttachmentRequest(a.name, a.mediaType, a.sizeBytes, a.sha256, a.url))
                .toList();
        String changeNote = form.value("changeNote").isEmpty() ? null : form.value("changeNote");
        NominationRequest request = form.toRequest(nomination.movement.id, criteria, attachments, changeNote);
        FormErrors errors = formPage.check(form, request);
        if (!errors.any()) {
            try {
                amendment.amend(id, request.toCommand());
                return Response.seeOther(URI.create("/desk/nominations/" + id + "?amended=1"))
                        .build();
            } catch (ProblemException refusal) {
                errors = FormErrors.of(refusal);
            }
        }
        return formPage.refused(
                nomination.movement, nomination.nominee.targetGroup, criteria, form, errors, purpose(nomination));
    }

    /** @param correction what was typed into the title correction form, kept when it is refused */
    private String page(Nomination nomination, String notice, FormErrors errors, FormInput correction) {
        boolean correctable = nomination.awaitsTitleCorrection();
        return detail.data("n", nomination)
                .data("notice", notice)
                .data("errors", errors)
                .data("returnReason", returnReason(nomination))
                .data("blocked", nomination.isAwardBlocked())
                .data("correctable", correctable)
                .data("form", correction)
                // the catalogue is read only for the page that offers the choice
                .data(
                        "titles",
                        correctable
                                ? formPage.titleChoices(nomination.movement, correction.value("proposedAward"))
                                : List.of())
                .render();
    }

    /** A nomination keeps the criteria version it was sent under; so does its amendment. */
    private List<Criterion> criteria(Nomination nomination) {
        return formPage.criteria(nomination.movement, nomination.nominee.targetGroup, nomination.criteriaVersion);
    }

    private NominationFormPage.Purpose purpose(Nomination nomination) {
        String reason = returnReason(nomination);
        return new NominationFormPage.Purpose(
                "/desk/nominations/" + nomination.id + "/amend",
                "Bổ sung đề nghị theo yêu cầu của Hội đồng",
                reason == null ? "" : reason,
                null);
    }

    /** The council's reason for the latest return, as the timeline recorded it; null when it was never returned. */
    private static String returnReason(Nomination nomination) {
        return nomination.timeline.stream()
                .filter(entry -> entry.event == null && entry.status == NominationStatus.RETURNED)
                .max(Comparator.comparing((TimelineEntry entry) -> entry.occurredAt))
                .map(entry -> entry.note == null ? "" : entry.note)
                .orElse(null);
    }
}
