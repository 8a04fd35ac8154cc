package vn.vinhdanh.nomination.service;

import static vn.vinhdanh.province.VietnameseText.nfc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.idempotency.Creation;
import vn.vinhdanh.idempotency.IdempotencyKeys;
import vn.vinhdanh.nomination.config.WebhookConfig;
import vn.vinhdanh.nomination.domain.WebhookEndpoint;
import vn.vinhdanh.nomination.domain.WebhookSignature;

/**
 * An agency portal registers where it wants to hear about its nominations' timeline, and removes it again. The
 * answer to a registration carries the signing secret, the only time it is shown.
 */
@ApplicationScoped
public class WebhookRegistration {

    private final Caller caller;
    private final CallerAgency agency;
    private final WebhookQueries webhooks;
    private final IdempotencyKeys idempotency;
    private final AuditTrail audit;
    private final WebhookConfig config;
    private final Clock clock;

    public WebhookRegistration(
            Caller caller,
            CallerAgency agency,
            WebhookQueries webhooks,
            IdempotencyKeys idempotency,
            AuditTrail audit,
            WebhookConfig config,
            Clock clock) {
        this.caller = caller;
        this.agency = agency;
        this.webhooks = webhooks;
        this.idempotency = idempotency;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /**
     * @param idempotencyKey the client's {@code Idempotency-Key}, or null. A retry with the same key is the same
     *                       caller asking again for the answer it lost, so it gets the secret too, until the secret
     *                       is rotated
     */
    @Transactional
    public Creation<RegisteredWebhook> register(RegisterWebhook registration, String idempotencyKey) {
        return idempotency.createOnce(idempotencyKey, registration, id -> create(registration, id), id -> {
            WebhookEndpoint endpoint = webhooks.endpoint(id);
            return new RegisteredWebhook(endpoint, endpoint.secretRotatedAt == null ? endpoint.secret : null);
        });
    }

    /** Its deliveries and their log go with it; an attempt under way is not recorded. */
    @Transactional
    public void remove(UUID id) {
        WebhookEndpoint endpoint = webhooks.endpointForUpdate(id);
        endpoint.delete();
        audit.record("webhook.remove", "webhook", id, endpoint.url);
    }

    private RegisteredWebhook create(RegisterWebhook registration, UUID id) {
        String agencyCode = agency.registeringWebhook(registration.agencyCode());
        Instant now = Instant.now(clock);
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.id = id;
        endpoint.agencyCode = agencyCode;
        endpoint.url = WebhookRules.url(registration.url(), config.allowInsecureUrls());
        endpoint.eventTypes = WebhookRules.eventTypes(registration.eventTypes());
        endpoint.description = registration.description() == null
                ? null
                : nfc(registration.description()).strip();
        endpoint.secret = WebhookSignature.newSecret();
        endpoint.enabled = true;
        endpoint.createdAt = now;
        endpoint.createdBy = caller.label();
        endpoint.updatedAt = now;
        endpoint.persist();
        audit.record("webhook.register", "webhook", id, endpoint.url);
        return new RegisteredWebhook(endpoint, endpoint.secret);
    }
}
