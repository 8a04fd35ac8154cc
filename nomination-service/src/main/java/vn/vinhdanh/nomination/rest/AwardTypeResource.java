package vn.vinhdanh.nomination.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.vinhdanh.edge.PagedResponses;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.nomination.service.AwardTitleQueries;

/** The titles a nomination may propose: the catalogue's read model, public like the law it follows. */
@Path("/api/v1/award-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Award types", description = "The titles and forms proposedAward accepts, as award-service publishes them")
@PermitAll
public class AwardTypeResource {

    private final AwardTitleQueries titles;

    public AwardTypeResource(AwardTitleQueries titles) {
        this.titles = titles;
    }

    @GET
    @Operation(
            operationId = "listAwardTypes",
            summary = "List the titles a nomination may propose, by code",
            description = "Every filter given applies, together: level=PROVINCE&recipientKind=INDIVIDUAL&on=2026-12-03"
                    + " lists what an individual may be proposed for at province level on that day, which is what"
                    + " a submission is checked against (on: the last day of the period its movement is for, 31"
                    + " December of period.toYear or of year). Headers X-Total-Count and Link (first, prev, next,"
                    + " last).")
    public RestResponse<List<AwardTypeView>> list(
            @Parameter(description = "Titles someone grants at this nomination level") @QueryParam("level") Level level,
            @Parameter(description = "Titles that may go to this kind of nominee") @QueryParam("recipientKind")
                    NomineeKind recipientKind,
            @Parameter(description = "Titles someone grants on this day (yyyy-MM-dd)") @QueryParam("on") LocalDate on,
            @QueryParam(PagedResponses.PAGE) @DefaultValue("0") @Min(0) int page,
            @QueryParam(PagedResponses.SIZE) @DefaultValue("50") @Min(1) @Max(200) int size,
            UriInfo uri) {
        AwardTitleQueries.Found found = titles.list(new AwardTitleQueries.Filter(level, recipientKind, on), page, size);
        return PagedResponses.ok(
                found.items().stream().map(AwardTypeView::of).toList(), found.total(), page, size, uri);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getAwardType", summary = "Read one title of the catalogue")
    public AwardTypeView get(@PathParam("code") String code) {
        return AwardTypeView.of(titles.get(code));
    }
}
