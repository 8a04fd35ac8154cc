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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.review.domain.CaseStatus;
import vn.vinhdanh.review.domain.ReviewCase;
import vn.vinhdanh.review.service.ReviewService;

@Path("/api/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review cases", description = "The emulation and commendation council's cases and decisions")
@RolesAllowed({ Roles.COUNCIL_SECRETARY, Roles.COUNCIL_MEMBER, Roles.ADMIN })
public class ReviewResource {

    private final ReviewService reviews;

    public ReviewResource(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GET
    @Operation(summary = "List review cases: all rounds of one nomination, or by status")
    public List<ReviewCaseView> list(
            @QueryParam("nominationId") UUID nominationId,
            @QueryParam("status") CaseStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        List<ReviewCase> cases = reviews.list(nominationId, status, page, size);
        Map<UUID, List<String>> assignees = reviews.assignees(cases.stream().map(c -> c.id).toList());
        return cases.stream().map(c -> ReviewCaseView.of(c, assignees.getOrDefault(c.id, List.of()))).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one review case")
    public ReviewCaseView get(@PathParam("id") UUID id) {
        return view(reviews.get(id));
    }

    @POST
    @Path("/{id}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    @Operation(summary = "Assign a council member to review the case")
    public ReviewCaseView assign(@PathParam("id") UUID id, @NotNull @Valid AssignmentRequest request) {
        return view(reviews.assign(id, request.memberId()));
    }

    private ReviewCaseView view(ReviewCase reviewCase) {
        return ReviewCaseView.of(reviewCase, reviews.assignees(List.of(reviewCase.id))
                .getOrDefault(reviewCase.id, List.of()));
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    @Operation(summary = "Record the council's decision; APPROVED starts the award and the press feature")
    public ReviewCaseView decide(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest request) {
        return view(reviews.decide(id, request));
    }
}
