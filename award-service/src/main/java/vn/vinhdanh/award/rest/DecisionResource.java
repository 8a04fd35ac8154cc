package vn.vinhdanh.award.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.AwardDecision;
import vn.vinhdanh.award.domain.DecisionStatus;
import vn.vinhdanh.award.service.AwardQueries;
import vn.vinhdanh.award.service.DecisionPreparation;
import vn.vinhdanh.award.service.DecisionQueries;
import vn.vinhdanh.award.service.DecisionSigning;
import vn.vinhdanh.award.service.Found;
import vn.vinhdanh.edge.PagedResponses;
import vn.vinhdanh.idempotency.Creation;
import vn.vinhdanh.idempotency.IdempotencyKeys;
import vn.vinhdanh.idempotency.http.AcceptsIdempotencyKey;
import vn.vinhdanh.idempotency.http.IdempotentResponses;

@Path("/api/v1/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Decisions", description = "Commendation decisions: draft awards listed, then signed and numbered")
@RolesAllowed({Roles.AWARD_OFFICER, Roles.ADMIN})
public class DecisionResource {

    private final DecisionQueries decisions;
    private final DecisionPreparation preparation;
    private final DecisionSigning signing;
    private final AwardQueries awards;

    public DecisionResource(
            DecisionQueries decisions, DecisionPreparation preparation, DecisionSigning signing, AwardQueries awards) {
        this.decisions = decisions;
        this.preparation = preparation;
        this.signing = signing;
        this.awards = awards;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AWARD_OFFICER)
    @AcceptsIdempotencyKey
    @Operation(
            summary = "Prepare a decision (DRAFT, no number yet) listing draft awards",
            description = "With an Idempotency-Key header, a retry with the same key and body returns the original"
                    + " decision (201, same Location, header Idempotent-Replayed: true); the same key with another"
                    + " body is refused with 422 idempotency-key-reused.")
    public RestResponse<DecisionView> create(
            @HeaderParam(IdempotencyKeys.HEADER) @Size(min = 1, max = 200) String idempotencyKey,
            @NotNull @Valid DecisionRequest request,
            @Context UriInfo uri) {
        Creation<AwardDecision> creation = preparation.create(idempotencyKey, request.toCommand());
        return IdempotentResponses.created(
                creation,
                uri.getAbsolutePathBuilder()
                        .path(creation.resource().id.toString())
                        .build(),
                this::view);
    }

    @GET
    @Operation(
            summary = "List decisions, newest first, optionally of one status",
            description = "Paged: page (from 0) and size. Headers X-Total-Count and Link (first, prev, next, last).")
    public RestResponse<List<DecisionView>> list(
            @QueryParam("status") DecisionStatus status,
            @QueryParam(PagedResponses.PAGE) @DefaultValue("0") @Min(0) int page,
            @QueryParam(PagedResponses.SIZE) @DefaultValue("50") @Min(1) @Max(200) int size,
            @Context UriInfo uri) {
        Found<AwardDecision> found = decisions.list(status, page, size);
        Map<UUID, List<Award>> listed =
                awards.ofDecisions(found.items().stream().map(d -> d.id).toList());
        return PagedResponses.ok(
                found.items().stream()
                        .map(d -> DecisionView.of(d, listed.getOrDefault(d.id, List.of())))
                        .toList(),
                found.total(),
                page,
                size,
                uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one decision with its recipients")
    public DecisionView get(@PathParam("id") UUID id) {
        return view(decisions.get(id));
    }

    @POST
    @Path("/{id}/awards")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AWARD_OFFICER)
    @Operation(summary = "Add draft awards to a draft decision")
    public DecisionView addAwards(@PathParam("id") UUID id, @NotNull @Valid DecisionAwardsRequest request) {
        return view(preparation.addAwards(id, request.awardIds()));
    }

    @POST
    @Path("/{id}/sign")
    @RolesAllowed(Roles.AWARD_OFFICER)
    @Operation(
            summary = "Sign the decision: number it, price its awards by the rules of its date, commit the total"
                    + " against the fund's budget, grant the awards and send award.granted.v1 for each")
    public DecisionView sign(@PathParam("id") UUID id) {
        return view(signing.sign(id));
    }

    private DecisionView view(AwardDecision decision) {
        return DecisionView.of(decision, awards.ofDecision(decision.id));
    }
}
