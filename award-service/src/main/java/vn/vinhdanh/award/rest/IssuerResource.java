package vn.vinhdanh.award.rest;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.award.service.Found;
import vn.vinhdanh.award.service.IssuerQueries;
import vn.vinhdanh.award.service.IssuerRegistration;
import vn.vinhdanh.edge.PagedResponses;

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
    @Operation(
            summary = "The issuers by code, each with the award types it may grant",
            description = "Paged: page (from 0) and size. Headers X-Total-Count and Link (first, prev, next, last).")
    public RestResponse<List<IssuerView>> list(
            @QueryParam(PagedResponses.PAGE) @DefaultValue("0") @Min(0) int page,
            @QueryParam(PagedResponses.SIZE) @DefaultValue("50") @Min(1) @Max(200) int size,
            @Context UriInfo uri) {
        Found<IssuerQueries.IssuerWithGrants> found = issuers.list(page, size);
        return PagedResponses.ok(found.items().stream().map(IssuerView::of).toList(), found.total(), page, size, uri);
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
    @Operation(
            summary = "Register an issuer and the authority it acts for; 409 issuer-exists",
            description = "signerName (optional, at most 200 characters) is the full name of who signs the issuer's"
                    + " decisions; the certificates print it under the signer's title.")
    public Response register(@NotNull @Valid IssuerRequest request, @Context UriInfo uri) {
        registration.register(request.toCommand());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(request.code()).build())
                .entity(IssuerView.of(issuers.get(request.code())))
                .build();
    }
}
