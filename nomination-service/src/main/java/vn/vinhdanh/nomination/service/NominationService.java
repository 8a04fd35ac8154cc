package vn.vinhdanh.nomination.service;

import vn.vinhdanh.idempotency.Creation;
import vn.vinhdanh.idempotency.IdempotencyKeys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Hibernate;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.events.CriteriaSnapshot;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.NominationSubmitted;
import vn.vinhdanh.events.NominationWithdrawn;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.TargetGroup;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.outbox.Outbox;
import vn.vinhdanh.nomination.domain.Attachment;
import vn.vinhdanh.nomination.domain.CriteriaVersion;
import vn.vinhdanh.nomination.domain.Criterion;
import vn.vinhdanh.nomination.domain.Evidence;
import vn.vinhdanh.nomination.domain.Movement;
import vn.vinhdanh.nomination.domain.Nomination;
import vn.vinhdanh.nomination.domain.NominationRevision;
import vn.vinhdanh.nomination.domain.NominationStatus;
import vn.vinhdanh.nomination.domain.Nominee;
import vn.vinhdanh.nomination.domain.VietnameseText;
import vn.vinhdanh.nomination.rest.NominationRequest;
import vn.vinhdanh.problem.Problem;
import vn.vinhdanh.problem.ProblemException;

import static vn.vinhdanh.nomination.domain.VietnameseText.nfc;

@ApplicationScoped
public class NominationService {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Two-tier local government from this day: there are no districts to nominate at any more. */
    static final LocalDate DISTRICTS_ABOLISHED = LocalDate.of(2025, 7, 1);

    private final Outbox outbox;
    private final Caller caller;
    private final AuditTrail audit;
    private final IdempotencyKeys idempotency;
    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    public NominationService(Outbox outbox, Caller caller, AuditTrail audit, IdempotencyKeys idempotency,
            EntityManager entityManager, ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
        this.outbox = outbox;
        this.caller = caller;
        this.audit = audit;
        this.idempotency = idempotency;
        this.entityManager = entityManager;
    }

    public record Page(List<Nomination> items, long total) {
    }

    /** @param idempotencyKey the client's {@code Idempotency-Key}, or null */
    @Transactional
    public Creation<Nomination> submit(NominationRequest request, String idempotencyKey) {
        return idempotency.createOnce(idempotencyKey, request,
                id -> create(request, submittingAgency(request.agencyCode()), id), this::get);
    }

    /** One item of a batch, committed on its own: a refused item leaves the others in place. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public UUID submitAlone(NominationRequest request) {
        return create(request).id;
    }

    private Nomination create(NominationRequest request) {
        return create(request, submittingAgency(request.agencyCode()), UUID.randomUUID());
    }

    /** A draft becomes a nomination of the agency that prepared it, through every check of a submission. */
    @Transactional(Transactional.TxType.MANDATORY)
    Nomination submitDraft(NominationRequest request, String agencyCode) {
        if (request.agencyCode() != null && !request.agencyCode().equals(agencyCode)) {
            throw ProblemException.invalidField("agencyCode", "the draft belongs to " + agencyCode);
        }
        return create(request, agencyCode, UUID.randomUUID());
    }

    private Nomination create(NominationRequest request, String agencyCode, UUID id) {
        if (request.changeNote() != null) {
            throw ProblemException.invalidField("changeNote", "only for an amendment of a returned nomination");
        }
        checkNomineeShape(request.nominee());
        Instant now = Instant.now();
        if (request.level() == Level.DISTRICT && !LocalDate.ofInstant(now, VIETNAM).isBefore(DISTRICTS_ABOLISHED)) {
            throw ProblemException.invalidField("level",
                    "DISTRICT level no longer exists from 1 July 2025; use COMMUNE or PROVINCE");
        }
        Movement movement = Movement.<Movement>findByIdOptional(request.movementId())
                .orElseThrow(() -> ProblemException.invalidField("movementId",
                        "no movement with id " + request.movementId()));
        // versions are immutable, so the one current now stays exactly what this nomination is judged against
        CriteriaVersion criteria = CriteriaVersion.find(movement.id, movement.criteriaVersion)
                .orElseThrow(() -> new IllegalStateException("movement " + movement.id + " lacks criteria version "
                        + movement.criteriaVersion));
        TargetGroup targetGroup = request.nominee().targetGroup();
        List<Criterion> groupCriteria = criteria.of(targetGroup);
        checkEvidence(request.evidence(), groupCriteria, targetGroup);

        Nominee nominee = toNominee(request.nominee());
        String duplicateKey = Nomination.duplicateKeyOf(nominee);
        UUID duplicateOf = guardAgainstDuplicates(movement, nominee, duplicateKey,
                Boolean.TRUE.equals(request.confirmDuplicate()));

        Nomination nomination = new Nomination();
        nomination.id = id;
        nomination.movement = movement;
        nomination.agencyCode = agencyCode;
        nomination.revision = 1;
        nomination.duplicateOf = duplicateOf;
        nomination.criteriaVersion = criteria.version;
        fill(nomination, request, nominee, duplicateKey);
        nomination.status = NominationStatus.SUBMITTED;
        nomination.submittedAt = now;
        nomination.updatedAt = now;
        nomination.persist();
        nomination.advance(NominationStatus.SUBMITTED, now, caller.label(), null, null);
        audit.record("nomination.submit", "nomination", nomination.id,
                nomination.nominee.name + " (" + nomination.proposedAward + ")");
        announce(nomination, criteria, targetGroup, groupCriteria, null);
        return nomination;
    }

