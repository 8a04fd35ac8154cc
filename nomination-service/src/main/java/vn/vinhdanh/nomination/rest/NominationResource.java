package vn.vinhdanh.nomination.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.edge.PagedResponses;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.idempotency.Creation;
import vn.vinhdanh.idempotency.IdempotencyKeys;
import vn.vinhdanh.idempotency.http.AcceptsIdempotencyKey;
import vn.vinhdanh.idempotency.http.IdempotentResponses;
import vn.vinhdanh.nomination.domain.Nomination;
import vn.vinhdanh.nomination.domain.NominationRevision;
import vn.vinhdanh.nomination.domain.NominationStatus;
import vn.vinhdanh.nomination.service.NominationAmendment;
import vn.vinhdanh.nomination.service.NominationFilter;
import vn.vinhdanh.nomination.service.NominationQueries;
import vn.vinhdanh.nomination.service.NominationSubmission;
import vn.vinhdanh.nomination.service.NominationTitleCorrection;
import vn.vinhdanh.nomination.service.NominationWithdrawal;
import vn.vinhdanh.problem.OptionalJsonBody;
import vn.vinhdanh.problem.ProblemLanguage;

@Path("/api/v1/nominations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Nominations", description = "Proposals of advanced models (điển hình tiên tiến) and their timeline")
@RolesAllowed({Roles.AGENCY, Roles.ADMIN})
public class NominationResource {

    private static final OptionalJsonBody<WithdrawalRequest> WITHDRAWAL_BODY = OptionalJsonBody.of(
            WithdrawalRequest.class,
            new WithdrawalRequest(null),
            "a withdrawal body",
            "Nội dung kèm theo khi rút hồ sơ");

    private final NominationSubmission submission;
    private final NominationAmendment amendment;
    private final NominationWithdrawal withdrawal;
    private final NominationTitleCorrection titleCorrection;
    private final NominationQueries nominations;
    private final BatchSubmissions batch;
    private final NominationBodies bodies;
    private final Validator validator;
    private final ObjectMapper objectMapper;

    public NominationResource(
            NominationSubmission submission,
            NominationAmendment amendment,
            NominationWithdrawal withdrawal,
            NominationTitleCorrection titleCorrection,
            NominationQueries nominations,
            BatchSubmissions batch,
            NominationBodies bodies,
            Validator validator,
            ObjectMapper objectMapper) {
        this.submission = submission;
        this.amendment = amendment;
        this.withdrawal = withdrawal;
        this.titleCorrection = titleCorrection;
        this.nominations = nominations;
        this.batch = batch;
        this.bodies = bodies;
        this.validator = validator;
        this.objectMapper = objectMapper;
    }

