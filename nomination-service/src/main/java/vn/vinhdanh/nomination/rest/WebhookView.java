package vn.vinhdanh.nomination.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.nomination.domain.WebhookEndpoint;
import vn.vinhdanh.nomination.service.RegisteredWebhook;

/**
 * A webhook endpoint. {@code secret} appears only in the answer to a registration or a rotation; a read never
 * shows it.
 *
 * @param eventTypes the steps delivered, {@code ["*"]} for every step
 * @param failingSince when a delivery to it last failed for good; null while healthy (enabling clears it)
 */
public record WebhookView(
        UUID id,
        String agencyCode,
        String url,
        List<String> eventTypes,
        String description,
        boolean enabled,
        Instant failingSince,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        Instant secretRotatedAt,
        Instant previousSecretExpiresAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

    static WebhookView of(WebhookEndpoint endpoint) {
        return of(endpoint, null);
    }

    static WebhookView withSecret(RegisteredWebhook registered) {
        return of(registered.endpoint(), registered.secret());
    }

    private static WebhookView of(WebhookEndpoint endpoint, String secret) {
        return new WebhookView(
                endpoint.id,
                endpoint.agencyCode,
                endpoint.url,
                endpoint.eventTypes.isEmpty() ? List.of("*") : List.copyOf(endpoint.eventTypes),
                endpoint.description,
                endpoint.enabled,
                endpoint.failingSince,
                endpoint.createdAt,
                endpoint.createdBy,
                endpoint.updatedAt,
                endpoint.secretRotatedAt,
                endpoint.previousSecretExpiresAt,
                secret);
    }
}
