package vn.vinhdanh.nomination.service;

import static vn.vinhdanh.province.VietnameseText.nfc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.idempotency.Creation;
import vn.vinhdanh.idempotency.IdempotencyKeys;
import vn.vinhdanh.nomination.domain.CriteriaVersion;
import vn.vinhdanh.nomination.domain.Criterion;
import vn.vinhdanh.nomination.domain.Nomination;
import vn.vinhdanh.nomination.domain.NominationRevision;
import vn.vinhdanh.nomination.domain.NominationStatus;
import vn.vinhdanh.nomination.domain.Nominee;
import vn.vinhdanh.nomination.domain.TimelineEntry;
import vn.vinhdanh.problem.ProblemException;

/**
 * An agency amends a nomination the council returned for information: it comes back as a new revision, the content
 * is replaced, the earlier revisions stay readable as they were sent, and the council opens a new round. The
 * nomination keeps the criteria version it was first judged against and its movement.
 */
@ApplicationScoped
public class NominationAmendment {

    private final NominationQueries nominations;
    private final DuplicateGuard duplicates;
    private final RevisionAnnouncement announcement;
    private final Caller caller;
    private final AuditTrail audit;
    private final ProposedTitles titles;
    private final IdempotencyKeys idempotency;
    private final Clock clock;

    @Inject
    WebhookAnnouncement webhooks;

    public NominationAmendment(
            NominationQueries nominations,
            DuplicateGuard duplicates,
            RevisionAnnouncement announcement,
            Caller caller,
            AuditTrail audit,
            ProposedTitles titles,
            IdempotencyKeys idempotency,
            Clock clock) {
        this.nominations = nominations;
        this.duplicates = duplicates;
        this.announcement = announcement;
        this.caller = caller;
        this.audit = audit;
        this.titles = titles;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /** The nomination as amended, and the revision the amendment wrote. */
    public record Amended(Nomination nomination, int revision) {}

    /** What an Idempotency-Key of an amendment stands for: this body, for this nomination. */
    record AmendmentRequest(UUID nominationId, SubmitNomination revised) {}

    /** @param revised the whole nomination as for a submission, with {@code changeNote} saying what changed */
    @Transactional
    public Nomination amend(UUID id, SubmitNomination revised) {
        return amend(id, revised, null).resource().nomination();
    }

    /**
     * @param idempotencyKey the client's {@code Idempotency-Key}, or null: a retry returns the revision the first
     *                       request wrote instead of 409 not-returned
     */
    @Transactional
    public Creation<Amended> amend(UUID id, SubmitNomination revised, String idempotencyKey) {
        return idempotency.createOnce(
                idempotencyKey,
                new AmendmentRequest(id, revised),
                revisionId -> {
                    Nomination amended = write(id, revised, revisionId);
                    return new Amended(amended, amended.revision);
                },
                revisionId -> {
                    NominationRevision revision = NominationRevision.<NominationRevision>find("id", revisionId)
                            .firstResult();
                    return new Amended(nominations.get(revision.key.nominationId()), revision.key.revision());
                });
    }

    private Nomination write(UUID id, SubmitNomination revised, UUID revisionId) {
        NominationRules.checkChangeNote(revised);
        String changeNote = revised.changeNote();
        Nomination nomination = nominations.get(id);
        if (nomination.status != NominationStatus.RETURNED) {
            throw ProblemException.conflict(
                    "not-returned",
                    "nomination " + id + " is " + nomination.status
                            + "; only a nomination the council RETURNED for information can be amended",
                    "Hồ sơ đề nghị " + id + " đang ở trạng thái " + nomination.status
                            + "; chỉ hồ sơ được Hội đồng trả lại để bổ sung (RETURNED) mới được bổ sung, sửa.");
        }
        if (!nomination.movement.id.equals(revised.movementId())) {
            throw ProblemException.invalidField(
                    "movementId",
                    "an amendment stays in movement " + nomination.movement.id + "; withdraw and submit anew instead",
                    "Hồ sơ bổ sung phải giữ nguyên phong trào thi đua " + nomination.movement.id
                            + "; muốn đổi phong trào, đề nghị rút hồ sơ rồi gửi hồ sơ mới.");
        }
        NominationRules.checkSameAgency(revised.agencyCode(), nomination.agencyCode, "the nomination", "Hồ sơ đề nghị");
        Instant now = Instant.now(clock);
        // judged on the period of the movement it stays in, as its first submission was (Movement.periodEnd)
        LocalDate periodEnd = nomination.movement.periodEnd();
        NominationRules.checkNomineeAndLevel(revised, periodEnd);
        titles.check(revised.proposedAward(), revised.nominee().kind(), revised.level(), periodEnd);
        CriteriaVersion criteria = CriteriaVersion.existing(nomination.movement.id, nomination.criteriaVersion);
        List<Criterion> groupCriteria = NominationRules.checkEvidence(revised, criteria);
        Nominee nominee = NominationMapping.toNominee(revised.nominee());
        String duplicateKey = Nomination.duplicateKeyOf(nominee);
        if (!duplicateKey.equals(nomination.duplicateKey)) {
            nomination.duplicateOf = duplicates.check(
                    nomination.movement,
                    nominee,
                    duplicateKey,
                    Boolean.TRUE.equals(revised.confirmDuplicate()),
                    nomination.id);
        }
        String note = nfc(changeNote).strip();
        NominationMapping.fill(nomination, revised, nominee, duplicateKey);
        NominationStatus before = nomination.status;
        TimelineEntry resubmitted =
                nomination.resubmit(caller.label(), "revision " + (nomination.revision + 1) + ": " + note, now);
        webhooks.stepAdded(nomination, resubmitted, before);
        audit.record("nomination.amend", "nomination", nomination.id, "revision " + nomination.revision + ": " + note);
        announcement.announce(nomination, criteria.version, groupCriteria, note, revisionId);
        return nomination;
    }
}
