package vn.vinhdanh.award.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import vn.vinhdanh.award.domain.TraditionalDay;
import vn.vinhdanh.award.service.TraditionalDayCorrection;
import vn.vinhdanh.award.service.TraditionalDayQueries;

/**
 * The sectors' traditional days: read like the catalogue, corrected and added by the award officer. Each change is
 * published as traditional-day.published.v1 (publicity dates the stories of a sector by it).
 */
@Path("/api/v1/traditional-days")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reward rules", description = "Award catalogue, multipliers per decree, base salaries, and quotes")
@RolesAllowed({Roles.AWARD_OFFICER, Roles.ADMIN})
public class TraditionalDayResource {

    private final TraditionalDayQueries days;
    private final TraditionalDayCorrection correction;

    public TraditionalDayResource(TraditionalDayQueries days, TraditionalDayCorrection correction) {
        this.days = days;
        this.correction = correction;
    }

    @GET
    @Operation(
            summary = "The traditional days by date in the year, each with its sectors, act and source",
            description = "A sector no day lists honours its models on the day with everyOtherSector (11 June).")
    public List<TraditionalDayEntryView> list() {
        return days.list().stream().map(TraditionalDayEntryView::of).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One traditional day")
    public TraditionalDayEntryView get(@PathParam("code") String code) {
        return TraditionalDayEntryView.of(days.get(code));
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AWARD_OFFICER)
    @Operation(
            summary = "Correct a traditional day from the revision read, with a reason",
            description = "409 stale-revision when expectedRevision is not the day's revision; 422 impossible-date"
                    + " for a day not in every year (31/2, 31/4, 29/2); 409 sector-has-a-day when another day holds"
                    + " a sector given. The revision counts up; the audit trail keeps the old values; the day is"
                    + " published again.")
    public TraditionalDayEntryView correct(
            @PathParam("code") String code, @NotNull @Valid TraditionalDayCorrectionRequest request) {
        return TraditionalDayEntryView.of(correction.correct(code, request.toCommand()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AWARD_OFFICER)
    @Operation(
            summary = "Add a traditional day, with its source and a reason; it is published",
            description = "409 traditional-day-exists for a code the table holds; 422 impossible-date; 409"
                    + " sector-has-a-day. A ceremony on it is occasion SECTOR_DAY with traditionalDay = code.")
    public Response add(@NotNull @Valid TraditionalDayRequest request, @Context UriInfo uri) {
        TraditionalDay day = correction.add(request.toCommand());
        return Response.created(uri.getAbsolutePathBuilder().path(day.code).build())
                .entity(TraditionalDayEntryView.of(day))
                .build();
    }
}
