package vn.vinhdanh.review.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.domain.Ballot;
import vn.vinhdanh.review.domain.CaseStatus;
import vn.vinhdanh.review.domain.ReviewCase;
import vn.vinhdanh.review.service.ConflictPolicy;
import vn.vinhdanh.review.service.ReviewService;
import vn.vinhdanh.review.service.ScoringService;

@Path("/api/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review cases", description = "The emulation and commendation council's cases, scores and decisions")
@RolesAllowed({ Roles.COUNCIL_SECRETARY, Roles.COUNCIL_MEMBER, Roles.ADMIN })
public class ReviewResource {

    private final ReviewService reviews;
    private final ScoringService scoring;
    private final ConflictPolicy conflicts;
    private final BulkDecisions bulk;

    public ReviewResource(ReviewService reviews, ScoringService scoring, ConflictPolicy conflicts,
            BulkDecisions bulk) {
        this.bulk = bulk;
        this.reviews = reviews;
        this.scoring = scoring;
        this.conflicts = conflicts;
    }

    @GET
    @Operation(summary = "List review cases: all rounds of one nomination, a council's, by status, or the overdue ones",
            description = "A council member sees only the cases assigned to them. overdue=true lists open cases past"
                    + " their due date, the most overdue first; otherwise newest first.")
    public List<ReviewCaseView> list(
            @QueryParam("nominationId") UUID nominationId,
            @QueryParam("status") CaseStatus status,
            @QueryParam("councilId") UUID councilId,
            @QueryParam("overdue") @DefaultValue("false") Boolean overdue,
            @QueryParam("page") @DefaultValue("0") @Min(0) Integer page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) Integer size) {
        List<ReviewCase> cases = reviews.list(new ReviewService.Filter(nominationId, status, councilId, overdue),
                page, size);
        Map<UUID, List<String>> assignees = reviews.assignees(cases.stream().map(c -> c.id).toList());
        return cases.stream().map(c -> ReviewCaseView.of(c, assignees.getOrDefault(c.id, List.of()), null)).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one review case with the criteria its reviewers score")
    public ReviewCaseView get(@PathParam("id") UUID id) {
        return detail(reviews.get(id));
    }

    private ReviewCaseView detail(ReviewCase reviewCase) {
        return ReviewCaseView.of(reviewCase, reviews.assignees(List.of(reviewCase.id))
                .getOrDefault(reviewCase.id, List.of()), scoring.criteriaOf(reviewCase));
    }

    @POST
    @Path("/{id}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    @Operation(summary = "Assign a council member to review the case",
            description = "The member must hold a reviewing seat on the case's council; 409 conflict-of-interest when"
                    + " they come from the nominating agency or declared a conflict (unless the chair overrode it).")
    public ReviewCaseView assign(@PathParam("id") UUID id, @NotNull @Valid AssignmentRequest request) {
        return detail(reviews.assign(id, request.memberId()));
    }

    @DELETE
    @Path("/{id}/assignments/{memberId}")
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    @Operation(summary = "Take a reviewer off the case; refused once their score sheet is submitted")
    public ReviewCaseView unassign(@PathParam("id") UUID id, @PathParam("memberId") String memberId) {
        return detail(reviews.unassign(id, memberId));
    }

    @POST
    @Path("/assignments/auto")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    @Operation(summary = "Give each listed case reviewers up to the number asked, balanced by open-case load",
            description = "Chooses among the council's voting members without a conflict of interest, fewest open"
                    + " assignments first (ties by member id). Cases that cannot get enough reviewers get as many as"
                    + " there are.")
    public List<ReviewService.AutoAssigned> autoAssign(@NotNull @Valid ReviewRequests.AutoAssign request) {
        return reviews.autoAssign(request.caseIds(), request.reviewersPerCase());
    }

    @POST
    @Path("/{id}/conflicts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declare a conflict of interest: a member for themselves, the secretary for any member",
            description = "The member is taken off the case and any score sheet of theirs is dropped (logged).")
    public ReviewCaseView declareConflict(@PathParam("id") UUID id,
            @NotNull @Valid ReviewRequests.ConflictDeclaration request) {
        return detail(reviews.declareConflict(id, request.memberId(), request.reason()));
    }

    @GET
    @Path("/{id}/conflicts")
    @RolesAllowed({ Roles.COUNCIL_SECRETARY, Roles.ADMIN })
    @Operation(summary = "Declared conflicts of interest on the case and the chair's overrides")
    public Map<String, Object> conflicts(@PathParam("id") UUID id) {
        ReviewCase reviewCase = reviews.get(id);
        return Map.of(
                "declared", conflicts.declarations(reviewCase.id).stream().map(d -> Map.of("memberId",
                        d.key.memberId(), "reason", d.reason, "declaredBy", d.declaredBy, "declaredAt",
                        d.declaredAt)).toList(),
                "overridden", conflicts.overrides(reviewCase.id).stream().map(o -> Map.of("memberId",
                        o.key.memberId(), "reason", o.reason, "overriddenBy", o.overriddenBy, "overriddenAt",
                        o.overriddenAt)).toList());
    }

    @POST
    @Path("/{id}/conflicts/{memberId}/override")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_MEMBER)
    @Operation(summary = "The council's chair lets a conflicted member judge the case, with a reason (logged)")
    public ReviewCaseView overrideConflict(@PathParam("id") UUID id, @PathParam("memberId") String memberId,
            @NotNull @Valid ReviewRequests.Reason request) {
        ReviewCase reviewCase = reviews.overrideConflict(id, memberId, request.reason());
        return ReviewCaseView.of(reviewCase, reviews.assignees(List.of(id)).getOrDefault(id, List.of()), null);
    }

    @PUT
    @Path("/{id}/council")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    @Operation(summary = "Move a case without reviewers or ballot to another council of its level")
    public ReviewCaseView moveToCouncil(@PathParam("id") UUID id, @NotNull @Valid ReviewRequests.CouncilMove request) {
        return detail(reviews.moveToCouncil(id, request.councilId()));
    }

    @PUT
    @Path("/{id}/due-date")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    @Operation(summary = "Set the case's due date; reminders follow it")
    public ReviewCaseView setDueDate(@PathParam("id") UUID id, @NotNull @Valid ReviewRequests.DueDate request) {
        return detail(reviews.setDueDate(id, request.dueOn()));
    }

    @POST
    @Path("/{id}/public-comment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    @Operation(summary = "Start the public comment period (công khai lấy ý kiến)",
            description = "Ends on the given number of working days counted from its first day (default: what the"
                    + " title's vote rule requires, e.g. 10). The council votes and decides only after it ends.")
    public ReviewCaseView publicComment(@PathParam("id") UUID id,
            @NotNull @Valid ReviewRequests.PublicComment request) {
        return detail(reviews.openPublicComment(id, request.from(), request.workingDays()));
    }

    @GET
    @Path("/{id}/score-sheets")
    @Operation(summary = "Score sheets of the case",
            description = "The secretary sees all; a reviewer sees their own, and the others' submitted sheets only"
                    + " once their own is submitted.")
    public List<ScoreSheetView> sheets(@PathParam("id") UUID id) {
        return scoring.visibleSheets(id).stream().map(ScoreSheetView::of).toList();
    }

    @PUT
    @Path("/{id}/score-sheets/mine")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_MEMBER)
    @Operation(summary = "Save your draft scores (0–10 per criterion of the nomination's criteria snapshot)")
    public ScoreSheetView saveSheet(@PathParam("id") UUID id, @NotNull @Valid ScoreSheetRequest request) {
        return ScoreSheetView.of(scoring.saveDraft(id, request));
    }

    @POST
    @Path("/{id}/score-sheets/mine/submit")
    @RolesAllowed(Roles.COUNCIL_MEMBER)
    @Operation(summary = "Submit and lock your score sheet; every required criterion needs a score (422 otherwise)")
    public ScoreSheetView submitSheet(@PathParam("id") UUID id) {
        return ScoreSheetView.of(scoring.submit(id));
    }

    @POST
    @Path("/{id}/score-sheets/{memberId}/unlock")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    @Operation(summary = "Reopen a reviewer's submitted sheet, with a reason (logged)")
    public ScoreSheetView unlockSheet(@PathParam("id") UUID id, @PathParam("memberId") String memberId,
            @NotNull @Valid ReviewRequests.Reason request) {
        return ScoreSheetView.of(scoring.unlock(id, memberId, request.reason()));
    }

    @GET
    @Path("/{id}/ballot")
    @Operation(summary = "The secret ballot on the case: counts and result once closed, never individual ballots")
    public BallotView ballot(@PathParam("id") UUID id) {
        ReviewCase reviewCase = reviews.get(id);
        Ballot ballot = Ballot.<Ballot>findByIdOptional(reviewCase.id)
                .orElseThrow(() -> ProblemException.notFound("ballot on review case", id));
        return BallotView.of(ballot, null);
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    @Operation(summary = "Record the council's decision; APPROVED starts the award and the press feature",
            description = "APPROVED needs the case's secret ballot closed and carried (409 vote-required,"
                    + " vote-not-carried) and, where the title needs it, the public comment period over (409"
                    + " public-comment-required, public-comment-open). REJECTED and RETURNED need a reason.")
    public ReviewCaseView decide(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest request) {
        return detail(reviews.decide(id, request));
    }

    @POST
    @Path("/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    @Operation(summary = "Decide a list of cases after a meeting; each item is committed or refused on its own",
            description = "200 with one result per item, in order: status 200 and the outcome, or the status and"
                    + " problem details that refused it.")
    public List<DecisionResult> decideAll(@NotNull @Valid ReviewRequests.BulkDecision request, UriInfo uri) {
        List<DecisionResult> results = new ArrayList<>();
        for (int i = 0; i < request.items().size(); i++) {
            ReviewRequests.BulkDecision.Item item = request.items().get(i);
            results.add(bulk.decideOne(i, item.caseId(), new DecisionRequest(item.outcome(), item.reason()),
                    uri.getRequestUri().getRawPath()));
        }
        return results;
    }

}
