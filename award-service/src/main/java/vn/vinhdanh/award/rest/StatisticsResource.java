package vn.vinhdanh.award.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.award.service.AwardStatisticsQueries;

@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Granted awards counted and summed")
@RolesAllowed({Roles.AWARD_OFFICER, Roles.ADMIN})
public class StatisticsResource {

    private final AwardStatisticsQueries statistics;

    public StatisticsResource(AwardStatisticsQueries statistics) {
        this.statistics = statistics;
    }

    @GET
    @Path("/awards")
    @Operation(
            summary = "Awards granted in a year (by decision date): counts and amounts per level, sector, award"
                    + " type and recipient kind; drafts and revoked awards are not counted")
    public AwardStatisticsQueries.YearStatistics awards(
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year) {
        return statistics.of(year);
    }
}
