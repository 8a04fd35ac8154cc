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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.desk.DeskCsrf;
import vn.vinhdanh.desk.FormErrors;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.events.TargetGroup;
import vn.vinhdanh.nomination.domain.Criterion;
import vn.vinhdanh.nomination.domain.Movement;
import vn.vinhdanh.nomination.domain.Nomination;
import vn.vinhdanh.nomination.domain.NominationStatus;
import vn.vinhdanh.nomination.rest.NominationRequest;
import vn.vinhdanh.nomination.service.MovementQueries;
import vn.vinhdanh.nomination.service.NominationFilter;
import vn.vinhdanh.nomination.service.NominationQueries;
import vn.vinhdanh.nomination.service.NominationSubmission;
import vn.vinhdanh.problem.ProblemException;

/**
 * The agency officer's desk: the movements open for nominations, the nomination form with evidence per criterion of
 * the nominee's target group, the agency's nominations and each one's timeline. The same use cases as the API
 * ({@link NominationSubmission}, {@link NominationQueries}); a refusal comes back as the form with each message next
 * to its field and the input kept.
 */
@Path("/desk")
@Produces(MediaType.TEXT_HTML)
public class AgencyDesk {

    static final int PAGE_SIZE = 20;

    private final MovementQueries movements;
    private final NominationQueries nominations;
    private final NominationSubmission submission;
    private final Validator validator;
    private final DeskCsrf csrf;
    private final Template home;
    private final Template nominate;
    private final Template list;
    private final Template detail;

    public AgencyDesk(
            MovementQueries movements,
            NominationQueries nominations,
            NominationSubmission submission,
            Validator validator,
            DeskCsrf csrf,
            @Location("agency/home.html") Template home,
            @Location("agency/nominate.html") Template nominate,
            @Location("agency/nominations.html") Template list,
            @Location("agency/nomination.html") Template detail) {
        this.movements = movements;
        this.nominations = nominations;
        this.submission = submission;
        this.validator = validator;
        this.csrf = csrf;
        this.home = home;
        this.nominate = nominate;
        this.list = list;
        this.detail = detail;
    }

    @GET
    @RolesAllowed({Roles.AGENCY, Roles.ADMIN})
    public String home() {
        return home.data("movements", movements.list())
                .data("recent", nominations.search(emptyFilter(), 0, 5).items())
                .render();
    }

    /** Without a target group the page asks for it first: the criteria, and so the form, depend on it. */
    @GET
    @Path("movements/{id}/nominate")
    @RolesAllowed(Roles.AGENCY)
    public String nominationForm(@PathParam("id") UUID movementId, @QueryParam("targetGroup") TargetGroup group) {
        return form(movements.get(movementId), group, NominationForm.empty(), FormErrors.none());
    }

    @POST
    @Path("movements/{id}/nominate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AGENCY)
    public Response submit(@PathParam("id") UUID movementId, MultivaluedMap<String, String> sent) {
        csrf.verify(sent);
        Movement movement = movements.get(movementId);
        NominationForm form = NominationForm.of(sent);
        TargetGroup group = targetGroup(form);
        List<Criterion> criteria = group == null ? List.of() : criteriaOf(movement, group);
        NominationRequest request = form.toRequest(movementId, criteria);
        Set<ConstraintViolation<NominationRequest>> violations = validator.validate(request);
        if (!violations.isEmpty() || !form.unreadable().isEmpty()) {
            return refused(movement, group, form, FormErrors.of(form.unreadable(), violations));
        }
        try {
            Nomination created = submission.submit(request.toCommand(), null).resource();
            return Response.seeOther(URI.create("/desk/nominations/" + created.id + "?submitted=1"))
                    .build();
        } catch (ProblemException refusal) {
            return refused(movement, group, form, FormErrors.of(refusal));
        }
    }

    @GET
    @Path("nominations")
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
    @Path("nominations/{id}")
    @RolesAllowed({Roles.AGENCY, Roles.ADMIN})
    public String nomination(@PathParam("id") UUID id, @QueryParam("submitted") String submitted) {
        Nomination nomination = nominations.get(id);
        List<Criterion> criteria = movements
                .criteria(nomination.movement.id, nomination.criteriaVersion)
                .of(nomination.nominee.targetGroup);
        return detail.data("n", nomination)
                .data("criteria", criteria)
                .data("justSubmitted", submitted != null)
                .render();
    }

    private Response refused(Movement movement, TargetGroup group, NominationForm form, FormErrors errors) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(form(movement, group, form, errors))
                .build();
    }

    private String form(Movement movement, TargetGroup group, NominationForm form, FormErrors errors) {
        return nominate.data("movement", movement)
                .data("group", group)
                .data("groups", TargetGroup.values())
                .data("evidence", group == null ? List.of() : EvidenceField.of(criteriaOf(movement, group)))
                .data("form", form)
                .data("errors", errors)
                .data("levels", Level.values())
                .data("sectors", Sector.values())
                .data("kinds", NomineeKind.values())
                .render();
    }

    /** One textarea per criterion of the nominee's target group, named as the API body's evidence list. */
    public record EvidenceField(String name, String label, String hint) {

        static List<EvidenceField> of(List<Criterion> criteria) {
            List<EvidenceField> fields = new java.util.ArrayList<>();
            for (int i = 0; i < criteria.size(); i++) {
                Criterion criterion = criteria.get(i);
                fields.add(new EvidenceField(
                        "evidence[" + i + "].text",
                        criterion.code + " – " + criterion.description,
                        criterion.required ? "Bắt buộc" : "Không bắt buộc"));
            }
            return fields;
        }
    }

    private List<Criterion> criteriaOf(Movement movement, TargetGroup group) {
        return movements.criteria(movement.id, null).of(group);
    }

    private static TargetGroup targetGroup(NominationForm form) {
        try {
            return form.value("nominee.targetGroup").isEmpty()
                    ? null
                    : TargetGroup.valueOf(form.value("nominee.targetGroup"));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static NominationFilter emptyFilter() {
        return new NominationFilter(null, null, null, null, null, null);
    }
}