    /**
     * A nomination the council returned for information comes back as a new revision: the content is replaced, the
     * earlier revisions stay readable as they were sent, and the council opens a new round. The nomination keeps the
     * criteria version it was first judged against and its movement.
     */
    @Transactional
    public Nomination amend(UUID id, NominationRequest request) {
        String changeNote = request.changeNote();
        if (changeNote == null || changeNote.isBlank()) {
            throw ProblemException.invalidField("changeNote", "say what changed in answer to the council's return");
        }
        Nomination nomination = get(id);
        if (nomination.status != NominationStatus.RETURNED) {
            throw ProblemException.conflict("not-returned", "nomination " + id + " is " + nomination.status
                    + "; only a nomination the council RETURNED for information can be amended");
        }
        if (!nomination.movement.id.equals(request.movementId())) {
            throw ProblemException.invalidField("movementId",
                    "an amendment stays in movement " + nomination.movement.id + "; withdraw and submit anew instead");
        }
        if (request.agencyCode() != null && !request.agencyCode().equals(nomination.agencyCode)) {
            throw ProblemException.invalidField("agencyCode",
                    "the nomination belongs to " + nomination.agencyCode);
        }
        checkNomineeShape(request.nominee());
        if (request.level() == Level.DISTRICT && !LocalDate.now(VIETNAM).isBefore(DISTRICTS_ABOLISHED)) {
            throw ProblemException.invalidField("level",
                    "DISTRICT level no longer exists from 1 July 2025; use COMMUNE or PROVINCE");
        }
        CriteriaVersion criteria = CriteriaVersion.find(nomination.movement.id, nomination.criteriaVersion)
                .orElseThrow(() -> new IllegalStateException("movement " + nomination.movement.id
                        + " lacks criteria version " + nomination.criteriaVersion));
        TargetGroup targetGroup = request.nominee().targetGroup();
        List<Criterion> groupCriteria = criteria.of(targetGroup);
        checkEvidence(request.evidence(), groupCriteria, targetGroup);
        Nominee nominee = toNominee(request.nominee());
        String duplicateKey = Nomination.duplicateKeyOf(nominee);
        if (!duplicateKey.equals(nomination.duplicateKey)) {
            UUID duplicateOf = guardAgainstDuplicates(nomination.movement, nominee, duplicateKey,
                    Boolean.TRUE.equals(request.confirmDuplicate()), nomination.id);
            nomination.duplicateOf = duplicateOf;
        }
        String note = nfc(changeNote).strip();
        fill(nomination, request, nominee, duplicateKey);
        nomination.resubmit(caller.label(), "revision " + (nomination.revision + 1) + ": " + note);
        audit.record("nomination.amend", "nomination", nomination.id, "revision " + nomination.revision + ": " + note);
        announce(nomination, criteria, targetGroup, groupCriteria, note);
        return nomination;
    }

    /** Earlier and current revisions, oldest first, exactly as they were sent to the council. */
    public List<NominationRevision> revisions(UUID id) {
        get(id);
        return NominationRevision.list("key.nominationId = ?1 order by key.revision", id);
    }

    public NominationRevision revision(UUID id, int revision) {
        get(id);
        return NominationRevision.<NominationRevision>findByIdOptional(new NominationRevision.Key(id, revision))
                .orElseThrow(() -> ProblemException.notFound("revision " + revision + " of nomination", id));
    }

