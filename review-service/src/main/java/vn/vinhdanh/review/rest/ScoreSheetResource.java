package vn.vinhdanh.review.rest;

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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.review.service.CaseScoring;
import vn.vinhdanh.review.service.ReviewQueries;

/** The reviewers' score sheets on a case. */
@Path("/api/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review cases", description = "The emulation and commendation council's cases, scores and decisions")
@RolesAllowed({Roles.COUNCIL_SECRETARY, Roles.COUNCIL_MEMBER, Roles.ADMIN})
public class ScoreSheetResource {

    private final ReviewQueries reviews;
    private final CaseScoring scoring;

    public ScoreSheetResource(ReviewQueries reviews, CaseScoring scoring) {
        this.reviews = reviews;
        this.scoring = scoring;
    }

    @GET
    @Path("/{id}/score-sheets")
    @Operation(
            summary = "Score sheets of the case",
            description = "The secretary sees all; a reviewer sees their own, and the others' submitted sheets only"
                    + " once their own is submitted.")
    public List<ScoreSheetView> sheets(@PathParam("id") UUID id) {
        return reviews.visibleSheets(id).stream().map(ScoreSheetView::of).toList();
    }

    @PUT
    @Path("/{id}/score-sheets/mine")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_MEMBER)
    @Operation(summary = "Save your draft scores (0–10 per criterion of the nomination's criteria snapshot)")
    public ScoreSheetView saveSheet(@PathParam("id") UUID id, @NotNull @Valid ScoreSheetRequest request) {
        return ScoreSheetView.of(scoring.saveDraft(id, request.toCommand()));
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
    public ScoreSheetView unlockSheet(
            @PathParam("id") UUID id,
            @PathParam("memberId") String memberId,
            @NotNull @Valid ReviewRequests.Reason request) {
        return ScoreSheetView.of(scoring.unlock(id, request.toUnlock(memberId)));
    }
}
