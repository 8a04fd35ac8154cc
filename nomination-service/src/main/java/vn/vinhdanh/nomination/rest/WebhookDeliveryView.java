package vn.vinhdanh.nomination.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.nomination.domain.DeliveryStatus;
import vn.vinhdanh.nomination.domain.NominationStatus;
import vn.vinhdanh.nomination.domain.TimelineEvent;
import vn.vinhdanh.nomination.domain.WebhookAttempt;
import vn.vinhdanh.nomination.domain.WebhookDelivery;

/**
 * One event for one endpoint, in the delivery log. The list leaves out {@code event} (the CloudEvent as sent) and
 * {@code attempts}; the single delivery has both.
 *
 * @param eventId the CloudEvent id, sent as {@code webhook-id} on every attempt
 * @param step the timeline step the event reports (for a timeline event, the nomination's status then)
 * @param timelineEvent the timeline event it reports (AWARD_BLOCKED, ...); null for a status step
 */
public record WebhookDeliveryView(
        UUID id,
        UUID eventId,
        String eventType,
        UUID nominationId,
        NominationStatus step,
        DeliveryStatus status,
        int attemptCount,
        Integer lastResponseStatus,
        String lastError,
        Instant lastAttemptAt,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant deliveredAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode event,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<AttemptView> attempts,
        TimelineEvent timelineEvent) {

    /** One HTTP request: its status, or why there was none. */
    public record AttemptView(
            int number,
            Instant startedAt,
            long durationMs,
            Integer responseStatus,
            String error,
            Instant nextAttemptAt) {

        static AttemptView of(WebhookAttempt attempt) {
            return new AttemptView(
                    attempt.key.attemptNumber(),
                    attempt.startedAt,
                    attempt.durationMillis,
                    attempt.responseStatus,
                    attempt.error,
                    attempt.nextAttemptAt);
        }
    }

    static WebhookDeliveryView of(WebhookDelivery delivery) {
        return of(delivery, null, null);
    }

    static WebhookDeliveryView of(WebhookDelivery delivery, JsonNode event, List<WebhookAttempt> attempts) {
        return new WebhookDeliveryView(
                delivery.id,
                delivery.event.id,
                delivery.event.eventType,
                delivery.event.nominationId,
                delivery.event.step,
                delivery.status,
                delivery.attemptCount,
                delivery.lastResponseStatus,
                delivery.lastError,
                delivery.lastAttemptAt,
                delivery.nextAttemptAt,
                delivery.createdAt,
                delivery.deliveredAt,
                event,
                attempts == null ? null : attempts.stream().map(AttemptView::of).toList(),
                delivery.event.event);
    }
}
