package vn.vinhdanh.nomination.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import vn.vinhdanh.nomination.domain.Nomination;
import vn.vinhdanh.nomination.domain.NominationStatus;
import vn.vinhdanh.nomination.service.NominationService;

@Path("/api/v1/nominations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Nominations", description = "Proposals of advanced models (điển hình tiên tiến) and their timeline")
public class NominationResource {

    private final NominationService nominations;

    public NominationResource(NominationService nominations) {
        this.nominations = nominations;
    }

    @POST
    @Operation(summary = "Submit a nomination; the council's review starts from the nomination.submitted.v1 event")
    public RestResponse<NominationView> submit(@NotNull @Valid NominationRequest request, UriInfo uri) {
        Nomination nomination = nominations.submit(request, "agency:" + request.agencyCode());
        return RestResponse.ResponseBuilder
                .<NominationView>created(uri.getAbsolutePathBuilder().path(nomination.id.toString()).build())
                .entity(NominationView.of(nomination, true))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a nomination with its status timeline")
    public NominationView get(@PathParam("id") UUID id) {
        return NominationView.of(nominations.get(id), true);
    }

    @GET
    @Operation(summary = "List nominations, newest first")
    public List<NominationView> list(
            @QueryParam("movementId") UUID movementId,
            @QueryParam("status") NominationStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return nominations.list(movementId, status, page, size).stream()
                .map(nomination -> NominationView.of(nomination, false))
                .toList();
    }
}
