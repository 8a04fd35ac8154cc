package vn.vinhdanh.nomination.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.vinhdanh.nomination.domain.Movement;
import vn.vinhdanh.nomination.service.MovementService;

@Path("/api/v1/movements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Movements", description = "Emulation movements (phong trào thi đua) that nominations belong to")
public class MovementResource {

    private final MovementService movements;

    public MovementResource(MovementService movements) {
        this.movements = movements;
    }

    @POST
    @Operation(summary = "Create an emulation movement")
    public RestResponse<MovementView> create(@NotNull @Valid MovementRequest request, UriInfo uri) {
        Movement movement = movements.create(request);
        return RestResponse.ResponseBuilder
                .<MovementView>created(uri.getAbsolutePathBuilder().path(movement.id.toString()).build())
                .entity(MovementView.of(movement))
                .build();
    }

    @GET
    @Operation(summary = "List movements, newest year first")
    public List<MovementView> list() {
        return movements.list().stream().map(MovementView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one movement")
    public MovementView get(@PathParam("id") UUID id) {
        return MovementView.of(movements.get(id));
    }
}
