package vn.vinhdanh.nomination.web;

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
import vn.vinhdanh.events.TargetGroup;
import vn.vinhdanh.nomination.domain.Criterion;
import vn.vinhdanh.nomination.domain.Movement;
import vn.vinhdanh.nomination.domain.Nomination;
import vn.vinhdanh.nomination.domain.NominationDraft;
import vn.vinhdanh.nomination.rest.NominationRequest;
import vn.vinhdanh.nomination.service.DraftPreparation;
import vn.vinhdanh.nomination.service.MovementQueries;
import vn.vinhdanh.nomination.service.NominationCsvExport;
import vn.vinhdanh.nomination.service.NominationFilter;
import vn.vinhdanh.nomination.service.NominationQueries;
import vn.vinhdanh.nomination.service.NominationSubmission;
import vn.vinhdanh.problem.ProblemException;

/**
 * The agency officer's desk: the movements open for nominations (each with its nominations as a spreadsheet) and the
 * nomination form with evidence per criterion of the nominee's target group, on the use case of the API ({@link NominationSubmission}). What happens to a
 * nomination afterwards is {@link NominationPages}.
 */
@Path("/desk")
@Produces(MediaType.TEXT_HTML)
public class AgencyDesk {

    private final MovementQueries movements;
    private final NominationQueries nominations;
    private final NominationSubmission submission;
    private final DraftPreparation drafts;
    private final NominationFormPage formPage;
    private final NominationCsvExport csv;
    private final DeskCsrf csrf;
    private final Template home;

    public AgencyDesk(
            MovementQueries movements,
            NominationQueries nominations,
            NominationSubmission submission,
            DraftPreparation drafts,
            NominationFormPage formPage,
            NominationCsvExport csv,
            DeskCsrf csrf,
            @Location("agency/home.html") Template home) {
        this.movements = movements;
        this.nominations = nominations;
        this.submission = submission;
        this.drafts = drafts;
        this.formPage = formPage;
        this.csv = csv;
        this.csrf = csrf;
        this.home = home;
    }

    @GET
    @RolesAllowed({Roles.AGENCY, Roles.ADMIN})
    public String home() {
        return home.data("movements", movements.list())
                .data(
                        "recent",
                        nominations
                                .search(new NominationFilter(null, null, null, null, null, null), 0, 5)
                                .items())
                .render();
    }

    /** Without a target group the page asks for it first: the criteria, and so the form, depend on it. */
    @GET
    @Path("movements/{id}/nominate")
    @RolesAllowed(Roles.AGENCY)
    public String nominationForm(@PathParam("id") UUID movementId, @QueryParam("targetGroup") TargetGroup group) {
        Movement movement = movements.get(movementId);
        return formPage.render(
                movement,
                group,
                formPage.criteria(movement, group, null),
                NominationForm.empty(),
                FormErrors.none(),
                purpose(movement));
    }

    @POST
    @Path("movements/{id}/nominate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AGENCY)
    public Response submit(@PathParam("id") UUID movementId, MultivaluedMap<String, String> sent) {
        csrf.verify(sent);
        Movement movement = movements.get(movementId);
        NominationForm form = NominationForm.of(sent);
        TargetGroup group = form.targetGroup();
        List<Criterion> criteria = formPage.criteria(movement, group, null);
        NominationRequest request = form.toRequest(movementId, criteria, List.of(), null);
        if (NominationForm.SAVE_DRAFT.equals(sent.getFirst(NominationForm.INTENT))) {
            return saveDraft(movement, group, criteria, form, request);
        }
        FormErrors errors = formPage.check(form, request);
        if (errors.any()) {
            return formPage.refused(movement, group, criteria, form, errors, purpose(movement));
        }
        try {
            Nomination created = submission.submit(request.toCommand(), null).resource();
            return Response.seeOther(URI.create("/desk/nominations/" + created.id + "?submitted=1"))
                    .build();
        } catch (ProblemException refusal) {
            return formPage.refused(movement, group, criteria, form, FormErrors.of(refusal), purpose(movement));
        }
    }

    /** A draft may be incomplete; only what cannot be stored at all (a year that is not a number) is refused. */
    private Response saveDraft(
            Movement movement,
            TargetGroup group,
            List<Criterion> criteria,
            NominationForm form,
            NominationRequest request) {
        if (!form.unreadable().isEmpty()) {
            return formPage.refused(
                    movement, group, criteria, form, FormErrors.of(form.unreadable(), List.of()), purpose(movement));
        }
        NominationDraft draft = drafts.create(request.toCommand());
        return Response.seeOther(URI.create("/desk/drafts/" + draft.id + "?saved=1"))
                .build();
    }

    /** The movement's nominations as a spreadsheet (UTF-8 with BOM), the agency's own only, as the API exports it. */
    @GET
    @Path("movements/{id}/nominations.csv")
    @Produces(NominationCsvExport.MEDIA_TYPE)
    @RolesAllowed({Roles.AGENCY, Roles.ADMIN})
    public Response exportNominations(@PathParam("id") UUID movementId) {
        return Response.ok(csv.export(movementId), NominationCsvExport.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"nominations-" + movementId + ".csv\"")
                .build();
    }

    private static NominationFormPage.Purpose purpose(Movement movement) {
        return new NominationFormPage.Purpose(
                "/desk/movements/" + movement.id + "/nominate", "Lập đề nghị khen thưởng", null, null);
    }
}
