package vn.vinhdanh.award.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.service.Found;
import vn.vinhdanh.award.service.RecoveryQueries;
import vn.vinhdanh.edge.PagedResponses;

@Path("/api/v1/recoveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Awards")
@RolesAllowed({Roles.AWARD_OFFICER, Roles.ADMIN})
public class RecoveryResource {

    private final RecoveryQueries recoveries;

    public RecoveryResource(RecoveryQueries recoveries) {
        this.recoveries = recoveries;
    }

    @GET
    @Operation(
            summary = "Revoked awards with what is due, repaid and outstanding, newest revocation first;"
                    + " outstanding=true for those still owing",
            description = "Paged: page (from 0) and size. Headers X-Total-Count and Link (first, prev, next, last).")
    public RestResponse<List<RecoveryView>> list(
            @QueryParam("outstanding") @DefaultValue("false") Boolean outstanding,
            @QueryParam(PagedResponses.PAGE) @DefaultValue("0") @Min(0) int page,
            @QueryParam(PagedResponses.SIZE) @DefaultValue("50") @Min(1) @Max(200) int size,
            UriInfo uri) {
        Found<Award> found = recoveries.revoked(outstanding, page, size);
        return PagedResponses.ok(
                found.items().stream().map(a -> RecoveryView.of(a, null)).toList(), found.total(), page, size, uri);
    }
}
