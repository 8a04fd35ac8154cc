package vn.vinhdanh.nomination.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
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
import vn.vinhdanh.nomination.service.DraftQueries;
import vn.vinhdanh.nomination.service.MovementQueries;
import vn.vinhdanh.nomination.service.SubmitNomination;
import vn.vinhdanh.problem.ProblemException;

/**
 * The agency's drafts: a nomination saved half-done from the form, resumed later, saved again or sent; the use case
 * of the API's drafts ({@link DraftPreparation}), whose submission runs every check of a submission.
 */
@Path("/desk/drafts")
@Produces(MediaType.TEXT_HTML)
public class DraftPages {

    private final DraftPreparation preparation;
    private final DraftQueries drafts;
    private final MovementQueries movements;
    private final NominationFormPage formPage;
    private final DeskCsrf csrf;
    private final ObjectMapper json;
    private final Template list;

    public DraftPages(
            DraftPreparation preparation,
            DraftQueries drafts,
            MovementQueries movements,
            NominationFormPage formPage,
            DeskCsrf csrf,
            ObjectMapper json,
            @Location("agency/drafts.html") Template list) {
        this.preparation = preparation;
        this.drafts = drafts;
        this.movements = movements;
        this.formPage = formPage;
        this.csrf = csrf;
        this.json = json;
        this.list = list;
    }

    @GET
    @RolesAllowed(Roles.AGENCY)
    public String drafts() {
        List<NominationDraft> open = drafts.list(false, 0, 100);
        return list.data("drafts", open.stream().map(this::summary).toList()).render();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.AGENCY)
    public String draft(@PathParam("id") UUID id, @jakarta.ws.rs.QueryParam("saved") String saved) {
        NominationDraft draft = drafts.get(id);
        SubmitNomination typed = typed(draft);
        Movement movement = movements.get(draft.movementId);
        TargetGroup group = typed.nominee() == null ? null : typed.nominee().targetGroup();
        List<Criterion> criteria = formPage.criteria(movement, group, null);
        return formPage.render(
                movement,
                group,
                criteria,
                NominationForm.of(typed, criteria),
                FormErrors.none(),
                new NominationFormPage.Purpose(
                        action(id),
                        HEADING,
                        null,
                        saved == null ? null : "Đã lưu nháp. Có thể tiếp tục sau, ở mục Nháp đã lưu."));
    }

    /** Saves the form into the draft, or saves and sends it, as the pressed button says. */
    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AGENCY)
    public Response save(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        csrf.verify(sent);
        NominationDraft draft = drafts.get(id);
        Movement movement = movements.get(draft.movementId);
        NominationForm form = NominationForm.of(sent);
        TargetGroup group = form.targetGroup();
        List<Criterion> criteria = formPage.criteria(movement, group, null);
        NominationRequest request = form.toRequest(movement.id, criteria, List.of(), null);
        if (!form.unreadable().isEmpty()) {
            return formPage.refused(
                    movement, group, criteria, form, FormErrors.of(form.unreadable(), List.of()), purpose(id));
        }
        try {
            preparation.update(id, request.toCommand());
            if (NominationForm.SAVE_DRAFT.equals(sent.getFirst(NominationForm.INTENT))) {
                return Response.seeOther(URI.create("/desk/drafts/" + id + "?saved=1"))
                        .build();
            }
            Nomination nomination = preparation.submit(id);
            return Response.seeOther(URI.create("/desk/nominations/" + nomination.id + "?submitted=1"))
                    .build();
        } catch (ConstraintViolationException invalid) {
            return formPage.refused(
                    movement,
                    group,
                    criteria,
                    form,
                    FormErrors.of(Map.of(), invalid.getConstraintViolations()),
                    purpose(id));
        } catch (ProblemException refusal) {
            return formPage.refused(movement, group, criteria, form, FormErrors.of(refusal), purpose(id));
        }
    }

    private static final String HEADING = "Tiếp tục đề nghị đã lưu nháp";

    private static String action(UUID draftId) {
        return "/desk/drafts/" + draftId;
    }

    private static NominationFormPage.Purpose purpose(UUID draftId) {
        return new NominationFormPage.Purpose(action(draftId), HEADING, null, null);
    }

    /** What the list shows of a draft: whom it is for, in which movement, when it was last saved. */
    public record DraftSummary(UUID id, String nominee, String movement, java.time.Instant savedAt) {}

    private DraftSummary summary(NominationDraft draft) {
        SubmitNomination typed = typed(draft);
        String nominee = typed.nominee() == null || typed.nominee().name() == null
                ? "(chưa có tên)"
                : typed.nominee().name();
        return new DraftSummary(
                draft.id,
                nominee,
                movements.get(draft.movementId).name,
                draft.updatedAt != null ? draft.updatedAt : draft.createdAt);
    }

    /** The draft as it was typed; not checked, it may be incomplete. */
    private SubmitNomination typed(NominationDraft draft) {
        try {
            return json.readValue(draft.content, SubmitNomination.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("draft " + draft.id + " holds no nomination body", e);
        }
    }
}
