package vn.vinhdanh.publicity.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vinhdanh.publicity.domain.FeatureStatus;
import vn.vinhdanh.publicity.service.FeatureService;

@Path("/api/v1/features")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Press features", description = "Stories about approved advanced models, from draft to publication")
public class FeatureResource {

    private final FeatureService features;

    public FeatureResource(FeatureService features) {
        this.features = features;
    }

    @GET
    @Operation(summary = "List features: the one of a nomination, or by status, most recently changed first")
    public List<FeatureView> list(
            @QueryParam("nominationId") UUID nominationId,
            @QueryParam("status") FeatureStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return features.list(nominationId, status, page, size).stream().map(FeatureView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one feature")
    public FeatureView get(@PathParam("id") UUID id) {
        return FeatureView.of(features.get(id));
    }

    @POST
    @Path("/{id}/publish")
    @Operation(summary = "Publish a draft: it appears in the feeds and the nomination becomes PUBLICIZED")
    public FeatureView publish(@PathParam("id") UUID id) {
        return FeatureView.of(features.publish(id));
    }
}
