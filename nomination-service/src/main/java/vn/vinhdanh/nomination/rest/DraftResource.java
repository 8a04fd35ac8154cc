package vn.vinhdanh.nomination.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.edge.PagedResponses;
import vn.vinhdanh.idempotency.Creation;
import vn.vinhdanh.idempotency.IdempotencyKeys;
import vn.vinhdanh.idempotency.http.AcceptsIdempotencyKey;
import vn.vinhdanh.idempotency.http.IdempotentResponses;
import vn.vinhdanh.nomination.domain.Nomination;
import vn.vinhdanh.nomination.domain.NominationDraft;
import vn.vinhdanh.nomination.service.DraftPreparation;
import vn.vinhdanh.nomination.service.DraftQueries;
import vn.vinhdanh.nomination.service.Found;

@Path("/api/v1/nominations/drafts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Nomination drafts",
        description = "Nominations an agency is still preparing; submitting one sends it to the council")
@RolesAllowed({Roles.AGENCY, Roles.ADMIN})
public class DraftResource {

    private final DraftPreparation preparation;
    private final DraftQueries drafts;
    private final ObjectMapper objectMapper;

    public DraftResource(DraftPreparation preparation, DraftQueries drafts, ObjectMapper objectMapper) {
        this.preparation = preparation;
        this.drafts = drafts;
        this.objectMapper = objectMapper;
    }

    @POST
    @AcceptsIdempotencyKey
    @Operation(
            summary = "Save a new draft: a nomination body, complete or not",
            description = "Only the movement (required, must exist), field types and unknown fields are checked now;"
                    + " everything else when it is submitted. With an Idempotency-Key header, a retry with the same"
                    + " key and body returns the draft saved (201, same Location, Idempotent-Replayed: true); the"
                    + " same key with another body is 422.")
    public RestResponse<DraftView> create(
            @HeaderParam(IdempotencyKeys.HEADER) @Size(min = 1, max = 200) String idempotencyKey,
            @NotNull NominationRequest content,
            UriInfo uri) {
        Creation<NominationDraft> saved = preparation.create(content.toCommand(), idempotencyKey);
        return IdempotentResponses.created(
                saved,
                uri.getAbsolutePathBuilder()
                        .path(saved.resource().id.toString())
                        .build(),
                this::view);
    }

    @GET
    @Operation(summary = "The agency's drafts, most recently changed first (submitted ones with includeSubmitted=true)")
    public RestResponse<List<DraftView>> list(
            @QueryParam("includeSubmitted") @DefaultValue("false") boolean includeSubmitted,
            @QueryParam(PagedResponses.PAGE) @DefaultValue("0") @Min(0) int page,
            @QueryParam(PagedResponses.SIZE) @DefaultValue("50") @Min(1) @Max(200) int size,
            UriInfo uri) {
        Found<NominationDraft> found = drafts.find(includeSubmitted, page, size);
        return PagedResponses.ok(found.items().stream().map(this::view).toList(), found.total(), page, size, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a draft")
    public DraftView get(@PathParam("id") UUID id) {
        return view(drafts.get(id));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a draft's content; 409 draft-submitted once it was submitted")
    public DraftView update(@PathParam("id") UUID id, @NotNull NominationRequest content) {
        return view(preparation.update(id, content.toCommand()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Discard a draft that was not submitted")
    public RestResponse<Void> delete(@PathParam("id") UUID id) {
        preparation.delete(id);
        return RestResponse.noContent();
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Submit the draft: every check of a submission, then the nomination goes to the council",
            description = "201 with the nomination and its Location; 400 with every field to fix, as for"
                    + " POST /api/v1/nominations; 409 possible-duplicate or draft-submitted.")
    public RestResponse<NominationView> submit(@PathParam("id") UUID id, UriInfo uri) {
        Nomination nomination = preparation.submit(id);
        return RestResponse.ResponseBuilder.<NominationView>created(uri.getBaseUriBuilder()
                        .path("api/v1/nominations")
                        .path(nomination.id.toString())
                        .build())
                .entity(NominationView.of(nomination, true))
                .build();
    }

    private DraftView view(NominationDraft draft) {
        try {
            return DraftView.of(draft, objectMapper.readTree(draft.content));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored draft " + draft.id + " is unreadable", e);
        }
    }
}
