package vn.vinhdanh.nomination.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.nomination.domain.Nomination;
import vn.vinhdanh.nomination.domain.NominationStatus;
import vn.vinhdanh.nomination.domain.TimelineEntry;
import vn.vinhdanh.nomination.domain.WebhookDelivery;
import vn.vinhdanh.nomination.domain.WebhookEndpoint;
import vn.vinhdanh.nomination.domain.WebhookEvent;

/**
 * Queues a timeline entry (a status step or an event) for the webhooks of the nomination's agency, in the transaction that adds the step: one
 * event, and one delivery per enabled endpoint of that agency (never another's) that wants the step. The step and
 * its deliveries commit or roll back together, so a crash after the commit loses nothing; the dispatcher sends them.
 */
@ApplicationScoped
public class WebhookAnnouncement {

    private final WebhookEventMapping mapping;
    private final Event<WebhookDeliveriesQueued> queued;
    private final Clock clock;

    public WebhookAnnouncement(WebhookEventMapping mapping, Event<WebhookDeliveriesQueued> queued, Clock clock) {
        this.mapping = mapping;
        this.queued = queued;
        this.clock = clock;
    }

    /**
     * @param step           the entry {@code Nomination.advance}, {@code resubmit} or {@code recordEvent} (and the
     *                       methods that call it) just added
     * @param previousStatus the nomination's status before that call; null for a new nomination (an event leaves it
     *                       as it was)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void stepAdded(Nomination nomination, TimelineEntry step, NominationStatus previousStatus) {
        List<WebhookEndpoint> endpoints =
                WebhookEndpoint.<WebhookEndpoint>list("agencyCode = ?1 and enabled = true", nomination.agencyCode)
                        .stream()
                        .filter(endpoint -> endpoint.wants(step))
                        .toList();
        if (endpoints.isEmpty()) {
            return;
        }
        Instant now = Instant.now(clock);
        WebhookEvent event = new WebhookEvent();
        event.id = UUID.randomUUID();
        event.eventType = WebhookEventMapping.STATUS_CHANGED;
        event.nominationId = nomination.id;
        event.agencyCode = nomination.agencyCode;
        event.step = step.status;
        event.event = step.event;
        event.occurredAt = step.occurredAt;
        event.body = mapping.body(event.id, nomination, step, previousStatus);
        event.persist();
        for (WebhookEndpoint endpoint : endpoints) {
            WebhookDelivery.queue(event, endpoint.id, now).persist();
        }
        queued.fire(new WebhookDeliveriesQueued(endpoints.size()));
    }
}
