package vn.vinhdanh.nomination.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.vinhdanh.events.AwardBlockReason;
import vn.vinhdanh.events.AwardUpwardProposal;
import vn.vinhdanh.messaging.inbox.PoisonMessageException;
import vn.vinhdanh.nomination.domain.Nomination;
import vn.vinhdanh.nomination.domain.NominationStatus;
import vn.vinhdanh.nomination.domain.TimelineEntry;
import vn.vinhdanh.nomination.domain.TimelineEvent;

/**
 * Moves nominations along as the council, the award board and the press report back, and records on the timeline
 * what happens to the award and the story on the way (a blocked, unblocked or revoked award, a killed story).
 */
@ApplicationScoped
public class NominationProgress {

    private static final Logger LOG = Logger.getLogger(NominationProgress.class);

    /** The actor of award-service's reports that no officer made: a block and an unblock are the system's findings. */
    private static final String AWARD_SERVICE = "award-service";

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
        Nomination nomination = reportedBy(eventId, nominationId);
        Instant now = Instant.now(clock);
        NominationStatus before = nomination.status;
        TimelineEntry entry =
                nomination.advance(step, occurredAt == null ? now : occurredAt, actor, note, eventId, now);
        webhooks.stepAdded(nomination, entry, before);
        LOG.debugf("Nomination %s: %s (now %s)", nominationId, step, nomination.status);
    }

    /**
     * An event that leaves the status where it is (a revoked award, a killed story).
     *
     * @param occurredAt when it happened in the service that reports it; null for now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            UUID nominationId, TimelineEvent event, Instant occurredAt, String actor, String note, UUID eventId) {
        Nomination nomination = reportedBy(eventId, nominationId);
        Instant now = Instant.now(clock);
        TimelineEntry entry =
                nomination.recordEvent(event, occurredAt == null ? now : occurredAt, actor, note, eventId, now);
        webhooks.stepAdded(nomination, entry, nomination.status);
        LOG.debugf("Nomination %s: %s (still %s)", nominationId, event, nomination.status);
    }

    /**
     * award-service cannot draft the approved nomination's award: the agency sees why and may correct the title. The
     * block is kept even if the council's APPROVED has not arrived yet (review and award events are not ordered
     * among themselves); the correction waits for it.
     *
     * @param reasonVi why, in Vietnamese, for the agency
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void awardBlocked(
            UUID nominationId, AwardBlockReason cause, String reasonVi, Instant blockedAt, UUID eventId) {
        Nomination nomination = reportedBy(eventId, nominationId);
        Instant now = Instant.now(clock);
        TimelineEntry entry = nomination.blockAward(
                cause, reasonVi, blockedAt == null ? now : blockedAt, AWARD_SERVICE, eventId, now);
        webhooks.stepAdded(nomination, entry, nomination.status);
        LOG.debugf("Nomination %s: award blocked (%s)", nominationId, cause);
    }

    /** @param awardName the award award-service drafted, under the corrected title: the entry's note */
    @Transactional(Transactional.TxType.MANDATORY)
    public void awardUnblocked(UUID nominationId, String awardName, Instant unblockedAt, UUID eventId) {
        Nomination nomination = reportedBy(eventId, nominationId);
        Instant now = Instant.now(clock);
        TimelineEntry entry = nomination.unblockAward(
                awardName, unblockedAt == null ? now : unblockedAt, AWARD_SERVICE, eventId, now);
        webhooks.stepAdded(nomination, entry, nomination.status);
        LOG.debugf("Nomination %s: award unblocked", nominationId);
    }

    /**
     * A stage of the province's upward proposal of a form decided above it, in the agency's words: proposed (which
     * clears a standing award block), submitted by a Tờ trình, refused by the higher level. None moves the status:
     * the council's approval stands, and the higher decision, when it comes, is an AWARDED as any.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void upwardProposal(AwardUpwardProposal proposal, UUID eventId) {
        Nomination nomination = reportedBy(eventId, proposal.nominationId());
        Instant now = Instant.now(clock);
        Instant at = proposal.occurredAt() == null ? now : proposal.occurredAt();
        String note = UpwardProposalNotes.of(proposal);
        TimelineEntry entry = switch (proposal.stage()) {
            case PROPOSED -> nomination.proposeUpward(note, at, AWARD_SERVICE, eventId, now);
            case SUBMITTED ->
                nomination.recordEvent(TimelineEvent.UPWARD_SUBMITTED, at, AWARD_SERVICE, note, eventId, now);
            case REFUSED -> nomination.recordEvent(TimelineEvent.UPWARD_REFUSED, at, AWARD_SERVICE, note, eventId, now);
        };
        webhooks.stepAdded(nomination, entry, nomination.status);
        LOG.debugf("Nomination %s: upward proposal %s", proposal.nominationId(), proposal.stage());
    }

    private static Nomination reportedBy(UUID eventId, UUID nominationId) {
        Nomination nomination = nominationId == null ? null : Nomination.findById(nominationId);
        if (nomination == null) {
            // every event downstream starts from one of ours: an unknown id means a foreign or corrupted message
            throw new PoisonMessageException("event " + eventId + " refers to unknown nomination " + nominationId);
        }
        return nomination;
    }
}
