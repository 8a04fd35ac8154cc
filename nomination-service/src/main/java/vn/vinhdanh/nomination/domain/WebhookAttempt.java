package vn.vinhdanh.nomination.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One HTTP request of a delivery, as it went: the log an agency reads when its receiver misbehaves. Never updated. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt extends PanacheEntityBase {

    @Embeddable
    public record Key(
            @Column(name = "delivery_id") UUID deliveryId,
            @Column(name = "attempt_number") int attemptNumber) {}

    @EmbeddedId
    public Key key;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "duration_ms", nullable = false)
    public long durationMillis;

    /** Null when no answer came: a timeout, a refused connection or address. */
    @Column(name = "response_status")
    public Integer responseStatus;

    @Column(name = "error")
    public String error;

    /** When the delivery is tried again after this attempt; null once delivered or given up. */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    static WebhookAttempt of(UUID deliveryId, int number, AttemptResult result, String error, Instant next) {
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.key = new Key(deliveryId, number);
        attempt.startedAt = result.startedAt();
        attempt.durationMillis = result.durationMillis();
        attempt.responseStatus = result.responseStatus();
        attempt.error = error;
        attempt.nextAttemptAt = next;
        return attempt;
    }
}
