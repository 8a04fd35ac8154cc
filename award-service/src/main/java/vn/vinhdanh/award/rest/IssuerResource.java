package vn.vinhdanh.award.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.award.service.IssuerQueries;
import vn.vinhdanh.award.service.IssuerRegistration;

@Path("/api/v1/issuers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Issuers", description = "Who may sign what: decision issuers and the award types their authority grants")
@RolesAllowed({Roles.AWARD_OFFICER, Roles.ADMIN})
public class IssuerResource {

    private final IssuerQueries issuers;
    private final IssuerRegistration registration;

    public IssuerResource(IssuerQueries issuers, IssuerRegistration registration) {
        this.issuers = issuers;
        this.registration = registration;
    }

    @GET
    @Operation(summary = "Every issuer with the award types it may grant")
    public List<IssuerView> list() {
        return issuers.list().stream().map(IssuerView::of).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One issuer with the award types it may grant")
    public IssuerView get(@PathParam("code") String code) {
        return IssuerView.of(issuers.get(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AWARD_OFFICER)
    @Operation(summary = "Register an issuer and the authority it acts for; 409 issuer-exists")
    public Response register(@NotNull @Valid IssuerRequest request, @Context UriInfo uri) {
        registration.register(request.toCommand());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(request.code()).build())
                .entity(IssuerView.of(issuers.get(request.code())))
                .build();
    }
}
