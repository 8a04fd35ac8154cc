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
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.Ceremony;
import vn.vinhdanh.award.domain.CeremonyStatus;
import vn.vinhdanh.award.service.CeremonyService;
import vn.vinhdanh.events.CeremonyOccasion;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.events.TraditionalDay;

@Path("/api/v1/ceremonies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ceremonies", description = "Honouring ceremonies; each award presented is announced as"
        + " ceremony.scheduled.v1")
@RolesAllowed({ Roles.AWARD_OFFICER, Roles.ADMIN })
public class CeremonyResource {

    /** The next traditional day of a sector or occasion. */
    public record TraditionalDayView(CeremonyOccasion occasion, String nameVi, LocalDate date, Sector sector) {
    }

    private final CeremonyService ceremonies;

    public CeremonyResource(CeremonyService ceremonies) {
        this.ceremonies = ceremonies;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AWARD_OFFICER)
    @Operation(summary = "Schedule a ceremony")
    public Response create(@NotNull @Valid CeremonyRequest request, @Context UriInfo uri) {
        Ceremony ceremony = ceremonies.create(details(request));
        return Response.created(uri.getAbsolutePathBuilder().path(ceremony.id.toString()).build())
                .entity(CeremonyView.of(ceremony, List.of())).build();
    }

    @GET
    @Operation(summary = "Ceremonies by date, soonest first, optionally of one status and within [from, to]")
    public List<CeremonyView> list(
            @QueryParam("status") String status,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) Integer page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) Integer size) {
        List<Ceremony> found = ceremonies.list(QueryParams.enumValue("status", status, CeremonyStatus.class),
                QueryParams.date("from", from), QueryParams.date("to", to), page, size);
        Map<UUID, List<Award>> awards = ceremonies.awardsOf(found.stream().map(c -> c.id).toList());
        return found.stream().map(c -> CeremonyView.of(c, awards.getOrDefault(c.id, List.of()))).toList();
    }

    @GET
    @Path("/next-traditional-day")
    @Operation(summary = "The next traditional day (on or after `after`, default today) of a sector or occasion",
            description = "20 Nov for education, 27 Feb for health, 26 Mar for youth, 11 Jun for every other sector"
                    + " or none; occasion=FAMILY_DAY gives 28 Jun. Occasions without a fixed day are 400.")
    public TraditionalDayView nextTraditionalDay(@QueryParam("sector") String sector,
            @QueryParam("occasion") String occasion, @QueryParam("after") String after) {
        Sector s = QueryParams.enumValue("sector", sector, Sector.class);
        CeremonyOccasion o = QueryParams.enumValue("occasion", occasion, CeremonyOccasion.class);
        LocalDate from = after == null ? LocalDate.now(Ceremony.VIETNAM) : QueryParams.date("after", after);
        TraditionalDay day = o == null ? TraditionalDay.of(s) : TraditionalDay.of(o)
                .orElseThrow(() -> vn.vinhdanh.problem.ProblemException.invalidField("occasion",
                        o + " has no fixed day; one of PATRIOTIC_EMULATION_DAY, TEACHERS_DAY, DOCTORS_DAY,"
                                + " YOUTH_UNION_DAY, FAMILY_DAY"));
        return new TraditionalDayView(day.occasion(), day.vietnameseName(), day.onOrAfter(from), s);
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
    @Operation(summary = "Change a scheduled ceremony; a new date, time, place, name or occasion re-announces every"
            + " award it holds")
    public CeremonyView update(@PathParam("id") UUID id, @NotNull @Valid CeremonyRequest request) {
        return view(ceremonies.update(id, details(request)));
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AWARD_OFFICER)
    @Operation(summary = "Cancel a ceremony; each award it held is announced with cancelled = true")
    public CeremonyView cancel(@PathParam("id") UUID id, @NotNull @Valid CancelRequest request) {
        return view(ceremonies.cancel(id, request.reason().strip()));
    }

    @POST
    @Path("/{id}/awards")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AWARD_OFFICER)
    @Operation(summary = "Attach draft or granted awards to a scheduled ceremony")
    public CeremonyView attach(@PathParam("id") UUID id, @NotNull @Valid CeremonyAwardsRequest request) {
        return view(ceremonies.attach(id, request.awardIds()));
    }

    @DELETE
    @Path("/{id}/awards/{awardId}")
    @RolesAllowed(Roles.AWARD_OFFICER)
    @Operation(summary = "Detach an award; it is announced with cancelled = true")
    public CeremonyView detach(@PathParam("id") UUID id, @PathParam("awardId") UUID awardId) {
        return view(ceremonies.detach(id, awardId));
    }

    private CeremonyView view(Ceremony ceremony) {
        return CeremonyView.of(ceremony, ceremonies.awardsOf(List.of(ceremony.id)).getOrDefault(ceremony.id,
                List.of()));
    }

    private static CeremonyService.Details details(CeremonyRequest r) {
        return new CeremonyService.Details(r.name().strip(), r.occasion(), r.ceremonyDate(), r.startTime(),
                r.place().strip(), r.sector());
    }
}
