package vn.vinhdanh.messaging.redrive;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/dead-letters")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dead letters", description = "Messages this service could not process, and their redrive")
public class DeadLetterResource {

    private final DeadLetterRedrive redrive;

    public DeadLetterResource(DeadLetterRedrive redrive) {
        this.redrive = redrive;
    }

    @GET
    @Operation(summary = "List the dead letters waiting for the next redrive, oldest first")
    public List<DeadLetterRedrive.DeadLetter> pending(
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) Integer limit) {
        return redrive.pending(limit);
    }

    @POST
    @Path("/redrive")
    @Operation(summary = "Process dead letters again, once the cause is fixed; ones that still fail are parked again")
    public DeadLetterRedrive.RedriveResult redrive(
            @QueryParam("limit") @DefaultValue("1000") @Min(1) @Max(100000) Integer limit) {
        return redrive.redriveRecorded(limit);
    }
}
