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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.AwardStatus;
import vn.vinhdanh.award.service.AwardQueries;
import vn.vinhdanh.award.service.AwardRevocation;
import vn.vinhdanh.award.service.CertificatePrinting;
import vn.vinhdanh.award.service.Found;
import vn.vinhdanh.award.service.RecoveryQueries;
import vn.vinhdanh.award.service.RepaymentRecording;
import vn.vinhdanh.edge.PagedResponses;

@Path("/api/v1/awards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Awards", description = "Awards drafted from approvals, granted by signed decisions, perhaps revoked")
@RolesAllowed({Roles.AWARD_OFFICER, Roles.ADMIN})
public class AwardResource {

    private final AwardQueries awards;
    private final AwardRevocation revocation;
    private final CertificatePrinting certificates;
    private final RepaymentRecording repayments;
    private final RecoveryQueries recoveries;

    public AwardResource(
            AwardQueries awards,
            AwardRevocation revocation,
            CertificatePrinting certificates,
            RepaymentRecording repayments,
            RecoveryQueries recoveries) {
        this.awards = awards;
        this.revocation = revocation;
        this.certificates = certificates;
        this.repayments = repayments;
        this.recoveries = recoveries;
    }

    @GET
    @Operation(
            summary = "List awards: the one of a nomination, those of a decision, or all (optionally of one"
                    + " status), newest council approval first",
            description =
                    "Every filter given applies, together. Paged: page (from 0) and size. Headers X-Total-Count and Link (first, prev, next, last).")
    public RestResponse<List<AwardView>> list(
            @QueryParam("nominationId") UUID nominationId,
            @QueryParam("status") AwardStatus status,
            @QueryParam("decisionId") UUID decisionId,
            @QueryParam(PagedResponses.PAGE) @DefaultValue("0") @Min(0) int page,
            @QueryParam(PagedResponses.SIZE) @DefaultValue("50") @Min(1) @Max(200) int size,
            UriInfo uri) {
        Found<Award> found = awards.list(nominationId, status, decisionId, page, size);
        return PagedResponses.ok(found.items().stream().map(AwardView::of).toList(), found.total(), page, size, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one award")
    public AwardView get(@PathParam("id") UUID id) {
        return AwardView.of(awards.get(id));
    }

    @GET
    @Path("/{id}/certificate")
    @Produces({"application/pdf", "application/problem+json"})
    @Operation(
            summary = "The printable certificate (PDF) of a granted award: Bằng khen, Giấy khen or title, with"
                    + " the decision's number and date; 409 award-not-granted for a draft, 409 award-revoked once revoked,"
                    + " 409 certificate-issued-above for a form decided above the province")
    public Response certificate(@PathParam("id") UUID id) {
        CertificatePrinting.Certificate certificate = certificates.of(id);
        return Response.ok(certificate.pdf(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + certificate.fileName() + "\"")
                .build();
    }

    @POST
    @Path("/{id}/repayments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AWARD_OFFICER)
    @Operation(
            summary = "Record money paid back on a revoked award; 409 award-not-revoked, 409 fully-recovered,"
                    + " 422 repayment-exceeds-outstanding")
    public Response repay(@PathParam("id") UUID id, @NotNull @Valid RepaymentRequest request) {
        Award award = repayments.repay(id, request.toCommand());
        return Response.created(URI.create("/api/v1/awards/" + id + "/repayments"))
                .entity(RecoveryView.of(award, recoveries.repayments(id)))
                .build();
    }

    @GET
    @Path("/{id}/repayments")
    @Operation(summary = "The recovery of an award: due, repaid, outstanding, fully recovered, and each repayment")
    public RecoveryView repayments(@PathParam("id") UUID id) {
        return RecoveryView.of(awards.get(id), recoveries.repayments(id));
    }

    @POST
    @Path("/{id}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AWARD_OFFICER)
    @Operation(summary = "Revoke a granted award; its amount is recorded for recovery and award.revoked.v1 is sent")
    public AwardView revoke(@PathParam("id") UUID id, @NotNull @Valid RevocationRequest request) {
        return AwardView.of(revocation.revoke(id, request.toCommand()));
    }
}
