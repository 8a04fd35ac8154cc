package vn.vinhdanh.award.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import vn.vinhdanh.award.domain.BlockedApproval;
import vn.vinhdanh.award.service.BlockedApprovalBoardRetry;
import vn.vinhdanh.award.service.BlockedApprovalQueries;
import vn.vinhdanh.award.service.Found;
import vn.vinhdanh.edge.PagedResponses;
import vn.vinhdanh.problem.OptionalJsonBody;

@Path("/api/v1/blocked-approvals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Awards")
@RolesAllowed({Roles.AWARD_OFFICER, Roles.ADMIN})
public class BlockedApprovalResource {

    private static final OptionalJsonBody<BlockedApprovalRetryRequest> RETRY_BODY = OptionalJsonBody.of(
            BlockedApprovalRetryRequest.class,
            new BlockedApprovalRetryRequest(null),
            "a retry body",
            "Nội dung kèm theo khi thử lại đề nghị khen thưởng bị tạm dừng");

    private final BlockedApprovalQueries blocked;
    private final BlockedApprovalBoardRetry retry;
    private final ObjectMapper objectMapper;
    private final Validator validator;

    public BlockedApprovalResource(
            BlockedApprovalQueries blocked,
            BlockedApprovalBoardRetry retry,
            ObjectMapper objectMapper,
            Validator validator) {
        this.blocked = blocked;
        this.retry = retry;
        this.objectMapper = objectMapper;
        this.validator = validator;
    }

    @GET
    @Operation(
            summary = "Council approvals whose award could not be drafted (unknown title, title not for this kind"
                    + " of nominee, no reward rule), newest block first; includeResolved=true also lists those a"
                    + " corrected title or the board's retry has drafted since",
            description = "Paged: page (from 0) and size. Headers X-Total-Count and Link (first, prev, next, last).")
    public RestResponse<List<BlockedApprovalView>> list(
            @QueryParam("includeResolved") @DefaultValue("false") Boolean includeResolved,
            @QueryParam(PagedResponses.PAGE) @DefaultValue("0") @Min(0) int page,
            @QueryParam(PagedResponses.SIZE) @DefaultValue("50") @Min(1) @Max(200) int size,
            UriInfo uri) {
        Found<BlockedApproval> found = blocked.list(includeResolved, page, size);
        return PagedResponses.ok(
                found.items().stream().map(BlockedApprovalView::of).toList(), found.total(), page, size, uri);
    }

    @GET
    @Path("/{nominationId}")
    @Operation(summary = "The blocked approval of a nomination, resolved or not; 404 when none was ever blocked")
    public BlockedApprovalView get(@PathParam("nominationId") UUID nominationId) {
        return BlockedApprovalView.of(blocked.get(nominationId));
    }

    @POST
    @Path("/{nominationId}/retry")
    // a write, so the board's role only, as every other write of award-service
    @RolesAllowed(Roles.AWARD_OFFICER)
    @Operation(
            summary = "Draft a blocked approval again under its current title, once the board fixed the cause (the"
                    + " missing multiplier added, the catalogue or an issuer's authority corrected)",
            description = "No body, or {\"note\": \"...\"} (at most 500 characters) saying what was fixed, for the"
                    + " audit trail. 200 with the blocked approval, now resolved with its draft award, and event"
                    + " award.unblocked.v1. 409 still-blocked when it still cannot be drafted, the detail giving the"
                    + " current reason; a new award.blocked.v1 only when that reason changed (the same reason changes"
                    + " nothing). 409 not-blocked once its award was drafted; 404 when no approval of the nomination"
                    + " was blocked; 415 for a body that is not application/json.")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(
            required = false,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BlockedApprovalRetryRequest.class)))
    public BlockedApprovalView retry(
            @PathParam("nominationId") UUID nominationId,
            String body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType)
            throws JsonProcessingException {
        // read by hand: the body is optional, and a JSON body parameter would make a bare POST (no Content-Type) a 415
        BlockedApprovalRetryRequest request = RETRY_BODY.read(body, contentType, objectMapper, validator);
        return BlockedApprovalView.of(retry.retry(nominationId, request.note()));
    }
}
