package vn.vinhdanh.nomination.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import vn.vinhdanh.messaging.CloudEventHeaders;
import vn.vinhdanh.messaging.config.MessagingConfig;
import vn.vinhdanh.nomination.domain.Nomination;
import vn.vinhdanh.nomination.domain.NominationStatus;
import vn.vinhdanh.nomination.domain.TimelineEntry;
import vn.vinhdanh.nomination.domain.TimelineEvent;

/**
 * A timeline step as the CloudEvent 1.0 webhooks deliver, in structured mode: the attributes and the data in one
 * JSON object, sent as {@code application/cloudevents+json}. This is a contract with the agencies' portals: a
 * breaking change is a new {@code .vN} type.
 */
@ApplicationScoped
public class WebhookEventMapping {

    /** The only type so far: an entry (a status step or an event) was added to a nomination's timeline. */
    public static final String STATUS_CHANGED = "vn.vinhdanh.nomination.status-changed.v1";

    /** The envelope; {@code subject} is the nomination id, {@code time} when the step happened. */
    public record StatusChangedEvent(
            String specversion,
            UUID id,
            String source,
            String type,
            String subject,
            Instant time,
            String datacontenttype,
            StatusChanged data) {}

    /**
     * @param status         the step added to the timeline; for an event, the status the nomination had
     * @param previousStatus the nomination's status before the step; null for the first SUBMITTED
     * @param nominationStatus the nomination's status after it: the same as {@code status}, except for a late step
     *                       that does not move the nomination back (an UNDER_REVIEW after the APPROVED)
     * @param revision       the revision the nomination is at (an amendment's SUBMITTED names the new one)
     * @param event          what happened besides the status (AWARD_BLOCKED, TITLE_CORRECTED, ...); null for a status
     *                       step. Added after the first portals integrated, at the end: a receiver that ignores it
     *                       reads an event as a step that did not move the status
     */
    public record StatusChanged(
            UUID nominationId,
            String agencyCode,
            UUID movementId,
            NominationStatus status,
            NominationStatus previousStatus,
            NominationStatus nominationStatus,
            Instant occurredAt,
            String actor,
            String note,
            int revision,
            String nomineeName,
            TimelineEvent event) {}

    private final ObjectMapper objectMapper;
    private final String source;

    public WebhookEventMapping(ObjectMapper objectMapper, MessagingConfig messaging) {
        this.objectMapper = objectMapper;
        this.source = "/vinhdanh/" + messaging.service();
    }

    /** The event's bytes as every endpoint gets them, signed as they are. */
    public String body(UUID eventId, Nomination nomination, TimelineEntry step, NominationStatus previousStatus) {
        StatusChanged data = new StatusChanged(
                nomination.id,
                nomination.agencyCode,
                nomination.movement.id,
                step.status,
                previousStatus,
                nomination.status,
                step.occurredAt,
                step.actor,
                step.note,
                nomination.revision,
                nomination.nominee.name,
                step.event);
        StatusChangedEvent event = new StatusChangedEvent(
                CloudEventHeaders.SPEC_VERSION_1_0,
                eventId,
                source,
                STATUS_CHANGED,
                nomination.id.toString(),
                step.occurredAt,
                CloudEventHeaders.JSON,
                data);
        try {
            return objectMapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a webhook event cannot be serialized", e);
        }
    }
}
