package vn.vinhdanh.award.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vinhdanh.award.service.AwardService;

@Path("/api/v1/awards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Awards", description = "Granted awards with their decision and the amount under the law of its date")
public class AwardResource {

    private final AwardService awards;

    public AwardResource(AwardService awards) {
        this.awards = awards;
    }

    @GET
    @Operation(summary = "List awards: the one of a nomination, or all, newest decision first")
    public List<AwardView> list(
            @QueryParam("nominationId") UUID nominationId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return awards.list(nominationId, page, size).stream().map(AwardView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one award")
    public AwardView get(@PathParam("id") UUID id) {
        return AwardView.of(awards.get(id));
    }
}
