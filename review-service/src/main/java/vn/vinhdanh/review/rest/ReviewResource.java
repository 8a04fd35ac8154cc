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
import vn.vinhdanh.review.domain.CaseStatus;
import vn.vinhdanh.review.service.BulkDecisions;
import vn.vinhdanh.review.service.CaseRouting;
import vn.vinhdanh.review.service.CouncilDecisions;
import vn.vinhdanh.review.service.Found;
import vn.vinhdanh.review.service.PublicComment;
import vn.vinhdanh.review.service.ReviewQueries;

/** The cases themselves: reading them, routing them, their public comment, ballot and decision. */
@Path("/api/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review cases", description = "The emulation and commendation council's cases, scores and decisions")
@RolesAllowed({Roles.COUNCIL_SECRETARY, Roles.COUNCIL_MEMBER, Roles.ADMIN})
public class ReviewResource {

    private final ReviewQueries reviews;
    private final CaseRouting routing;
    private final PublicComment publicComment;
    private final CouncilDecisions decisions;
    private final BulkDecisions bulk;

    public ReviewResource(
            ReviewQueries reviews,
            CaseRouting routing,
            PublicComment publicComment,
            CouncilDecisions decisions,
            BulkDecisions bulk) {
        this.reviews = reviews;
        this.routing = routing;
        this.publicComment = publicComment;
        this.decisions = decisions;
        this.bulk = bulk;
    }

    @GET
    @Operation(
            summary = "List review cases: all rounds of one nomination, a council's, by status, or the overdue ones",
            description = "A council member sees only the cases assigned to them. overdue=true lists open cases past"
                    + " their due date, the most overdue first; otherwise newest first. Paged: page (from 0) and"
                    + " size. Headers X-Total-Count and Link (first, prev, next, last).")
    public RestResponse<List<ReviewCaseView>> list(
            @QueryParam("nominationId") UUID nominationId,
            @QueryParam("status") CaseStatus status,
            @QueryParam("councilId") UUID councilId,
            @QueryParam("overdue") @DefaultValue("false") Boolean overdue,
            @QueryParam(PagedResponses.PAGE) @DefaultValue("0") @Min(0) int page,
            @QueryParam(PagedResponses.SIZE) @DefaultValue("50") @Min(1) @Max(200) int size,
            UriInfo uri) {
        Found<ReviewQueries.CaseDetail> found =
                reviews.list(new ReviewQueries.Filter(nominationId, status, councilId, overdue), page, size);
        return PagedResponses.ok(
                found.items().stream().map(ReviewCaseView::of).toList(), found.total(), page, size, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one review case with the criteria its reviewers score")
    public ReviewCaseView get(@PathParam("id") UUID id) {
        return ReviewCaseView.of(reviews.detail(id));
    }

    @PUT
    @Path("/{id}/council")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    @Operation(summary = "Move a case without reviewers or ballot to another council of its level")
    public ReviewCaseView moveToCouncil(@PathParam("id") UUID id, @NotNull @Valid ReviewRequests.CouncilMove request) {
        return ReviewCaseView.of(reviews.detail(routing.moveToCouncil(id, request.toCommand())));
    }

    @PUT
    @Path("/{id}/due-date")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    @Operation(summary = "Set the case's due date; reminders follow it")
    public ReviewCaseView setDueDate(@PathParam("id") UUID id, @NotNull @Valid ReviewRequests.DueDate request) {
        return ReviewCaseView.of(reviews.detail(routing.setDueDate(id, request.toCommand())));
    }

    @POST
    @Path("/{id}/public-comment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    @Operation(
            summary = "Start the public comment period (công khai lấy ý kiến)",
            description = "Ends on the given number of working days counted from its first day (default: what the"
                    + " title's vote rule requires, e.g. 10). The council votes and decides only after it ends.")
    public ReviewCaseView publicComment(
            @PathParam("id") UUID id, @NotNull @Valid ReviewRequests.PublicComment request) {
        return ReviewCaseView.of(reviews.detail(publicComment.open(id, request.toCommand())));
    }

    @GET
    @Path("/{id}/ballot")
    @Operation(summary = "The secret ballot on the case: counts and result once closed, never individual ballots")
    public BallotView ballot(@PathParam("id") UUID id) {
        return BallotView.of(reviews.ballot(id), null);
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    @Operation(
            summary = "Record the council's decision; APPROVED starts the award and the press feature",
            description = "APPROVED needs the case's secret ballot closed and carried (409 vote-required,"
                    + " vote-not-carried) and, where the title needs it, the public comment period over (409"
                    + " public-comment-required, public-comment-open). REJECTED and RETURNED need a reason.")
    public ReviewCaseView decide(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest request) {
        return ReviewCaseView.of(reviews.detail(decisions.decide(id, request.toCommand())));
    }

    @POST
    @Path("/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    @Operation(
            summary = "Decide a list of cases after a meeting; each item is committed or refused on its own",
            description = "200 with one result per item, in order: status 200 and the outcome, or the status and"
                    + " problem details that refused it.")
    public List<DecisionResult> decideAll(@NotNull @Valid ReviewRequests.BulkDecision request, UriInfo uri) {
        String instance = uri.getRequestUri().getRawPath();
        return bulk.decideEach(request.toCommand()).stream()
                .map(item -> DecisionResult.of(item, instance))
                .toList();
    }
}
