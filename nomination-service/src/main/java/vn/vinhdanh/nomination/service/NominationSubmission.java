package vn.vinhdanh.nomination.service;

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
import vn.vinhdanh.nomination.domain.Movement;
import vn.vinhdanh.nomination.domain.Nomination;
import vn.vinhdanh.nomination.domain.NominationStatus;
import vn.vinhdanh.nomination.domain.Nominee;
import vn.vinhdanh.nomination.domain.TimelineEntry;
import vn.vinhdanh.problem.ProblemException;

/**
 * An agency submits a nomination to the council: checked against the movement's current criteria and the duplicate
 * guard, stored as revision 1 with status SUBMITTED, and announced with {@code nomination.submitted.v1}.
 */
@ApplicationScoped
public class NominationSubmission {

    private final CallerAgency agency;
    private final Caller caller;
    private final AuditTrail audit;
    private final IdempotencyKeys idempotency;
    private final DuplicateGuard duplicates;
    private final RevisionAnnouncement announcement;
    private final NominationQueries nominations;
    private final ProposedTitles titles;
    private final Clock clock;

    @Inject
    WebhookAnnouncement webhooks;

    public NominationSubmission(
            CallerAgency agency,
            Caller caller,
            AuditTrail audit,
            IdempotencyKeys idempotency,
            DuplicateGuard duplicates,
            RevisionAnnouncement announcement,
            NominationQueries nominations,
            ProposedTitles titles,
            Clock clock) {
        this.agency = agency;
        this.caller = caller;
        this.audit = audit;
        this.idempotency = idempotency;
        this.duplicates = duplicates;
        this.announcement = announcement;
        this.nominations = nominations;
        this.titles = titles;
        this.clock = clock;
    }

    /** @param idempotencyKey the client's {@code Idempotency-Key}, or null */
    @Transactional
    public Creation<Nomination> submit(SubmitNomination submission, String idempotencyKey) {
        return idempotency.createOnce(
                idempotencyKey,
                submission,
                id -> create(submission, agency.submitting(submission.agencyCode()), id),
                nominations::get);
    }

    /** One item of a batch, committed on its own: a refused item leaves the others in place. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public UUID submitAlone(SubmitNomination submission) {
        return create(submission, agency.submitting(submission.agencyCode()), UUID.randomUUID()).id;
    }

    /** A draft becomes a nomination of the agency that prepared it, through every check of a submission. */
    @Transactional(Transactional.TxType.MANDATORY)
    Nomination submitDraft(SubmitNomination submission, String agencyCode) {
        NominationRules.checkSameAgency(submission.agencyCode(), agencyCode, "the draft", "Bản nháp hồ sơ");
        return create(submission, agencyCode, UUID.randomUUID());
    }

    private Nomination create(SubmitNomination submission, String agencyCode, UUID id) {
        NominationRules.checkNoChangeNote(submission);
        Instant now = Instant.now(clock);
        // first: the movement names the period the level and the title are judged on (Movement.periodEnd)
        Movement movement = Movement.<Movement>findByIdOptional(submission.movementId())
                .orElseThrow(() -> ProblemException.invalidField(
                        "movementId",
                        "no movement with id " + submission.movementId(),
                        "Không tìm thấy phong trào thi đua " + submission.movementId() + "."));
        LocalDate periodEnd = movement.periodEnd();
        NominationRules.checkNomineeAndLevel(submission, periodEnd);
        titles.check(submission.proposedAward(), submission.nominee().kind(), submission.level(), periodEnd);
        // versions are immutable, so the one current now stays exactly what this nomination is judged against
        CriteriaVersion criteria = CriteriaVersion.existing(movement.id, movement.criteriaVersion);
        List<Criterion> groupCriteria = NominationRules.checkEvidence(submission, criteria);

        Nominee nominee = NominationMapping.toNominee(submission.nominee());
        String duplicateKey = Nomination.duplicateKeyOf(nominee);
        UUID duplicateOf = duplicates.check(
                movement, nominee, duplicateKey, Boolean.TRUE.equals(submission.confirmDuplicate()), null);

        Nomination nomination = new Nomination();
        nomination.id = id;
        nomination.movement = movement;
        nomination.agencyCode = agencyCode;
        nomination.revision = 1;
        nomination.duplicateOf = duplicateOf;
        nomination.criteriaVersion = criteria.version;
        NominationMapping.fill(nomination, submission, nominee, duplicateKey);
        nomination.status = NominationStatus.SUBMITTED;
        nomination.submittedAt = now;
        nomination.updatedAt = now;
        nomination.persist();
        TimelineEntry submitted = nomination.advance(NominationStatus.SUBMITTED, now, caller.label(), null, null, now);
        webhooks.stepAdded(nomination, submitted, null);
        audit.record(
                "nomination.submit",
                "nomination",
                nomination.id,
                nomination.nominee.name + " (" + nomination.proposedAward + ")");
        announcement.announce(nomination, criteria.version, groupCriteria, null);
        return nomination;
    }
}
