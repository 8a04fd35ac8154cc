package vn.vinhdanh.nomination.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.NominationSubmitted;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.outbox.Outbox;
import vn.vinhdanh.nomination.domain.Criterion;
import vn.vinhdanh.nomination.domain.Nomination;
import vn.vinhdanh.nomination.domain.NominationRevision;

/**
 * Sends a revision of a nomination to the council ({@code nomination.submitted.v1}) and keeps it as the revision
 * record. The event and the record hold the same content: what the council sees is what the history shows.
 */
@ApplicationScoped
public class RevisionAnnouncement {

    private final Outbox outbox;
    private final Caller caller;
    private final ObjectMapper objectMapper;

    public RevisionAnnouncement(Outbox outbox, Caller caller, ObjectMapper objectMapper) {
        this.outbox = outbox;
        this.caller = caller;
        this.objectMapper = objectMapper;
    }

    /**
     * @param criteriaVersion the version the nomination was judged against
     * @param groupCriteria its criteria for the nominee's target group
     * @param changeNote what changed, for an amendment; null for the first submission
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void announce(Nomination nomination, int criteriaVersion, List<Criterion> groupCriteria, String changeNote) {
        announce(nomination, criteriaVersion, groupCriteria, changeNote, UUID.randomUUID());
    }

    /** @param revisionId the id the revision is written with */
    @Transactional(Transactional.TxType.MANDATORY)
    void announce(
            Nomination nomination,
            int criteriaVersion,
            List<Criterion> groupCriteria,
            String changeNote,
            UUID revisionId) {
        NominationSubmitted event = NominationMapping.toEvent(nomination, criteriaVersion, groupCriteria);
        NominationRevision revision = new NominationRevision();
        revision.key = new NominationRevision.Key(nomination.id, nomination.revision);
        revision.id = revisionId;
        revision.submittedAt = nomination.updatedAt;
        revision.submittedBy = caller.label();
        revision.changeNote = changeNote;
        try {
            revision.content = objectMapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise revision " + revision.key, e);
        }
        revision.persist();
        outbox.publish(Topics.NOMINATION_EVENTS, EventTypes.NOMINATION_SUBMITTED, nomination.id, event);
    }
}
