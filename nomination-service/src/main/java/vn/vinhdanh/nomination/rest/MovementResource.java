package vn.vinhdanh.nomination.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import vn.vinhdanh.events.TargetGroup;
import vn.vinhdanh.idempotency.Creation;
import vn.vinhdanh.idempotency.IdempotencyKeys;
import vn.vinhdanh.idempotency.http.AcceptsIdempotencyKey;
import vn.vinhdanh.idempotency.http.IdempotentResponses;
import vn.vinhdanh.nomination.domain.CriteriaVersion;
import vn.vinhdanh.nomination.domain.Movement;
import vn.vinhdanh.nomination.service.Found;
import vn.vinhdanh.nomination.service.MovementAdministration;
import vn.vinhdanh.nomination.service.MovementQueries;
import vn.vinhdanh.nomination.service.NominationCsvExport;

@Path("/api/v1/movements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Movements", description = "Emulation movements (phong trào thi đua) that nominations belong to")
public class MovementResource {

    private final MovementAdministration administration;
    private final MovementQueries movements;
    private final NominationCsvExport csv;

    public MovementResource(MovementAdministration administration, MovementQueries movements, NominationCsvExport csv) {
        this.administration = administration;
        this.movements = movements;
        this.csv = csv;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @AcceptsIdempotencyKey
    @Operation(
            summary = "Create an emulation movement",
            description = "With an Idempotency-Key header, a retry with the same key and body returns the movement"
                    + " created (201, same Location, Idempotent-Replayed: true); the same key with another body is"
                    + " 422.")
    public RestResponse<MovementView> create(
            @HeaderParam(IdempotencyKeys.HEADER) @Size(min = 1, max = 200) String idempotencyKey,
            @NotNull @Valid MovementRequest request,
            UriInfo uri) {
        Creation<Movement> created = administration.create(request.toCommand(), idempotencyKey);
        return IdempotentResponses.created(
                created,
                uri.getAbsolutePathBuilder()
                        .path(created.resource().id.toString())
                        .build(),
                MovementView::of);
    }

    @GET
    @Authenticated
    @Operation(summary = "List movements, newest year first")
    public RestResponse<List<MovementView>> list(
            @QueryParam(PagedResponses.PAGE) @DefaultValue("0") @Min(0) int page,
            @QueryParam(PagedResponses.SIZE) @DefaultValue("50") @Min(1) @Max(200) int size,
            UriInfo uri) {
        Found<Movement> found = movements.list(page, size);
        return PagedResponses.ok(found.items().stream().map(MovementView::of).toList(), found.total(), page, size, uri);
    }

    @GET
    @Authenticated
    @Path("/{id}")
    @Operation(summary = "Read one movement")
    public MovementView get(@PathParam("id") UUID id) {
        return MovementView.of(movements.get(id));
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/{id}/criteria")
    @Operation(
            summary = "Replace the movement's criteria for all target groups; the set becomes the next version",
            description = "Earlier versions are kept: nominations submitted under them stay judged against them.")
    public CriteriaView replaceCriteria(@PathParam("id") UUID id, @NotNull @Valid CriteriaRequest request) {
        return CriteriaView.of(administration.replaceCriteria(id, request.toCommand()), null);
    }

    @GET
    @Authenticated
    @Path("/{id}/criteria")
    @Operation(
            summary = "Read the movement's current criteria, or an earlier version",
            description = "Version 0 is the empty set a movement starts with.")
    public CriteriaView criteria(
            @PathParam("id") UUID id,
            @QueryParam("version") @Min(0) Integer version,
            @QueryParam("targetGroup") TargetGroup targetGroup) {
        CriteriaVersion criteria = movements.criteria(id, version);
        return CriteriaView.of(criteria, targetGroup);
    }

    @GET
    @RolesAllowed({Roles.AGENCY, Roles.ADMIN})
    @Path("/{id}/nominations.csv")
    @Produces(NominationCsvExport.MEDIA_TYPE)
    @Operation(summary = "Export the movement's nominations as CSV (UTF-8 with BOM); an agency gets only its own")
    public RestResponse<String> exportNominations(@PathParam("id") UUID id) {
        return RestResponse.ResponseBuilder.ok(csv.export(id), NominationCsvExport.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"nominations-" + id + ".csv\"")
                .build();
    }
}
