package vn.vinhdanh.nomination.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.nomination.config.WebhookConfig;
import vn.vinhdanh.nomination.domain.WebhookEndpoint;
import vn.vinhdanh.nomination.domain.WebhookSignature;

/**
 * A new signing secret, shown once. For the overlap (24 h by default) every delivery carries two signatures, the new
 * secret's and the previous one's, so the portal can switch its verification whenever it likes within that time.
 */
@ApplicationScoped
public class WebhookSecretRotation {

    private final WebhookQueries webhooks;
    private final AuditTrail audit;
    private final WebhookConfig config;
    private final Clock clock;

    public WebhookSecretRotation(WebhookQueries webhooks, AuditTrail audit, WebhookConfig config, Clock clock) {
        this.webhooks = webhooks;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public RegisteredWebhook rotate(UUID id) {
        WebhookEndpoint endpoint = webhooks.endpointForUpdate(id);
        Instant now = Instant.now(clock);
        endpoint.rotateSecret(WebhookSignature.newSecret(), now, config.secretOverlap());
        audit.record(
                "webhook.rotate-secret",
                "webhook",
                id,
                "previous secret valid until " + endpoint.previousSecretExpiresAt);
        return new RegisteredWebhook(endpoint, endpoint.secret);
    }
}
