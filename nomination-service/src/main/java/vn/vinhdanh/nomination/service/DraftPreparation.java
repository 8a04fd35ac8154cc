package vn.vinhdanh.nomination.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.idempotency.Creation;
import vn.vinhdanh.idempotency.IdempotencyKeys;
import vn.vinhdanh.nomination.domain.Movement;
import vn.vinhdanh.nomination.domain.Nomination;
import vn.vinhdanh.nomination.domain.NominationDraft;
import vn.vinhdanh.problem.ProblemException;

/**
 * An agency prepares a nomination as a draft, saving it as often as it likes; only submitting runs every check (the
 * same as a direct submission) and sends it to the council.
 */
@ApplicationScoped
public class DraftPreparation {

    private final DraftQueries drafts;
    private final DraftContent content;
    private final NominationSubmission submission;
    private final CallerAgency agency;
    private final Caller caller;
    private final AuditTrail audit;
    private final ObjectMapper objectMapper;
    private final IdempotencyKeys idempotency;
    private final Clock clock;

    public DraftPreparation(
            DraftQueries drafts,
            DraftContent content,
            NominationSubmission submission,
            CallerAgency agency,
            Caller caller,
            AuditTrail audit,
            ObjectMapper objectMapper,
            IdempotencyKeys idempotency,
            Clock clock) {
        this.drafts = drafts;
        this.content = content;
        this.submission = submission;
        this.agency = agency;
        this.caller = caller;
        this.audit = audit;
        this.objectMapper = objectMapper;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /** @param typed a nomination, complete or not; only its movement must be there and exist */
    @Transactional
    public NominationDraft create(SubmitNomination typed) {
        return create(typed, (String) null).resource();
    }

    /** @param idempotencyKey the client's {@code Idempotency-Key}, or null: a retry returns the draft saved */
    @Transactional
    public Creation<NominationDraft> create(SubmitNomination typed, String idempotencyKey) {
        return idempotency.createOnce(
                idempotencyKey, typed, id -> write(typed, id), id -> NominationDraft.<NominationDraft>findById(id));
    }

    private NominationDraft write(SubmitNomination typed, UUID id) {
        NominationDraft draft = new NominationDraft();
        draft.id = id;
        draft.agencyCode = agency.submitting(typed.agencyCode());
        draft.createdAt = Instant.now(clock);
        draft.createdBy = caller.label();
        fill(draft, typed);
        draft.persist();
        audit.record("nomination.draft.create", "nomination-draft", draft.id, null);
        return draft;
    }

    @Transactional
    public NominationDraft update(UUID id, SubmitNomination typed) {
        NominationDraft draft = editable(id);
        NominationRules.checkSameAgency(typed.agencyCode(), draft.agencyCode, "the draft", "Bản nháp hồ sơ");
        fill(draft, typed);
        return draft;
    }

    @Transactional
    public void delete(UUID id) {
        NominationDraft draft = editable(id);
        draft.delete();
        audit.record("nomination.draft.delete", "nomination-draft", id, null);
    }

    /** Runs every check of a submission; on success the draft becomes the nomination, in one transaction. */
    @Transactional
    public Nomination submit(UUID id) {
        NominationDraft draft = editable(id);
        Nomination nomination = submission.submitDraft(content.toSubmission(draft), draft.agencyCode);
        draft.submittedNominationId = nomination.id;
        draft.submittedAt = Instant.now(clock);
        draft.updatedAt = draft.submittedAt;
        return nomination;
    }

    private NominationDraft editable(UUID id) {
        NominationDraft draft = drafts.get(id);
        if (draft.submitted()) {
            throw ProblemException.conflict(
                    "draft-submitted",
                    "draft " + id + " was submitted as nomination " + draft.submittedNominationId
                            + " and no longer changes",
                    "Bản nháp hồ sơ " + id + " đã được gửi thành hồ sơ đề nghị " + draft.submittedNominationId
                            + " nên không sửa được nữa.");
        }
        return draft;
    }

    private void fill(NominationDraft draft, SubmitNomination typed) {
        if (typed.movementId() == null) {
            throw ProblemException.invalidField(
                    "movementId", "a draft belongs to a movement", "Bản nháp hồ sơ phải thuộc một phong trào thi đua.");
        }
        if (Movement.findById(typed.movementId()) == null) {
            throw ProblemException.invalidField(
                    "movementId",
                    "no movement with id " + typed.movementId(),
                    "Không tìm thấy phong trào thi đua " + typed.movementId() + ".");
        }
        draft.movementId = typed.movementId();
        try {
            // the command has the body's fields in the body's order: the stored content is the body as typed
            draft.content = objectMapper.writeValueAsString(typed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise draft " + draft.id, e);
        }
        draft.updatedAt = Instant.now(clock);
    }
}
