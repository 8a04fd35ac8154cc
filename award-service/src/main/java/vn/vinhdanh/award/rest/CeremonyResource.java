package vn.vinhdanh.award.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.Ceremony;
import vn.vinhdanh.award.domain.CeremonyStatus;
import vn.vinhdanh.award.service.CeremonyAttachment;
import vn.vinhdanh.award.service.CeremonyPlanning;
import vn.vinhdanh.award.service.CeremonyQueries;
import vn.vinhdanh.award.service.Found;
import vn.vinhdanh.edge.PagedResponses;
import vn.vinhdanh.events.CeremonyOccasion;
import vn.vinhdanh.events.Sector;

@Path("/api/v1/ceremonies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Ceremonies",
        description = "Honouring ceremonies; each award presented is announced as" + " ceremony.scheduled.v1")
@RolesAllowed({Roles.AWARD_OFFICER, Roles.ADMIN})
public class CeremonyResource {

    /**
     * The next traditional day of a sector, occasion or day: {@code code} is the day's in the table of traditional
     * days, {@code occasion} what a ceremony on it is held for (SECTOR_DAY with the code for the sectors' other days).
     */
    public record TraditionalDayView(
            CeremonyOccasion occasion, String nameVi, LocalDate date, Sector sector, String code) {}

    private final CeremonyQueries ceremonies;
    private final CeremonyPlanning planning;
    private final CeremonyAttachment attachment;

    public CeremonyResource(CeremonyQueries ceremonies, CeremonyPlanning planning, CeremonyAttachment attachment) {
        this.ceremonies = ceremonies;
        this.planning = planning;
        this.attachment = attachment;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AWARD_OFFICER)
    @Operation(summary = "Schedule a ceremony")
    public Response create(@NotNull @Valid CeremonyRequest request, @Context UriInfo uri) {
        Ceremony ceremony = planning.create(request.toCommand());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(ceremony.id.toString())
                        .build())
                .entity(CeremonyView.of(ceremony, List.of()))
                .build();
    }

    @GET
    @Operation(
            summary = "Ceremonies by date, soonest first, optionally of one status and within [from, to]",
            description = "Paged: page (from 0) and size. Headers X-Total-Count and Link (first, prev, next, last).")
    public RestResponse<List<CeremonyView>> list(
            @QueryParam("status") CeremonyStatus status,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam(PagedResponses.PAGE) @DefaultValue("0") @Min(0) int page,
            @QueryParam(PagedResponses.SIZE) @DefaultValue("50") @Min(1) @Max(200) int size,
            UriInfo uri) {
        Found<Ceremony> found = ceremonies.list(status, from, to, page, size);
        Map<UUID, List<Award>> awards =
                ceremonies.awardsOf(found.items().stream().map(c -> c.id).toList());
        return PagedResponses.ok(
                found.items().stream()
                        .map(c -> CeremonyView.of(c, awards.getOrDefault(c.id, List.of())))
                        .toList(),
                found.total(),
                page,
                size,
                uri);
    }

    @GET
    @Path("/next-traditional-day")
    @Operation(
            summary = "The next traditional day (on or after `after`, default today) of a sector, occasion or day",
            description = "From the table of traditional days (GET /api/v1/traditional-days): the sector's day (21 Jun"
                    + " for the press, 20 Nov for education, ...), 11 Jun for a sector without one or none;"
                    + " occasion=FAMILY_DAY gives 28 Jun; day=<code> (or occasion=SECTOR_DAY&day=<code>) that day."
                    + " Occasions without a fixed day, and an unknown day, are 400.")
    public TraditionalDayView nextTraditionalDay(
            @QueryParam("sector") Sector sector,
            @QueryParam("occasion") CeremonyOccasion occasion,
            @QueryParam("day") String day,
            @QueryParam("after") LocalDate after) {
        CeremonyQueries.NextTraditionalDay next = ceremonies.nextTraditionalDay(
                sector, occasion, day == null || day.isBlank() ? null : day.strip(), after);
        return new TraditionalDayView(next.day().occasion(), next.day().nameVi, next.date(), sector, next.day().code);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One ceremony with the awards to be presented")
    public CeremonyView get(@PathParam("id") UUID id) {
        return view(ceremonies.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AWARD_OFFICER)
    @Operation(
            summary = "Change a scheduled ceremony; a new date, time, place, name or occasion re-announces every"
                    + " award it holds")
    public CeremonyView update(@PathParam("id") UUID id, @NotNull @Valid CeremonyRequest request) {
        return view(planning.update(id, request.toCommand()));
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AWARD_OFFICER)
    @Operation(summary = "Cancel a ceremony; each award it held is announced with cancelled = true")
    public CeremonyView cancel(@PathParam("id") UUID id, @NotNull @Valid CancelRequest request) {
        return view(planning.cancel(id, request.reason()));
    }

    @POST
    @Path("/{id}/awards")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AWARD_OFFICER)
    @Operation(summary = "Attach draft or granted awards to a scheduled ceremony")
    public CeremonyView attach(@PathParam("id") UUID id, @NotNull @Valid CeremonyAwardsRequest request) {
        return view(attachment.attach(id, request.awardIds()));
    }

    @DELETE
    @Path("/{id}/awards/{awardId}")
    @RolesAllowed(Roles.AWARD_OFFICER)
    @Operation(summary = "Detach an award; it is announced with cancelled = true")
    public CeremonyView detach(@PathParam("id") UUID id, @PathParam("awardId") UUID awardId) {
        return view(attachment.detach(id, awardId));
    }

    private CeremonyView view(Ceremony ceremony) {
        return CeremonyView.of(ceremony, ceremonies.awardsOf(ceremony.id));
    }
}
