package vn.vinhdanh.review.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import vn.vinhdanh.edge.PagedResponses;
import vn.vinhdanh.review.domain.Council;
import vn.vinhdanh.review.service.CouncilQueries;
import vn.vinhdanh.review.service.CouncilSetup;
import vn.vinhdanh.review.service.Found;

@Path("/api/v1/councils")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Councils", description = "Emulation and commendation councils per level and term, and their seats")
@RolesAllowed({Roles.COUNCIL_SECRETARY, Roles.COUNCIL_MEMBER, Roles.ADMIN})
public class CouncilResource {

    private final CouncilQueries councils;
    private final CouncilSetup setup;

    public CouncilResource(CouncilQueries councils, CouncilSetup setup) {
        this.councils = councils;
        this.setup = setup;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COUNCIL_SECRETARY, Roles.ADMIN})
    @Operation(
            summary = "Set up a council for a level and term; new cases of that level open in it",
            description = "Exactly one CHAIR; SECRETARY seats do not vote. A member whose agencyCode is the"
                    + " nominating agency's has a conflict of interest on that nomination.")
    public RestResponse<CouncilView> create(@NotNull @Valid CouncilRequest request, UriInfo uri) {
        Council council = setup.create(request.toCommand());
        return RestResponse.ResponseBuilder.<CouncilView>created(
                        uri.getAbsolutePathBuilder().path(council.id.toString()).build())
                .entity(CouncilView.of(council, council.members()))
                .build();
    }

    @GET
    @Operation(
            summary = "Councils, by level, newest term first",
            description = "Paged: page (from 0) and size. Headers X-Total-Count and Link (first, prev, next, last).")
    public RestResponse<List<CouncilView>> list(
            @QueryParam(PagedResponses.PAGE) @DefaultValue("0") @Min(0) int page,
            @QueryParam(PagedResponses.SIZE) @DefaultValue("50") @Min(1) @Max(200) int size,
            UriInfo uri) {
        Found<Council> found = councils.list(page, size);
        var members = councils.membersOf(found.items().stream().map(c -> c.id).toList());
        return PagedResponses.ok(
                found.items().stream()
                        .map(c -> CouncilView.of(c, members.getOrDefault(c.id, List.of())))
                        .toList(),
                found.total(),
                page,
                size,
                uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One council with its seats")
    public CouncilView get(@PathParam("id") UUID id) {
        Council council = councils.get(id);
        return CouncilView.of(council, council.members());
    }

    @PUT
    @Path("/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COUNCIL_SECRETARY, Roles.ADMIN})
    @Operation(summary = "Replace the council's seats")
    public CouncilView replaceMembers(@PathParam("id") UUID id, @NotNull @Valid CouncilRequest.Members request) {
        Council council = setup.replaceMembers(id, request.toCommand());
        return CouncilView.of(council, council.members());
    }
}
