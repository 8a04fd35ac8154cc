package vn.vinhdanh.nomination.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One event for one endpoint: the HTTP outbox row. Written with the timeline change, so nothing committed is lost;
 * the dispatcher takes it when due, sends it outside any transaction and records the outcome here and in
 * {@link WebhookAttempt}.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    private static final int MAX_ERROR_LENGTH = 500;

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public WebhookEvent event;

    @Column(name = "endpoint_id", nullable = false)
    public UUID endpointId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "attempt_count", nullable = false)
    public int attemptCount;

    /** When a PENDING delivery is due; null once DELIVERED or FAILED. */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    /**
     * Set while an instance sends it: no other instance takes it before then. If that instance dies mid-send, the
     * delivery is simply due again once this passes (at least once).
     */
    @Column(name = "locked_until")
    public Instant lockedUntil;

    /** The start of the retry window: the first attempt, or the attempt a redelivery asked for. */
    @Column(name = "window_started_at")
    public Instant windowStartedAt;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "last_response_status")
    public Integer lastResponseStatus;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    public static WebhookDelivery queue(WebhookEvent event, UUID endpointId, Instant now) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.id = UUID.randomUUID();
        delivery.event = event;
        delivery.endpointId = endpointId;
        delivery.status = DeliveryStatus.PENDING;
        delivery.createdAt = now;
        delivery.nextAttemptAt = now;
        return delivery;
    }

    /**
     * Records one attempt and decides what follows: delivered, the next try, or the end.
     *
     * @return the attempt's log row
     */
    public WebhookAttempt record(AttemptResult result, RetrySchedule schedule, double random) {
        attemptCount++;
        if (windowStartedAt == null) {
            windowStartedAt = result.startedAt();
        }
        lastAttemptAt = result.startedAt();
        lastResponseStatus = result.responseStatus();
        lastError = clip(result.error());
        lockedUntil = null;
        if (result.delivered()) {
            status = DeliveryStatus.DELIVERED;
            deliveredAt = result.startedAt().plusMillis(result.durationMillis());
            nextAttemptAt = null;
        } else {
            nextAttemptAt = schedule.nextAttempt(attemptCount, result.startedAt(), windowStartedAt, random);
            status = nextAttemptAt == null ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
        }
        return WebhookAttempt.of(id, attemptCount, result, lastError, nextAttemptAt);
    }

    /** Sent again at once under the same id, with a fresh retry window, whatever its outcome was. */
    public void redeliver(Instant now) {
        status = DeliveryStatus.PENDING;
        nextAttemptAt = now;
        windowStartedAt = null;
    }

    public boolean inFlight(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