    @POST
    @AcceptsIdempotencyKey
    @Operation(
            summary = "Submit a nomination; the council's review starts from the nomination.submitted.v1 event",
            description = "400 names every field to fix at once: values of the wrong type, unknown fields, constraints"
                    + " and the rules between fields (errors[], sorted by field). With an Idempotency-Key header, a"
                    + " retry with the same key and body returns the original nomination (201, same Location, header"
                    + " Idempotent-Replayed: true); the same key with another body is refused with 422.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NominationRequest.class)))
    public RestResponse<NominationView> submit(
            @HeaderParam(IdempotencyKeys.HEADER) @Size(min = 1, max = 200) String idempotencyKey,
            @NotNull JsonNode body,
            UriInfo uri) {
        NominationRequest request = bodies.submission(body);
        Creation<Nomination> submitted = submission.submit(request.toCommand(), idempotencyKey);
        return IdempotentResponses.created(
                submitted,
                uri.getAbsolutePathBuilder()
                        .path(submitted.resource().id.toString())
                        .build(),
                nomination -> NominationView.of(nomination, true));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a nomination with its status timeline")
    public NominationView get(@PathParam("id") UUID id) {
        return NominationView.of(nominations.get(id), true);
    }

    @GET
    @Operation(
            summary = "Search nominations, newest first; an agency sees only its own",
            description =
                    "Headers X-Total-Count (the number of matches over all pages) and Link (first, prev, next, last)."
                            + " q matches part of the"
                            + " nominee's name, with or without Vietnamese diacritics (q=lo thi mai finds Lò Thị Mai).")
    public RestResponse<List<NominationView>> list(
            @QueryParam("movementId") UUID movementId,
            @QueryParam("status") NominationStatus status,
            @QueryParam("year") Integer year,
            @QueryParam("level") Level level,
            @QueryParam("sector") Sector sector,
            @QueryParam("q") @Size(max = 100) String q,
            @QueryParam(PagedResponses.PAGE) @DefaultValue("0") @Min(0) int page,
            @QueryParam(PagedResponses.SIZE) @DefaultValue("50") @Min(1) @Max(200) int size,
            UriInfo uri) {
        NominationQueries.Page found =
                nominations.search(new NominationFilter(movementId, status, year, level, sector, q), page, size);
        List<NominationView> views = found.items().stream()
                .map(nomination -> NominationView.of(nomination, false))
                .toList();
        return PagedResponses.ok(views, found.total(), page, size, uri);
    }

    @POST
    @Path("/batch")
    @AcceptsIdempotencyKey
    @Operation(
            summary = "Submit up to 500 nominations; each item is committed or refused on its own",
            description = "200 with one result per item, in order: {index, status, id} for a submitted item (201),"
                    + " {index, status, problem} for a refused one, the problem exactly what POST /api/v1/nominations"
                    + " answers for that body (in the language Accept-Language prefers; Content-Language says it)."
                    + " More than 500 items is 400 for the whole batch. With an Idempotency-Key header, a retry with"
                    + " the same key and body submits nothing and answers the first request's 200 again, the same"
                    + " results (header Idempotent-Replayed: true); the same key with another body is refused with"
                    + " 422.")
    public RestResponse<List<BatchItemResult>> submitBatch(
            @HeaderParam(IdempotencyKeys.HEADER) @Size(min = 1, max = 200) String idempotencyKey,
            @NotNull @Valid BatchRequest request,
            UriInfo uri,
            HttpHeaders headers) {
        String instance = uri.getRequestUri().getRawPath();
        ProblemLanguage language = ProblemLanguage.of(headers);
        BatchSubmissions.Answer answer = idempotencyKey == null
                ? batch.submit(request.items(), instance, language)
                : batch.submitOnce(idempotencyKey, request, instance, language);
        RestResponse.ResponseBuilder<List<BatchItemResult>> response = RestResponse.ResponseBuilder.ok(answer.results())
                .header(HttpHeaders.CONTENT_LANGUAGE, answer.language().tag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        if (answer.replayed()) {
            response.header(IdempotencyKeys.REPLAYED_HEADER, "true");
        }
        return response.build();
    }

    @POST
    @Path("/{id}/revisions")
    @AcceptsIdempotencyKey
    @Operation(
            summary = "Amend a nomination the council returned for information; the council opens a new round",
            description = "The body is a whole nomination as for a submission, with changeNote (required) saying what"
                    + " changed. 201 with the nomination, now SUBMITTED at the next revision; nomination.submitted.v1"
                    + " carries the new revision. 409 not-returned unless the nomination is RETURNED. With an"
                    + " Idempotency-Key header, a retry with the same key and body answers 201 with the Location of the"
                    + " revision the first request wrote (Idempotent-Replayed: true); another body is 422. 400 names"
                    + " every field to fix at once, as for a submission.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NominationRequest.class)))
    public RestResponse<NominationView> amend(
            @PathParam("id") UUID id,
            @HeaderParam(IdempotencyKeys.HEADER) @Size(min = 1, max = 200) String idempotencyKey,
            @NotNull JsonNode body,
            UriInfo uri) {
        NominationRequest request = bodies.amendment(id, body);
        Creation<NominationAmendment.Amended> amended = amendment.amend(id, request.toCommand(), idempotencyKey);
        return IdempotentResponses.created(
                amended,
                uri.getAbsolutePathBuilder()
                        .path(String.valueOf(amended.resource().revision()))
                        .build(),
                done -> NominationView.of(done.nomination(), true));
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(summary = "The nomination's revisions, oldest first: when, by whom and the change note")
    public List<RevisionView> revisions(@PathParam("id") UUID id) {
        return nominations.revisions(id).stream()
                .map(r -> RevisionView.of(r, null))
                .toList();
    }

    @GET
    @Path("/{id}/revisions/{revision}")
    @Operation(summary = "One revision with its content exactly as the council received it (nomination.submitted.v1)")
    public RevisionView revision(@PathParam("id") UUID id, @PathParam("revision") @Min(1) int revision)
            throws JsonProcessingException {
        NominationRevision found = nominations.revision(id, revision);
        return RevisionView.of(found, objectMapper.readTree(found.content));
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(
            summary = "Withdraw a nomination the council has not approved or rejected",
            description = "Status WITHDRAWN, a timeline step and event nomination.withdrawn.v1; 409 not-withdrawable"
                    + " once decided.")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(
            required = false,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WithdrawalRequest.class)))
    public NominationView withdraw(
            @PathParam("id") UUID id, String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType)
            throws JsonProcessingException {
        // read by hand: the body is optional, and a JSON body parameter would make a bare POST (no Content-Type) a 415
        WithdrawalRequest request = WITHDRAWAL_BODY.read(body, contentType, objectMapper, validator);
        return NominationView.of(withdrawal.withdraw(id, request.toCommand()), true);
    }

    @POST
    @Path("/{id}/title-corrections")
    @Operation(
            summary = "Correct the proposed title of an approved nomination whose award award-service could not draft",
            description = "After award.blocked.v1 (the nomination's awardBlock says why), the agency names another"
                    + " title and why: proposedAward updated, the block cleared, a TITLE_CORRECTED timeline entry and"
                    + " event nomination.title-corrected.v1, on which award-service drafts the kept approval again and"
                    + " answers with award.unblocked.v1 or another block. 200 with the nomination. The title is checked"
                    + " as at intake (400 on proposedAward: unknown, for the other kind of nominee, not granted at the"
                    + " nomination's level on the last day of its movement's period, or the title proposed now). 409 award-not-blocked unless the"
                    + " nomination is APPROVED with a block no correction has answered yet.")
    public NominationView correctTitle(@PathParam("id") UUID id, @NotNull @Valid TitleCorrectionRequest request) {
        return NominationView.of(titleCorrection.correct(id, request.toCommand()), true);
    }
}
