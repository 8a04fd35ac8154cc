package vn.vinhdanh.nomination.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.edge.PagedResponses;
import vn.vinhdanh.nomination.domain.DeliveryStatus;
import vn.vinhdanh.nomination.domain.WebhookDelivery;
import vn.vinhdanh.nomination.service.WebhookQueries;
import vn.vinhdanh.nomination.service.WebhookRedelivery;

@Path("/api/v1/webhooks/{id}/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@RolesAllowed({Roles.AGENCY, Roles.ADMIN})
public class WebhookDeliveryResource {

    private final WebhookQueries webhooks;
    private final WebhookRedelivery redelivery;
    private final ObjectMapper objectMapper;

    public WebhookDeliveryResource(WebhookQueries webhooks, WebhookRedelivery redelivery, ObjectMapper objectMapper) {
        this.webhooks = webhooks;
        this.redelivery = redelivery;
        this.objectMapper = objectMapper;
    }

    @GET
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "The endpoint's delivery log, newest first",
            description = "status: PENDING, DELIVERED or FAILED. Headers X-Total-Count and Link.")
    public RestResponse<List<WebhookDeliveryView>> list(
            @PathParam("id") UUID id,
            @QueryParam("status") DeliveryStatus status,
            @QueryParam(PagedResponses.PAGE) @DefaultValue("0") @Min(0) int page,
            @QueryParam(PagedResponses.SIZE) @DefaultValue("50") @Min(1) @Max(200) int size,
            UriInfo uri) {
        WebhookQueries.Page<WebhookDelivery> found = webhooks.deliveries(id, status, page, size);
        return PagedResponses.ok(
                found.items().stream().map(WebhookDeliveryView::of).toList(), found.total(), page, size, uri);
    }

    @GET
    @Path("/{deliveryId}")
    @Operation(
            operationId = "getWebhookDelivery",
            summary = "One delivery with the CloudEvent as sent and every attempt: status, error, duration")
    public WebhookDeliveryView get(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId)
            throws JsonProcessingException {
        WebhookQueries.DeliveryLog log = webhooks.delivery(id, deliveryId);
        return WebhookDeliveryView.of(log.delivery(), objectMapper.readTree(log.delivery().event.body), log.attempts());
    }

    @POST
    @Path("/{deliveryId}/redeliver")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            operationId = "redeliverWebhookDelivery",
            summary = "Send the event again now, with the same webhook-id, whatever its status",
            description =
                    "202: queued, the dispatcher sends it in a moment and retries it as a new delivery would be."
                            + " 409 webhook-disabled while the endpoint is disabled, delivery-in-flight while it is being sent.")
    public RestResponse<WebhookDeliveryView> redeliver(
            @PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return RestResponse.status(
                Response.Status.ACCEPTED, WebhookDeliveryView.of(redelivery.redeliver(id, deliveryId)));
    }
}
