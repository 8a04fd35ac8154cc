package vn.vinhdanh.publicity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.edge.PagedResponses;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.publicity.domain.Feature;
import vn.vinhdanh.publicity.domain.FeatureComment;
import vn.vinhdanh.publicity.domain.FeatureCorrection;
import vn.vinhdanh.publicity.domain.FeatureRevision;
import vn.vinhdanh.publicity.domain.FeatureStatus;
import vn.vinhdanh.publicity.service.EditorialDesk;
import vn.vinhdanh.publicity.service.FeatureQueries;
import vn.vinhdanh.publicity.service.Found;
import vn.vinhdanh.publicity.service.Publishing;

/**
 * The editorial desk: draft → in review → approved → scheduled → published, corrections and kills. Reads carry an
 * {@code ETag}; edits and corrections must send it back in {@code If-Match}, so a stale edit gets 412.
 */
@Path("/api/v1/features")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Press features", description = "Stories about approved advanced models, from draft to publication")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class FeatureResource {

    private final FeatureQueries features;
    private final EditorialDesk desk;
    private final Publishing publishing;

    public FeatureResource(FeatureQueries features, EditorialDesk desk, Publishing publishing) {
        this.features = features;
        this.desk = desk;
        this.publishing = publishing;
    }

    @GET
    @Operation(
            summary = "List features: the one of a nomination, or by status, most recently changed first",
            description =
                    "Every filter given applies, together. Paged: page (from 0) and size. Headers X-Total-Count and Link (first, prev, next, last).")
    public RestResponse<List<FeatureView>> list(
            @QueryParam("nominationId") UUID nominationId,
            @QueryParam("status") FeatureStatus status,
            @QueryParam(PagedResponses.PAGE) @DefaultValue("0") @Min(0) int page,
            @QueryParam(PagedResponses.SIZE) @DefaultValue("50") @Min(1) @Max(200) int size,
            UriInfo uri) {
        Found<Feature> found = features.list(nominationId, status, page, size);
        return PagedResponses.ok(found.items().stream().map(FeatureView::of).toList(), found.total(), page, size, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one feature; the ETag is what an edit sends back in If-Match")
    public Response get(@PathParam("id") UUID id) {
        return withEtag(features.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit the text of a draft or a story in review (If-Match required; 412 when stale)")
    public Response edit(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid FeatureRequests.Edit edit) {
        return withEtag(desk.edit(edit.toCommand(id, expectedVersion(ifMatch))));
    }

    @POST
    @Path("/{id}/submit-for-review")
    @Operation(summary = "DRAFT → IN_REVIEW")
    public Response submitForReview(@PathParam("id") UUID id) {
        return withEtag(desk.submitForReview(id));
    }

    @POST
    @Path("/{id}/request-changes")
    // the body is optional: without @Consumes a POST with no body (hence no Content-Type) was refused with 415
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "IN_REVIEW → DRAFT, with an optional JSON body {\"comment\": …} for the writer")
    public Response requestChanges(@PathParam("id") UUID id, @Valid FeatureRequests.ChangeRequest request) {
        return withEtag(desk.requestChanges(FeatureRequests.ChangeRequest.toCommand(id, request)));
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "IN_REVIEW → APPROVED; refused while an individual's publicity consent is missing")
    public Response approve(@PathParam("id") UUID id) {
        return withEtag(desk.approve(id));
    }

    @POST
    @Path("/{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "APPROVED → SCHEDULED: published automatically at publishAt, never shown before (embargo)")
    public Response schedule(@PathParam("id") UUID id, @NotNull @Valid FeatureRequests.Schedule request) {
        return withEtag(publishing.schedule(request.toCommand(id)));
    }

    @POST
    @Path("/{id}/publish")
    @Operation(
            summary = "APPROVED or SCHEDULED → PUBLISHED now: it appears in the feeds and the nomination becomes"
                    + " PUBLICIZED")
    public Response publish(@PathParam("id") UUID id) {
        return withEtag(publishing.publish(id));
    }

    @POST
    @Path("/{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a published story (If-Match required): readers see the correction note")
    public Response correct(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid FeatureRequests.Correction correction) {
        return withEtag(publishing.correct(correction.toCommand(id, expectedVersion(ifMatch))));
    }

    @POST
    @Path("/{id}/kill")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a published or scheduled story down for good; the Atom feed keeps a tombstone")
    public Response kill(@PathParam("id") UUID id, @NotNull @Valid FeatureRequests.Kill kill) {
        return withEtag(publishing.kill(kill.toCommand(id)));
    }

    @PUT
    @Path("/{id}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign the feature to an editor")
    public Response assign(@PathParam("id") UUID id, @NotNull @Valid FeatureRequests.Assignment assignment) {
        return withEtag(desk.assign(assignment.toCommand(id)));
    }

    @POST
    @Path("/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an editorial comment (never published)")
    public Response comment(@PathParam("id") UUID id, @NotNull @Valid FeatureRequests.Comment comment) {
        FeatureComment created = desk.comment(comment.toCommand(id));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("/{id}/comments")
    @Operation(summary = "Editorial comments, oldest first")
    public List<FeatureComment> comments(@PathParam("id") UUID id) {
        return features.comments(id);
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(summary = "Revision history: the text before each edit, oldest first")
    public List<FeatureRevision> revisions(@PathParam("id") UUID id) {
        return features.revisions(id);
    }

    @GET
    @Path("/{id}/corrections")
    @Operation(summary = "Corrections of a published story, oldest first")
    public List<FeatureCorrection> corrections(@PathParam("id") UUID id) {
        return features.corrections(id);
    }

    private static Response withEtag(Feature feature) {
        return Response.ok(FeatureView.of(feature)).tag(etagOf(feature)).build();
    }

    static EntityTag etagOf(Feature feature) {
        return new EntityTag(Long.toString(feature.version));
    }

    /** If-Match carries the ETag of the version the client read: {@code "7"} (a weak {@code W/"7"} is accepted). */
    private static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(
                    428,
                    "precondition-required",
                    "Precondition required",
                    "send the feature's ETag in If-Match, so that a concurrent edit is not overwritten",
                    "Đề nghị gửi kèm ETag của bài viết trong If-Match, để không ghi đè lên lần sửa của người khác"
                            + " trong lúc này.",
                    null);
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(
                    "If-Match",
                    "not an ETag of this API: " + ifMatch,
                    "Giá trị If-Match không phải ETag của hệ thống này: " + ifMatch);
        }
    }
}
