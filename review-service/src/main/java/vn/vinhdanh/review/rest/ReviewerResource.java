package vn.vinhdanh.review.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.review.service.CaseAssignment;
import vn.vinhdanh.review.service.ConflictsOfInterest;
import vn.vinhdanh.review.service.ReviewQueries;

/** Who judges a case: its reviewers, and the conflicts of interest that keep a member off it. */
@Path("/api/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review cases", description = "The emulation and commendation council's cases, scores and decisions")
@RolesAllowed({Roles.COUNCIL_SECRETARY, Roles.COUNCIL_MEMBER, Roles.ADMIN})
public class ReviewerResource {

    private final ReviewQueries reviews;
    private final CaseAssignment assignment;
    private final ConflictsOfInterest conflicts;

    public ReviewerResource(ReviewQueries reviews, CaseAssignment assignment, ConflictsOfInterest conflicts) {
        this.reviews = reviews;
        this.assignment = assignment;
        this.conflicts = conflicts;
    }

    @POST
    @Path("/{id}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    @Operation(
            summary = "Assign a council member to review the case",
            description = "The member must hold a reviewing seat on the case's council; 409 conflict-of-interest when"
                    + " they come from the nominating agency or declared a conflict (unless the chair overrode it).")
    public ReviewCaseView assign(@PathParam("id") UUID id, @NotNull @Valid AssignmentRequest request) {
        return ReviewCaseView.of(reviews.detail(assignment.assign(id, request.toCommand())));
    }

    @DELETE
    @Path("/{id}/assignments/{memberId}")
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    @Operation(summary = "Take a reviewer off the case; refused once their score sheet is submitted")
    public ReviewCaseView unassign(@PathParam("id") UUID id, @PathParam("memberId") String memberId) {
        return ReviewCaseView.of(reviews.detail(assignment.unassign(id, memberId)));
    }

    @POST
    @Path("/assignments/auto")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    @Operation(
            summary = "Give each listed case reviewers up to the number asked, balanced by open-case load",
            description = "Chooses among the council's voting members without a conflict of interest, fewest open"
                    + " assignments first (ties by member id). Cases that cannot get enough reviewers get as many as"
                    + " there are.")
    public List<CaseAssignment.AutoAssigned> autoAssign(@NotNull @Valid ReviewRequests.AutoAssign request) {
        return assignment.assignAutomatically(request.toCommand());
    }

    @POST
    @Path("/{id}/conflicts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Declare a conflict of interest: a member for themselves, the secretary for any member",
            description = "The member is taken off the case and any score sheet of theirs is dropped (logged).")
    public ReviewCaseView declareConflict(
            @PathParam("id") UUID id, @NotNull @Valid ReviewRequests.ConflictDeclaration request) {
        return ReviewCaseView.of(reviews.detail(conflicts.declare(id, request.toCommand())));
    }

    @GET
    @Path("/{id}/conflicts")
    @RolesAllowed({Roles.COUNCIL_SECRETARY, Roles.ADMIN})
    @Operation(summary = "Declared conflicts of interest on the case and the chair's overrides")
    public Map<String, Object> conflicts(@PathParam("id") UUID id) {
        ReviewQueries.Conflicts conflicts = reviews.conflicts(id);
        return Map.of(
                "declared",
                        conflicts.declared().stream()
                                .map(d -> Map.of(
                                        "memberId",
                                        d.key.memberId(),
                                        "reason",
                                        d.reason,
                                        "declaredBy",
                                        d.declaredBy,
                                        "declaredAt",
                                        d.declaredAt))
                                .toList(),
                "overridden",
                        conflicts.overridden().stream()
                                .map(o -> Map.of(
                                        "memberId",
                                        o.key.memberId(),
                                        "reason",
                                        o.reason,
                                        "overriddenBy",
                                        o.overriddenBy,
                                        "overriddenAt",
                                        o.overriddenAt))
                                .toList());
    }

    @POST
    @Path("/{id}/conflicts/{memberId}/override")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_MEMBER)
    @Operation(summary = "The council's chair lets a conflicted member judge the case, with a reason (logged)")
    public ReviewCaseView overrideConflict(
            @PathParam("id") UUID id,
            @PathParam("memberId") String memberId,
            @NotNull @Valid ReviewRequests.Reason request) {
        return ReviewCaseView.of(reviews.summary(conflicts.override(id, request.toOverride(memberId))));
    }
}
