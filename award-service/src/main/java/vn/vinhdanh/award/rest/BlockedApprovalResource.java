package vn.vinhdanh.award.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import vn.vinhdanh.award.domain.BlockedApproval;
import vn.vinhdanh.award.service.BlockedApprovalQueries;
import vn.vinhdanh.award.service.Found;
import vn.vinhdanh.edge.PagedResponses;

@Path("/api/v1/blocked-approvals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Awards")
@RolesAllowed({Roles.AWARD_OFFICER, Roles.ADMIN})
public class BlockedApprovalResource {

    private final BlockedApprovalQueries blocked;

    public BlockedApprovalResource(BlockedApprovalQueries blocked) {
        this.blocked = blocked;
    }

    @GET
    @Operation(
            summary = "Council approvals whose award could not be drafted (unknown title, title not for this kind"
                    + " of nominee, no reward rule), newest block first; includeResolved=true also lists those a"
                    + " corrected title has drafted since",
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
}
