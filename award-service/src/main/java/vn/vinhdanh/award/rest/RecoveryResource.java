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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.award.service.RecoveryQueries;

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
                    + " outstanding=true for those still owing")
    public List<RecoveryView> list(
            @QueryParam("outstanding") @DefaultValue("false") Boolean outstanding,
            @QueryParam("page") @DefaultValue("0") @Min(0) Integer page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) Integer size) {
        return recoveries.revoked(outstanding, page, size).stream()
                .map(a -> RecoveryView.of(a, null))
                .toList();
    }
}
