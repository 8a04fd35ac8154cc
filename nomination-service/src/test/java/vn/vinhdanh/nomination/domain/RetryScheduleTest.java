package vn.vinhdanh.nomination.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final RetrySchedule PRODUCTION = new RetrySchedule(
            List.of(
                    Duration.ofSeconds(30),
                    Duration.ofMinutes(2),
                    Duration.ofMinutes(10),
                    Duration.ofHours(1),
                    Duration.ofHours(3),
                    Duration.ofHours(6)),
            Duration.ofHours(24));
    private static final Instant FIRST = Instant.parse("2026-03-01T01:00:00Z");

    @Test
    void theCeilingGrowsThenStaysAtTheLastDelay() {
        assertThat(PRODUCTION.ceiling(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(PRODUCTION.ceiling(4)).isEqualTo(Duration.ofHours(1));
        assertThat(PRODUCTION.ceiling(6)).isEqualTo(Duration.ofHours(6));
        assertThat(PRODUCTION.ceiling(40)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void theWaitIsDrawnBetweenZeroAndTheCeiling() {
        Instant attempt = FIRST.plusSeconds(100);
        assertThat(PRODUCTION.nextAttempt(2, attempt, FIRST, 0.0)).isEqualTo(attempt);
        assertThat(PRODUCTION.nextAttempt(2, attempt, FIRST, 0.5)).isEqualTo(attempt.plusSeconds(60));
        assertThat(PRODUCTION.nextAttempt(2, attempt, FIRST, 0.999_999)).isBefore(attempt.plus(Duration.ofMinutes(2)));
    }

    @Test
    void retriesGoOnForTheWholeWindowAndAFailureAfterItIsFinal() {
        Instant lastInside = FIRST.plus(Duration.ofHours(24)).minusSeconds(1);
        assertThat(PRODUCTION.nextAttempt(12, lastInside, FIRST, 0.9)).isAfter(FIRST.plus(Duration.ofHours(24)));
        assertThat(PRODUCTION.nextAttempt(13, FIRST.plus(Duration.ofHours(24)), FIRST, 0.9))
                .isNull();
    }

    @Test
    void theDeliveryRecordsDeliveredRetriedAndFailed() {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.status = DeliveryStatus.PENDING;

        WebhookAttempt refused = delivery.record(AttemptResult.failed(FIRST, 3, "connection refused"), PRODUCTION, 0.5);
        assertThat(refused.key.attemptNumber()).isEqualTo(1);
        assertThat(delivery.status).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.nextAttemptAt).isEqualTo(FIRST.plusSeconds(15));
        assertThat(delivery.windowStartedAt).isEqualTo(FIRST);

        Instant late = FIRST.plus(Duration.ofHours(25));
        delivery.record(AttemptResult.answered(late, 40, 503, "HTTP 503"), PRODUCTION, 0.5);
        assertThat(delivery.status).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.nextAttemptAt).isNull();

        delivery.redeliver(late.plusSeconds(60));
        WebhookAttempt accepted =
                delivery.record(AttemptResult.answered(late.plusSeconds(61), 20, 204, null), PRODUCTION, 0.5);
        assertThat(accepted.key.attemptNumber()).isEqualTo(3);
        assertThat(delivery.status).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery.lastResponseStatus).isEqualTo(204);
        assertThat(delivery.nextAttemptAt).isNull();
    }
}
