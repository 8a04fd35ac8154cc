package vn.vinhdanh.nomination.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import vn.vinhdanh.edge.PagedResponses;
import vn.vinhdanh.idempotency.Creation;
import vn.vinhdanh.idempotency.IdempotencyKeys;
import vn.vinhdanh.idempotency.http.AcceptsIdempotencyKey;
import vn.vinhdanh.idempotency.http.IdempotentResponses;
import vn.vinhdanh.nomination.domain.WebhookEndpoint;
import vn.vinhdanh.nomination.service.RegisteredWebhook;
import vn.vinhdanh.nomination.service.WebhookActivation;
import vn.vinhdanh.nomination.service.WebhookQueries;
import vn.vinhdanh.nomination.service.WebhookRegistration;
import vn.vinhdanh.nomination.service.WebhookSecretRotation;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Webhooks",
        description = "Agency portals hear about every step of their nominations' timeline instead of polling: signed"
                + " CloudEvents (Standard Webhooks), retried for 24 h")
@RolesAllowed({Roles.AGENCY, Roles.ADMIN})
public class WebhookResource {

    private final WebhookRegistration registration;
    private final WebhookSecretRotation rotation;
    private final WebhookActivation activation;
    private final WebhookQueries webhooks;

    public WebhookResource(
            WebhookRegistration registration,
            WebhookSecretRotation rotation,
            WebhookActivation activation,
            WebhookQueries webhooks) {
        this.registration = registration;
        this.rotation = rotation;
        this.activation = activation;
        this.webhooks = webhooks;
    }

    @POST
    @AcceptsIdempotencyKey
    @Operation(
            operationId = "registerWebhook",
            summary =
                    "Register an endpoint for the agency's timeline changes; the answer shows the signing secret once",
            description = "201 with Location and the secret (whsec_…). url: absolute https, at most 2000 characters,"
                    + " no user name or password, no fragment. eventTypes: status names (SUBMITTED, UNDER_REVIEW,"
                    + " APPROVED, REJECTED, RETURNED, AWARDED, PUBLICIZED, WITHDRAWN) and timeline events"
                    + " (AWARD_BLOCKED, TITLE_CORRECTED, AWARD_UNBLOCKED, UPWARD_PROPOSED, UPWARD_SUBMITTED,"
                    + " UPWARD_REFUSED, AWARD_REVOKED, FEATURE_KILLED), or \"*\" /"
                    + " empty for all. With"
                    + " an Idempotency-Key header, a retry with the same key and body returns the same endpoint (and"
                    + " its secret, until rotated) with Idempotent-Replayed: true; another body is 422.")
    public RestResponse<WebhookView> register(
            @HeaderParam(IdempotencyKeys.HEADER) @Size(min = 1, max = 200) String idempotencyKey,
            @NotNull @Valid WebhookRequest request,
            UriInfo uri) {
        Creation<RegisteredWebhook> registered = registration.register(request.toCommand(), idempotencyKey);
        return IdempotentResponses.created(
                registered,
                uri.getAbsolutePathBuilder()
                        .path(registered.resource().endpoint().id.toString())
                        .build(),
                WebhookView::withSecret);
    }

    @GET
    @Operation(
            operationId = "listWebhooks",
            summary = "The agency's endpoints (an admin: all), newest first",
            description = "Headers X-Total-Count and Link (first, prev, next, last).")
    public RestResponse<List<WebhookView>> list(
            @QueryParam(PagedResponses.PAGE) @DefaultValue("0") @Min(0) int page,
            @QueryParam(PagedResponses.SIZE) @DefaultValue("50") @Min(1) @Max(200) int size,
            UriInfo uri) {
        WebhookQueries.Page<WebhookEndpoint> found = webhooks.list(page, size);
        return PagedResponses.ok(found.items().stream().map(WebhookView::of).toList(), found.total(), page, size, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getWebhook",
            summary = "Read an endpoint (never its secret); failingSince says whether its deliveries fail for good")
    public WebhookView get(@PathParam("id") UUID id) {
        return WebhookView.of(webhooks.endpoint(id));
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            operationId = "rotateWebhookSecret",
            summary = "Replace the signing secret; the answer shows the new one once",
            description =
                    "For 24 h (previousSecretExpiresAt) each delivery carries two signatures in webhook-signature,"
                            + " the new secret's first, so the receiver can switch at any time in between.")
    public WebhookView rotateSecret(@PathParam("id") UUID id) {
        return WebhookView.withSecret(rotation.rotate(id));
    }

    @POST
    @Path("/{id}/disable")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            operationId = "disableWebhook",
            summary = "Pause deliveries: none is queued for it, pending ones wait until it is enabled")
    public WebhookView disable(@PathParam("id") UUID id) {
        return WebhookView.of(activation.disable(id));
    }

    @POST
    @Path("/{id}/enable")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "enableWebhook", summary = "Resume deliveries and clear the failing mark")
    public WebhookView enable(@PathParam("id") UUID id) {
        return WebhookView.of(activation.enable(id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Remove an endpoint with its deliveries and their log")
    public RestResponse<Void> delete(@PathParam("id") UUID id) {
        registration.remove(id);
        return RestResponse.noContent();
    }
}
