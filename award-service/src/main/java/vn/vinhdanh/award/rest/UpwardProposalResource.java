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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.award.domain.UpwardProposal;
import vn.vinhdanh.award.domain.UpwardProposalStatus;
import vn.vinhdanh.award.service.Found;
import vn.vinhdanh.award.service.UpwardProposalDecision;
import vn.vinhdanh.award.service.UpwardProposalQueries;
import vn.vinhdanh.award.service.UpwardProposalRefusal;
import vn.vinhdanh.award.service.UpwardProposalSubmission;
import vn.vinhdanh.edge.PagedResponses;

@Path("/api/v1/upward-proposals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Awards")
@RolesAllowed({Roles.AWARD_OFFICER, Roles.ADMIN})
public class UpwardProposalResource {

    private final UpwardProposalQueries proposals;
    private final UpwardProposalSubmission submission;
    private final UpwardProposalDecision decision;
    private final UpwardProposalRefusal refusal;

    public UpwardProposalResource(
            UpwardProposalQueries proposals,
            UpwardProposalSubmission submission,
            UpwardProposalDecision decision,
            UpwardProposalRefusal refusal) {
        this.proposals = proposals;
        this.submission = submission;
        this.decision = decision;
        this.refusal = refusal;
    }

    @GET
    @Operation(
            summary = "Council approvals of state-level forms (Huân chương, Anh hùng Lao động) that the province"
                    + " proposes upward, newest first, all or of one status",
            description = "Paged: page (from 0) and size. Headers X-Total-Count and Link (first, prev, next, last).")
    public RestResponse<List<UpwardProposalView>> list(
            @QueryParam("status") UpwardProposalStatus status,
            @QueryParam(PagedResponses.PAGE) @DefaultValue("0") @Min(0) int page,
            @QueryParam(PagedResponses.SIZE) @DefaultValue("50") @Min(1) @Max(200) int size,
            UriInfo uri) {
        Found<UpwardProposal> found = proposals.list(status, page, size);
        return PagedResponses.ok(
                found.items().stream().map(UpwardProposalView::of).toList(), found.total(), page, size, uri);
    }

    @GET
    @Path("/{nominationId}")
    @Operation(summary = "The upward proposal of a nomination; 404 when its approval was not proposed upward")
    public UpwardProposalView get(@PathParam("nominationId") UUID nominationId) {
        return UpwardProposalView.of(proposals.get(nominationId));
    }

    @POST
    @Path("/{nominationId}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AWARD_OFFICER)
    @Operation(summary = "Record the province's submission (Tờ trình N/TTr-UBND and its date); 409 already-submitted")
    public UpwardProposalView submit(
            @PathParam("nominationId") UUID nominationId, @NotNull @Valid UpwardSubmissionRequest request) {
        return UpwardProposalView.of(submission.submit(nominationId, request.toCommand()));
    }

    @POST
    @Path("/{nominationId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AWARD_OFFICER)
    @Operation(
            summary = "Record the higher level's decision: the award is granted, priced by the rules of the"
                    + " decision's date, its reward charged to the province's fund, and award.granted.v1 is sent",
            description = "409 not-submitted, 409 upward-proposal-answered, 409 no-budget, 409 budget-exceeded, 422"
                    + " issuer-not-authorised, 422 unpriceable, 422 decision-date-mismatch (the number already"
                    + " recorded with another date), 422 decision-fund-mismatch (already recorded on another fund).")
    public UpwardProposalView decide(
            @PathParam("nominationId") UUID nominationId, @NotNull @Valid UpwardDecisionRequest request) {
        return UpwardProposalView.of(decision.decide(nominationId, request.toCommand()));
    }

    @POST
    @Path("/{nominationId}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AWARD_OFFICER)
    @Operation(
            summary =
                    "Record the higher level's refusal and send award.upward-proposal.v1 (REFUSED); 409 not-submitted,"
                            + " 409 upward-proposal-answered, 422 issuer-not-authorised (not the authority it went to)")
    public UpwardProposalView refuse(
            @PathParam("nominationId") UUID nominationId, @NotNull @Valid UpwardRefusalRequest request) {
        return UpwardProposalView.of(refusal.refuse(nominationId, request.toCommand()));
    }
}
