package vn.vinhdanh.nomination.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.Hibernate;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.nomination.domain.WebhookDelivery;
import vn.vinhdanh.nomination.domain.WebhookEndpoint;
import vn.vinhdanh.problem.ProblemException;

/**
 * The agency asks for an event again (its receiver lost it, or it was FAILED): the delivery is due now, under the
 * same {@code webhook-id}, with a fresh retry window. The dispatcher sends it; the answer does not wait for that.
 */
@ApplicationScoped
public class WebhookRedelivery {

    private final WebhookQueries webhooks;
    private final EntityManager entityManager;
    private final AuditTrail audit;
    private final Event<WebhookDeliveriesQueued> queued;
    private final Clock clock;

    public WebhookRedelivery(
            WebhookQueries webhooks,
            EntityManager entityManager,
            AuditTrail audit,
            Event<WebhookDeliveriesQueued> queued,
            Clock clock) {
        this.webhooks = webhooks;
        this.entityManager = entityManager;
        this.audit = audit;
        this.queued = queued;
        this.clock = clock;
    }

    @Transactional
    public WebhookDelivery redeliver(UUID endpointId, UUID deliveryId) {
        WebhookEndpoint endpoint = webhooks.endpoint(endpointId);
        WebhookDelivery delivery =
                entityManager.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || !delivery.endpointId.equals(endpointId)) {
            throw WebhookQueries.notFoundDelivery(deliveryId);
        }
        Instant now = Instant.now(clock);
        if (!endpoint.enabled) {
            throw ProblemException.conflict(
                    "webhook-disabled",
                    "webhook " + endpointId + " is disabled; enable it first",
                    "Địa chỉ nhận thông báo " + endpointId + " đang tạm dừng; đề nghị bật lại trước khi gửi lại.");
        }
        if (delivery.inFlight(now)) {
            // its outcome is about to be recorded: a second request now would race it for the attempt's number
            throw ProblemException.conflict(
                            "delivery-in-flight",
                            "delivery " + deliveryId + " is being sent right now; ask again in a few seconds",
                            "Thông báo " + deliveryId + " đang được gửi; đề nghị thử lại sau ít giây.")
                    .retryAfter(5);
        }
        delivery.redeliver(now);
        audit.record("webhook.redeliver", "webhook", endpointId, "delivery " + deliveryId);
        queued.fire(new WebhookDeliveriesQueued(1));
        // the answer shows the event's type and nomination after this transaction closed the session
        Hibernate.initialize(delivery.event);
        return delivery;
    }
}
