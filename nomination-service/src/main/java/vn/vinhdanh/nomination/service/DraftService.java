package vn.vinhdanh.nomination.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.nomination.domain.Movement;
import vn.vinhdanh.nomination.domain.Nomination;
import vn.vinhdanh.nomination.domain.NominationDraft;
import vn.vinhdanh.nomination.rest.NominationRequest;
import vn.vinhdanh.problem.ProblemException;

/**
 * Drafts: an agency saves a nomination as often as it likes while preparing it; only submitting runs every check
 * (the same as a direct submission) and sends it to the council.
 */
@ApplicationScoped
public class DraftService {

    private final NominationService nominations;
    private final Caller caller;
    private final AuditTrail audit;
    private final ObjectMapper objectMapper;
    private final Validator validator;

    public DraftService(NominationService nominations, Caller caller, AuditTrail audit, ObjectMapper objectMapper,
            Validator validator) {
        this.nominations = nominations;
        this.caller = caller;
        this.audit = audit;
        this.objectMapper = objectMapper;
        this.validator = validator;
    }

    @Transactional
    public NominationDraft create(NominationRequest content) {
        NominationDraft draft = new NominationDraft();
        draft.id = UUID.randomUUID();
        draft.agencyCode = nominations.submittingAgency(content.agencyCode());
        draft.createdAt = Instant.now();
        draft.createdBy = caller.label();
        fill(draft, content);
        draft.persist();
        audit.record("nomination.draft.create", "nomination-draft", draft.id, null);
        return draft;
    }

    @Transactional
    public NominationDraft update(UUID id, NominationRequest content) {
        NominationDraft draft = editable(id);
        if (content.agencyCode() != null && !content.agencyCode().equals(draft.agencyCode)) {
            throw ProblemException.invalidField("agencyCode", "the draft belongs to " + draft.agencyCode);
        }
        fill(draft, content);
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
        NominationRequest request = read(draft);
        Set<ConstraintViolation<NominationRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Nomination nomination = nominations.submitDraft(request, draft.agencyCode);
        draft.submittedNominationId = nomination.id;
        draft.submittedAt = Instant.now();
        draft.updatedAt = draft.submittedAt;
        return nomination;
    }

    public NominationDraft get(UUID id) {
        return NominationDraft.<NominationDraft>findByIdOptional(id)
                .filter(d -> !agencyOnly() || d.agencyCode.equals(caller.agencyCode()))
                .orElseThrow(() -> ProblemException.notFound("nomination draft", id));
    }

    /** The caller agency's drafts (an admin: all), most recently changed first; submitted ones only if asked. */
    public List<NominationDraft> list(boolean includeSubmitted, int page, int size) {
        String submitted = includeSubmitted ? "" : " and submittedNominationId is null";
        if (agencyOnly()) {
            return NominationDraft.<NominationDraft>find("agencyCode = ?1" + submitted + " order by updatedAt desc, id",
                    caller.agencyCode()).page(page, size).list();
        }
        return NominationDraft.<NominationDraft>find("1 = 1" + submitted + " order by updatedAt desc, id")
                .page(page, size).list();
    }

    public NominationRequest read(NominationDraft draft) {
        try {
            return objectMapper.readValue(draft.content, NominationRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored draft " + draft.id + " is unreadable", e);
        }
    }

    private NominationDraft editable(UUID id) {
        NominationDraft draft = get(id);
        if (draft.submitted()) {
            throw ProblemException.conflict("draft-submitted", "draft " + id + " was submitted as nomination "
                    + draft.submittedNominationId + " and no longer changes");
        }
        return draft;
    }

    private void fill(NominationDraft draft, NominationRequest content) {
        if (content.movementId() == null) {
            throw ProblemException.invalidField("movementId", "a draft belongs to a movement");
        }
        if (Movement.findById(content.movementId()) == null) {
            throw ProblemException.invalidField("movementId", "no movement with id " + content.movementId());
        }
        draft.movementId = content.movementId();
        try {
            draft.content = objectMapper.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise draft " + draft.id, e);
        }
        draft.updatedAt = Instant.now();
    }

    private boolean agencyOnly() {
        return caller.has(Roles.AGENCY) && !caller.has(Roles.ADMIN);
    }
}
