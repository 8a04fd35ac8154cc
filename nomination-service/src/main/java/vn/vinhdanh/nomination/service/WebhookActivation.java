package vn.vinhdanh.nomination.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.nomination.domain.WebhookEndpoint;

/**
 * An agency pauses a webhook and turns it on again. While disabled, no delivery is queued for it and those already
 * pending wait; enabling it sends them and clears the failing mark.
 */
@ApplicationScoped
public class WebhookActivation {

    private final WebhookQueries webhooks;
    private final AuditTrail audit;
    private final Event<WebhookDeliveriesQueued> queued;
    private final Clock clock;

    public WebhookActivation(
            WebhookQueries webhooks, AuditTrail audit, Event<WebhookDeliveriesQueued> queued, Clock clock) {
        this.webhooks = webhooks;
        this.audit = audit;
        this.queued = queued;
        this.clock = clock;
    }

    @Transactional
    public WebhookEndpoint disable(UUID id) {
        WebhookEndpoint endpoint = webhooks.endpointForUpdate(id);
        endpoint.disable(Instant.now(clock));
        audit.record("webhook.disable", "webhook", id, endpoint.url);
        return endpoint;
    }

    @Transactional
    public WebhookEndpoint enable(UUID id) {
        WebhookEndpoint endpoint = webhooks.endpointForUpdate(id);
        endpoint.enable(Instant.now(clock));
        audit.record("webhook.enable", "webhook", id, endpoint.url);
        queued.fire(new WebhookDeliveriesQueued(0));
        return endpoint;
    }
}
