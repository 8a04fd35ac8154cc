package vn.vinhdanh.nomination.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.vinhdanh.messaging.inbox.PoisonMessageException;
import vn.vinhdanh.nomination.domain.Nomination;
import vn.vinhdanh.nomination.domain.NominationStatus;

/** Moves nominations along as the council, the award board and the press report back. */
@ApplicationScoped
public class TimelineService {

    private static final Logger LOG = Logger.getLogger(TimelineService.class);

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID nominationId, NominationStatus step, Instant occurredAt, String actor, String note,
            UUID eventId) {
        Nomination nomination = Nomination.findById(nominationId);
        if (nomination == null) {
            // every event downstream starts from one of ours: an unknown id means a foreign or corrupted message
            throw new PoisonMessageException("event " + eventId + " refers to unknown nomination " + nominationId);
        }
        nomination.advance(step, occurredAt == null ? Instant.now() : occurredAt, actor, note, eventId);
        LOG.debugf("Nomination %s: %s (now %s)", nominationId, step, nomination.status);
    }
}
