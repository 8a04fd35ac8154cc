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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.award.domain.Budget;
import vn.vinhdanh.award.service.BudgetQueries;
import vn.vinhdanh.award.service.Budgeting;
import vn.vinhdanh.award.service.Found;
import vn.vinhdanh.edge.PagedResponses;

@Path("/api/v1/budgets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budgets", description = "What each fund may pay out per year, and what signed decisions committed")
@RolesAllowed({Roles.AWARD_OFFICER, Roles.ADMIN})
public class BudgetResource {

    private final Budgeting budgeting;
    private final BudgetQueries budgets;

    public BudgetResource(Budgeting budgeting, BudgetQueries budgets) {
        this.budgeting = budgeting;
        this.budgets = budgets;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AWARD_OFFICER)
    @Operation(
            summary = "Set a fund's budget for a year (201 when new, 200 when changed); never below what is"
                    + " committed")
    public Response set(@NotNull @Valid BudgetRequest request) {
        Budgeting.BudgetChange change = budgeting.set(request.toCommand());
        BudgetView view = BudgetView.of(change.budget());
        return change.created()
                ? Response.created(URI.create("/api/v1/budgets/" + view.year() + "/" + view.fund()))
                        .entity(view)
                        .build()
                : Response.ok(view).build();
    }

    @GET
    @Operation(
            summary = "Budgets with committed and remaining amounts, of one year (by fund) or all (newest year first)",
            description = "Paged: page (from 0) and size. Headers X-Total-Count and Link (first, prev, next, last).")
    public RestResponse<List<BudgetView>> list(
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam(PagedResponses.PAGE) @DefaultValue("0") @Min(0) int page,
            @QueryParam(PagedResponses.SIZE) @DefaultValue("50") @Min(1) @Max(200) int size,
            UriInfo uri) {
        Found<Budget> found = budgets.list(year, page, size);
        return PagedResponses.ok(found.items().stream().map(BudgetView::of).toList(), found.total(), page, size, uri);
    }

    @GET
    @Path("/{year}/{fund}")
    @Operation(summary = "One fund's budget of one year")
    public BudgetView get(@PathParam("year") int year, @PathParam("fund") String fund) {
        return BudgetView.of(budgets.get(year, fund));
    }
}