    private void fill(Nomination nomination, NominationRequest request, Nominee nominee, String duplicateKey) {
        nomination.nominee = nominee;
        nomination.nomineeNameFolded = VietnameseText.fold(nominee.name);
        nomination.duplicateKey = duplicateKey;
        nomination.level = request.level();
        nomination.sector = request.sector();
        nomination.proposedAward = request.proposedAward();
        nomination.achievements = nfc(request.achievements());
        nomination.goodPractices = nfc(request.goodPractices());
        nomination.publicityConsent = request.publicityConsent();
        nomination.evidence.clear();
        nomination.evidence.addAll(toEvidence(request.evidence()));
        nomination.attachments.clear();
        nomination.attachments.addAll(toAttachments(request.attachments()));
    }

    /** The event and the revision record hold the same content: what the council sees is what the history shows. */
    private void announce(Nomination nomination, CriteriaVersion criteria, TargetGroup targetGroup,
            List<Criterion> groupCriteria, String changeNote) {
        NominationSubmitted event = toEvent(nomination, nomination.movement, new CriteriaSnapshot(criteria.version,
                targetGroup, groupCriteria.stream().map(NominationService::toEvent).toList()));
        NominationRevision revision = new NominationRevision();
        revision.key = new NominationRevision.Key(nomination.id, nomination.revision);
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

    /**
     * Every evidence entry names a criterion of the nominee's group, at most once, and every required criterion has
     * one. All offending entries are reported together.
     */
    private static void checkEvidence(List<NominationRequest.EvidenceRequest> evidence, List<Criterion> criteria,
            TargetGroup targetGroup) {
        List<NominationRequest.EvidenceRequest> given = evidence == null ? List.of() : evidence;
        Set<String> known = new HashSet<>();
        criteria.forEach(criterion -> known.add(criterion.code));
        Set<String> seen = new HashSet<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String code = given.get(i).criterionCode();
            if (!known.contains(code)) {
                errors.add(new Problem.FieldError("evidence[" + i + "].criterionCode",
                        "'" + code + "' is not a criterion for " + targetGroup + " in this movement; expected one of "
                                + known.stream().sorted().toList()));
            } else if (!seen.add(code)) {
                errors.add(new Problem.FieldError("evidence[" + i + "].criterionCode",
                        "criterion " + code + " has evidence already"));
            }
        }
        for (Criterion criterion : criteria) {
            if (criterion.required && !seen.contains(criterion.code)) {
                errors.add(new Problem.FieldError("evidence",
                        "criterion " + criterion.code + " is required for " + targetGroup + " and has no evidence"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "Invalid request",
                    String.join("; ", errors.stream().map(e -> e.field() + ": " + e.reason()).toList()), errors);
        }
    }

    /**
     * The same nominee in the same movement, from any agency, is refused unless the caller confirms it; then the new
     * nomination points at the earlier one so the council sees both together. Withdrawn nominations do not count.
     *
     * @return the earlier nomination when confirmed, otherwise null
     */
    private UUID guardAgainstDuplicates(Movement movement, Nominee nominee, String duplicateKey, boolean confirmed) {
        return guardAgainstDuplicates(movement, nominee, duplicateKey, confirmed, null);
    }

    private UUID guardAgainstDuplicates(Movement movement, Nominee nominee, String duplicateKey, boolean confirmed,
            UUID amended) {
        // two concurrent submissions of the same nominee would otherwise both find no earlier one
        entityManager.createNativeQuery("select cast(pg_advisory_xact_lock(hashtextextended(?1, 0)) as text)")
                .setParameter(1, "nomination-duplicate|" + movement.id + "|" + duplicateKey)
                .getSingleResult();
        Optional<Nomination> earlier = Nomination.<Nomination>find("""
                movement.id = ?1 and duplicateKey = ?2 and status <> ?3 and id <> ?4 order by submittedAt, id""",
                movement.id, duplicateKey, NominationStatus.WITHDRAWN,
                amended == null ? new UUID(0, 0) : amended).firstResultOptional();
        if (earlier.isEmpty()) {
            return null;
        }
        if (confirmed) {
            return earlier.get().id;
        }
        String who = nominee.kind == NomineeKind.COLLECTIVE
                ? nominee.name + " (" + nominee.organization + ")"
                : nominee.name + (nominee.birthYear == null ? "" : " (born " + nominee.birthYear + ")");
        boolean visible = visibleToCaller(earlier.get());
        String where = visible ? "nomination " + earlier.get().id : "a nomination of another agency";
        throw new PossibleDuplicateException(who + " is already nominated in this movement: " + where
                + ". Submit again with \"confirmDuplicate\": true if this is not a mistake.",
                visible ? earlier.get().id : null);
    }

    /** The agency takes its nomination back while the council has not approved or rejected it. */
    @Transactional
    public Nomination withdraw(UUID id, String reason) {
        Nomination nomination = get(id);
        if (!nomination.status.isWithdrawable()) {
            throw ProblemException.conflict("not-withdrawable", "nomination " + id + " is " + nomination.status
                    + "; only a SUBMITTED, UNDER_REVIEW or RETURNED nomination can be withdrawn");
        }
        Instant now = Instant.now();
        String because = nfc(reason);
        nomination.advance(NominationStatus.WITHDRAWN, now, caller.label(), because, null);
        audit.record("nomination.withdraw", "nomination", id, because);
        outbox.publish(Topics.NOMINATION_EVENTS, EventTypes.NOMINATION_WITHDRAWN, id,
                new NominationWithdrawn(id, nomination.agencyCode, nomination.movement.id, because, caller.label(),
                        now));
        return nomination;
    }

    /**
     * An agency reads only its own nominations; another agency's id answers 404, as if it did not exist. The result
     * is complete (timeline, evidence, attachments): callers in a transaction return it after the session closed.
     */
    public Nomination get(UUID id) {
        Nomination nomination = Nomination.<Nomination>find("""
                select n from Nomination n
                join fetch n.movement
                left join fetch n.timeline
                where n.id = ?1""", id)
                .<Nomination>singleResultOptional()
                .filter(this::visibleToCaller)
                .orElseThrow(() -> ProblemException.notFound("nomination", id));
        // one query each; fetching them in the query above would multiply the timeline's rows
        Hibernate.initialize(nomination.evidence);
        Hibernate.initialize(nomination.attachments);
        return nomination;
    }

    private boolean visibleToCaller(Nomination nomination) {
        return !agencyOnly() || nomination.agencyCode.equals(caller.agencyCode());
    }

    private boolean agencyOnly() {
        return caller.has(Roles.AGENCY) && !caller.has(Roles.ADMIN);
    }

    /** Agencies submit for themselves; an admin submitting on an agency's behalf names the agency. */
    String submittingAgency(String requested) {
        if (caller.has(Roles.ADMIN)) {
            if (requested == null) {
                throw ProblemException.invalidField("agencyCode", "required when an admin submits for an agency");
            }
            return requested;
        }
        String own = caller.agencyCode();
        if (own == null || own.isBlank()) {
            throw ProblemException.forbidden("the token names no agency (claim 'agency')");
        }
        if (requested != null && !requested.equals(own)) {
            throw ProblemException.forbidden("an agency submits only its own nominations, not " + requested + "'s");
        }
        return own;
    }

    /** Newest first, ties broken by id so that pages never overlap or skip; an agency sees only its own. */
    public Page search(NominationFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (agencyOnly()) {
            where.append(" and n.agencyCode = :agencyCode");
            parameters.put("agencyCode", caller.agencyCode());
        }
        if (filter.movementId() != null) {
            where.append(" and n.movement.id = :movementId");
            parameters.put("movementId", filter.movementId());
        }
        if (filter.status() != null) {
            where.append(" and n.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.year() != null) {
            where.append(" and m.year = :year");
            parameters.put("year", filter.year());
        }
        if (filter.level() != null) {
            where.append(" and n.level = :level");
            parameters.put("level", filter.level());
        }
        if (filter.sector() != null) {
            where.append(" and n.sector = :sector");
            parameters.put("sector", filter.sector());
        }
        String name = VietnameseText.fold(filter.q());
        if (name != null && !name.isEmpty()) {
            where.append(" and n.nomineeNameFolded like :name escape '!'");
            parameters.put("name", "%" + name.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        List<Nomination> items = Nomination.<Nomination>find(
                "select n from Nomination n join fetch n.movement m" + where + " order by n.submittedAt desc, n.id",
                parameters).page(page, size).list();
        TypedQuery<Long> count = entityManager.createQuery(
                "select count(n) from Nomination n join n.movement m" + where, Long.class);
        parameters.forEach(count::setParameter);
        return new Page(items, count.getSingleResult());
    }

    /** A movement's nominations for the spreadsheet export; an agency gets only its own. */
    public List<Nomination> ofMovement(UUID movementId) {
        if (Movement.findById(movementId) == null) {
            throw ProblemException.notFound("movement", movementId);
        }
        if (agencyOnly()) {
            return Nomination.list("movement.id = ?1 and agencyCode = ?2 order by submittedAt desc, id",
                    movementId, caller.agencyCode());
        }
        return Nomination.list("movement.id = ?1 order by submittedAt desc, id", movementId);
    }

    private static void checkNomineeShape(NominationRequest.NomineeRequest nominee) {
        if (nominee.kind() == NomineeKind.COLLECTIVE) {
            if (nominee.targetGroup() != TargetGroup.COLLECTIVE) {
                throw ProblemException.invalidField("nominee.targetGroup", "a collective's target group is COLLECTIVE");
            }
            if (nominee.memberCount() == null) {
                throw ProblemException.invalidField("nominee.memberCount", "required for a collective");
            }
        } else {
            if (nominee.targetGroup() == TargetGroup.COLLECTIVE) {
                throw ProblemException.invalidField("nominee.targetGroup",
                        "an individual's target group cannot be COLLECTIVE");
            }
            if (nominee.memberCount() != null) {
                throw ProblemException.invalidField("nominee.memberCount", "only for a collective");
            }
        }
    }

    private static Nominee toNominee(NominationRequest.NomineeRequest request) {
        Nominee nominee = new Nominee();
        nominee.kind = request.kind();
        nominee.name = nfc(request.name());
        nominee.gender = request.gender();
        nominee.birthYear = request.birthYear();
        nominee.ethnicity = nfc(request.ethnicity());
        nominee.position = nfc(request.position());
        nominee.organization = nfc(request.organization());
        nominee.targetGroup = request.targetGroup();
        nominee.memberCount = request.memberCount();
        return nominee;
    }

    private static List<Evidence> toEvidence(List<NominationRequest.EvidenceRequest> requests) {
        List<Evidence> evidence = new ArrayList<>();
        if (requests != null) {
            for (NominationRequest.EvidenceRequest request : requests) {
                Evidence entry = new Evidence();
                entry.criterionCode = request.criterionCode();
                entry.text = nfc(request.text());
                evidence.add(entry);
            }
        }
        return evidence;
    }

    private static List<Attachment> toAttachments(List<NominationRequest.AttachmentRequest> requests) {
        List<Attachment> attachments = new ArrayList<>();
        if (requests != null) {
            for (NominationRequest.AttachmentRequest request : requests) {
                Attachment attachment = new Attachment();
                attachment.name = nfc(request.name());
                attachment.mediaType = request.mediaType().toLowerCase(Locale.ROOT);
                attachment.sizeBytes = request.sizeBytes();
                attachment.sha256 = request.sha256().toLowerCase(Locale.ROOT);
                attachment.url = request.url();
                attachments.add(attachment);
            }
        }
        return attachments;
    }

    private static vn.vinhdanh.events.Criterion toEvent(Criterion criterion) {
        return new vn.vinhdanh.events.Criterion(criterion.code, criterion.description, criterion.weight,
                criterion.required);
    }

    private static NominationSubmitted toEvent(Nomination nomination, Movement movement, CriteriaSnapshot criteria) {
        Nominee nominee = nomination.nominee;
        return new NominationSubmitted(nomination.id, nomination.revision, nomination.agencyCode, movement.id,
                movement.name, movement.year, nomination.level, nomination.sector, nomination.proposedAward,
                new vn.vinhdanh.events.Nominee(nominee.kind, nominee.name, nominee.gender, nominee.birthYear,
                        nominee.ethnicity, nominee.position, nominee.organization, nominee.targetGroup,
                        nominee.memberCount),
                nomination.achievements, nomination.goodPractices, nomination.publicityConsent,
                nomination.submittedAt, criteria,
                nomination.evidence.stream()
                        .map(e -> new vn.vinhdanh.events.Evidence(e.criterionCode, e.text)).toList(),
                nomination.attachments.stream()
                        .map(a -> new vn.vinhdanh.events.Attachment(a.name, a.mediaType, a.sizeBytes, a.sha256,
                                a.url))
                        .toList(),
                nomination.duplicateOf);
    }
}
