package vn.vinhdanh.nomination.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.vinhdanh.messaging.inbox.PoisonMessageException;
import vn.vinhdanh.nomination.domain.Nomination;
import vn.vinhdanh.nomination.domain.NominationStatus;
import vn.vinhdanh.nomination.domain.TimelineEntry;

/** Moves nominations along as the council, the award board and the press report back. */
@ApplicationScoped
public class NominationProgress {

    private static final Logger LOG = Logger.getLogger(NominationProgress.class);

    private final WebhookAnnouncement webhooks;
    private final Clock clock;

    public NominationProgress(WebhookAnnouncement webhooks, Clock clock) {
        this.webhooks = webhooks;
        this.clock = clock;
    }

    /** @param occurredAt when it happened in the service that reports it; null for now */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            UUID nominationId, NominationStatus step, Instant occurredAt, String actor, String note, UUID eventId) {
        Nomination nomination = Nomination.findById(nominationId);
        if (nomination == null) {
            // every event downstream starts from one of ours: an unknown id means a foreign or corrupted message
            throw new PoisonMessageException("event " + eventId + " refers to unknown nomination " + nominationId);
        }
        Instant now = Instant.now(clock);
        NominationStatus before = nomination.status;
        TimelineEntry entry =
                nomination.advance(step, occurredAt == null ? now : occurredAt, actor, note, eventId, now);
        webhooks.stepAdded(nomination, entry, before);
        LOG.debugf("Nomination %s: %s (now %s)", nominationId, step, nomination.status);
    }
}
