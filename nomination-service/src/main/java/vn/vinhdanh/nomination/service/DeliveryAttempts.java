package vn.vinhdanh.nomination.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;
import vn.vinhdanh.nomination.config.WebhookConfig;
import vn.vinhdanh.nomination.domain.AttemptResult;
import vn.vinhdanh.nomination.domain.DeliveryStatus;
import vn.vinhdanh.nomination.domain.RetrySchedule;
import vn.vinhdanh.nomination.domain.WebhookAttempt;
import vn.vinhdanh.nomination.domain.WebhookDelivery;
import vn.vinhdanh.nomination.domain.WebhookEndpoint;

/**
 * Writes down what an attempt came to, in a short transaction of its own: the attempt's log row, the delivery's next
 * step (delivered, the next try, or failed for good) and, on a final failure, the endpoint's failing mark.
 */
@ApplicationScoped
public class DeliveryAttempts {

    private static final Logger LOG = Logger.getLogger(DeliveryAttempts.class);

    private final EntityManager entityManager;
    private final RetrySchedule schedule;
    private final Clock clock;

    public DeliveryAttempts(EntityManager entityManager, WebhookConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.schedule =
                new RetrySchedule(config.retry().delays(), config.retry().window());
        this.clock = clock;
    }

    /** @return the delivery's status after the attempt; null when it was deleted with its endpoint meanwhile */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public DeliveryStatus record(UUID deliveryId, AttemptResult result) {
        // the row lock orders this after a redelivery request or another instance's record, so numbers never collide
        WebhookDelivery delivery =
                entityManager.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null) {
            return null;
        }
        WebhookAttempt attempt =
                delivery.record(result, schedule, ThreadLocalRandom.current().nextDouble());
        attempt.persist();
        if (delivery.status == DeliveryStatus.FAILED) {
            WebhookEndpoint endpoint =
                    entityManager.find(WebhookEndpoint.class, delivery.endpointId, LockModeType.PESSIMISTIC_WRITE);
            endpoint.markFailing(Instant.now(clock));
            LOG.infof(
                    "Webhook delivery %s to endpoint %s failed for good after %d attempts: %s",
                    deliveryId, delivery.endpointId, delivery.attemptCount, result.error());
        }
        return delivery.status;
    }
}
