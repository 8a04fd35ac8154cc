package vn.vinhdanh.review.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.NominationSubmitted;
import vn.vinhdanh.events.ReviewDecided;
import vn.vinhdanh.events.ReviewOpened;
import vn.vinhdanh.events.ReviewOutcome;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.outbox.Outbox;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.config.ReviewConfig;
import vn.vinhdanh.review.domain.Assignment;
import vn.vinhdanh.review.domain.Ballot;
import vn.vinhdanh.review.domain.CaseMemberKey;
import vn.vinhdanh.review.domain.CaseStatus;
import vn.vinhdanh.review.domain.ConflictDeclaration;
import vn.vinhdanh.review.domain.ConflictOverride;
import vn.vinhdanh.review.domain.Council;
import vn.vinhdanh.review.domain.CouncilMember;
import vn.vinhdanh.review.domain.CouncilPosition;
import vn.vinhdanh.review.domain.ReviewCase;
import vn.vinhdanh.review.domain.ScoreSheet;
import vn.vinhdanh.review.domain.VoteRule;
import vn.vinhdanh.review.domain.WorkingDays;
import vn.vinhdanh.review.rest.DecisionRequest;

/** Review cases: opening from submissions, the council they belong to, assignment, conflicts, deadlines, decisions. */
@ApplicationScoped
public class ReviewService {

    /** Decisions are dated in the province's time zone: the law in force is chosen by that date. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Logger LOG = Logger.getLogger(ReviewService.class);

    private final Outbox outbox;
    private final ObjectMapper objectMapper;
    private final Caller caller;
    private final AuditTrail audit;
    private final ConflictPolicy conflicts;
    private final ReviewConfig config;

    public ReviewService(Outbox outbox, ObjectMapper objectMapper, Caller caller, AuditTrail audit,
            ConflictPolicy conflicts, ReviewConfig config) {
        this.outbox = outbox;
        this.objectMapper = objectMapper;
        this.caller = caller;
        this.audit = audit;
        this.conflicts = conflicts;
        this.config = config;
    }

    public static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    public WorkingDays workingDays() {
        return new WorkingDays(new HashSet<>(config.holidays().orElse(List.of())));
    }

    /**
     * Opens the case of a submitted revision. A resubmission after a return opens the next round in the same council,
     * with the earlier round's reviewers, conflicts and overrides carried over; the earlier round keeps its scores.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ReviewCase> open(NominationSubmitted submitted, String snapshotJson) {
        Optional<ReviewCase> previous = ReviewCase.latestOf(submitted.nominationId());
        if (previous.isPresent() && previous.get().nominationRevision >= submitted.revision()) {
            // the same revision again under another event id (a producer retry, a replay): already judged or open
            LOG.infof("Nomination %s revision %d already has review case %s; ignored", submitted.nominationId(),
                    submitted.revision(), previous.get().id);
            return Optional.empty();
        }
        LocalDate today = today();
        ReviewCase reviewCase = new ReviewCase();
        reviewCase.id = UUID.randomUUID();
        reviewCase.nominationId = submitted.nominationId();
        reviewCase.nominationRevision = submitted.revision();
        reviewCase.round = previous.map(p -> p.round + 1).orElse(1);
        reviewCase.previousCaseId = previous.map(p -> p.id).orElse(null);
        reviewCase.agencyCode = submitted.agencyCode();
        reviewCase.nomineeName = submitted.nominee().name();
        reviewCase.nomineeKind = submitted.nominee().kind();
        reviewCase.level = submitted.level();
        reviewCase.sector = submitted.sector();
        reviewCase.proposedAward = submitted.proposedAward();
        reviewCase.nominationSnapshot = snapshotJson;
        reviewCase.status = CaseStatus.OPEN;
        reviewCase.openedAt = Instant.now();
        reviewCase.dueOn = workingDays().plus(today, config.dueWorkingDays());
        reviewCase.councilId = previous.map(p -> p.councilId)
                .orElseGet(() -> Council.inForce(submitted.level(), today).map(c -> c.id).orElse(null));
        reviewCase.persist();
        previous.ifPresent(earlier -> carryOver(earlier, reviewCase));
        outbox.publish(Topics.REVIEW_EVENTS, EventTypes.REVIEW_OPENED, reviewCase.nominationId,
                new ReviewOpened(reviewCase.id, reviewCase.nominationId, reviewCase.round, reviewCase.openedAt));
        return Optional.of(reviewCase);
    }

    private static void carryOver(ReviewCase earlier, ReviewCase next) {
        for (ConflictDeclaration old : ConflictDeclaration.<ConflictDeclaration>list("key.caseId = ?1", earlier.id)) {
            ConflictDeclaration copy = new ConflictDeclaration();
            copy.key = new CaseMemberKey(next.id, old.key.memberId());
            copy.reason = old.reason;
            copy.declaredBy = old.declaredBy;
            copy.declaredAt = old.declaredAt;
            copy.persist();
        }
        for (ConflictOverride old : ConflictOverride.<ConflictOverride>list("key.caseId = ?1", earlier.id)) {
            ConflictOverride copy = new ConflictOverride();
            copy.key = new CaseMemberKey(next.id, old.key.memberId());
            copy.reason = old.reason;
            copy.overriddenBy = old.overriddenBy;
            copy.overriddenAt = old.overriddenAt;
            copy.persist();
        }
        for (Assignment old : Assignment.<Assignment>list("key.caseId = ?1", earlier.id)) {
            Assignment copy = new Assignment();
            copy.key = new Assignment.Key(next.id, old.key.memberId());
            copy.assignedAt = next.openedAt;
            copy.assignedBy = "carried over from round " + earlier.round;
            copy.persist();
        }
    }

    /** The agency took the nomination back: the open case closes and an open ballot on it is cancelled. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(UUID nominationId) {
        ReviewCase.<ReviewCase>find("nominationId = ?1 and status = ?2", nominationId, CaseStatus.OPEN)
                .<ReviewCase>stream().forEach(reviewCase -> {
                    reviewCase.status = CaseStatus.WITHDRAWN;
                    Ballot ballot = Ballot.findById(reviewCase.id);
                    if (ballot != null && ballot.status == Ballot.Status.OPEN) {
                        ballot.status = Ballot.Status.CANCELLED;
                        ballot.closedAt = Instant.now();
                    }
                });
    }

    /**
     * APPROVED needs a closed secret ballot that carried under the title's rule and, where the title needs one, a
     * public comment period that has ended. REJECTED and RETURNED need a reason.
     */
    @Transactional
    public ReviewCase decide(UUID caseId, DecisionRequest request) {
        return decideInTransaction(get(caseId), request);
    }

    /** One item of a bulk decision, committed on its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ReviewCase decideAlone(UUID caseId, DecisionRequest request) {
        return decideInTransaction(get(caseId), request);
    }

    private ReviewCase decideInTransaction(ReviewCase reviewCase, DecisionRequest request) {
        reviewCase.requireOpen();
        LocalDate today = today();
        if (request.outcome() == ReviewOutcome.APPROVED) {
            VoteRule rule = VoteRule.applicable(reviewCase.proposedAward, reviewCase.level);
            requirePublicCommentOver(reviewCase, rule, today);
            Ballot ballot = Ballot.findById(reviewCase.id);
            if (ballot == null || ballot.status != Ballot.Status.CLOSED) {
                throw ProblemException.conflict("vote-required", "review case " + reviewCase.id
                        + " can be approved only after the council's secret ballot on it is closed");
            }
            if (!Boolean.TRUE.equals(ballot.passed)) {
                throw ProblemException.conflict("vote-not-carried", "the council's ballot did not approve review case "
                        + reviewCase.id + ": " + ballot.result().explanation());
            }
        }
        String decidedBy = caller.label();
        Instant now = Instant.now();
        reviewCase.decide(request.outcome(), request.reason() == null ? null : request.reason().strip(), decidedBy,
                now, LocalDate.ofInstant(now, VIETNAM));
        outbox.publish(Topics.REVIEW_EVENTS, EventTypes.REVIEW_DECIDED, reviewCase.nominationId,
                new ReviewDecided(reviewCase.id, reviewCase.nominationId, reviewCase.outcome, reviewCase.reason,
                        reviewCase.decisionDate, reviewCase.decidedAt, decidedBy, snapshotOf(reviewCase)));
        audit.record("review.decide", "review-case", reviewCase.id, reviewCase.outcome + ": "
                + (reviewCase.reason == null ? "" : reviewCase.reason));
        return reviewCase;
    }

    /** The list must have been public for the title's working days before the council decides or votes. */
    public static void requirePublicCommentOver(ReviewCase reviewCase, VoteRule rule, LocalDate day) {
        if (rule.publicCommentDays <= 0) {
            return;
        }
        if (reviewCase.publicCommentUntil == null) {
            throw ProblemException.conflict("public-comment-required", reviewCase.proposedAward + " needs "
                    + rule.publicCommentDays + " working days of public comment before the council decides ("
                    + rule.legalBasis + ")");
        }
        if (!day.isAfter(reviewCase.publicCommentUntil)) {
            throw ProblemException.conflict("public-comment-open", "the public comment period of review case "
                    + reviewCase.id + " runs until " + reviewCase.publicCommentUntil + " inclusive");
        }
    }

    @Transactional
    public ReviewCase assign(UUID caseId, String memberId) {
        ReviewCase reviewCase = get(caseId);
        reviewCase.requireOpen();
        requireSeat(reviewCase, memberId, "memberId");
        conflicts.conflictOf(reviewCase, memberId).ifPresent(reason -> {
            throw ProblemException.conflict("conflict-of-interest",
                    memberId + " cannot review case " + caseId + ": " + reason);
        });
        if (!Assignment.exists(caseId, memberId)) {
            persistAssignment(caseId, memberId);
            audit.record("review.assign", "review-case", caseId, memberId);
        }
        return reviewCase;
    }

    @Transactional
    public ReviewCase unassign(UUID caseId, String memberId) {
        ReviewCase reviewCase = get(caseId);
        reviewCase.requireOpen();
        Assignment assignment = Assignment.findById(new Assignment.Key(caseId, memberId));
        if (assignment == null) {
            throw ProblemException.notFound("assignment of " + memberId + " to review case", caseId);
        }
        ScoreSheet sheet = ScoreSheet.findById(new CaseMemberKey(caseId, memberId));
        if (sheet != null && sheet.submitted()) {
            throw ProblemException.conflict("sheet-submitted", memberId + " has submitted a score sheet on case "
                    + caseId + "; unlock it first or record a conflict of interest");
        }
        if (sheet != null) {
            sheet.delete();
        }
        assignment.delete();
        audit.record("review.unassign", "review-case", caseId, memberId);
        return reviewCase;
    }

    private void persistAssignment(UUID caseId, String memberId) {
        Assignment assignment = new Assignment();
        assignment.key = new Assignment.Key(caseId, memberId);
        assignment.assignedAt = Instant.now();
        assignment.assignedBy = caller.label();
        assignment.persist();
    }

    private static CouncilMember requireSeat(ReviewCase reviewCase, String memberId, String field) {
        if (reviewCase.councilId == null) {
            throw ProblemException.conflict("no-council", "review case " + reviewCase.id + " has no council yet:"
                    + " set up a council for level " + reviewCase.level + " or move the case to one");
        }
        CouncilMember member = CouncilMember.of(reviewCase.councilId, memberId)
                .orElseThrow(() -> ProblemException.invalidField(field, memberId + " holds no seat on council "
                        + reviewCase.councilId));
        if (member.position == CouncilPosition.SECRETARY) {
            throw ProblemException.invalidField(field, memberId + " is the council's secretary, not a reviewer");
        }
        return member;
    }

    /** The results of an automatic assignment: who was added to which case. */
    public record AutoAssigned(UUID caseId, List<String> added, List<String> assignees) {
    }

    /**
     * Gives each case reviewers up to {@code perCase}, choosing among the council's voting members without a
     * conflict the ones with the fewest open cases, ties by member id; the load counts the assignments made here too.
     */
    @Transactional
    public List<AutoAssigned> autoAssign(List<UUID> caseIds, int perCase) {
        List<ReviewCase> cases = ReviewCase.list("id in ?1 order by openedAt, id", caseIds);
        Set<UUID> found = cases.stream().map(c -> c.id).collect(Collectors.toSet());
        for (int i = 0; i < caseIds.size(); i++) {
            if (!found.contains(caseIds.get(i))) {
                throw ProblemException.invalidField("caseIds[" + i + "]", "no review case " + caseIds.get(i));
            }
        }
        Set<UUID> councilIds = new HashSet<>();
        for (ReviewCase reviewCase : cases) {
            reviewCase.requireOpen();
            if (reviewCase.councilId == null) {
                throw ProblemException.conflict("no-council", "review case " + reviewCase.id + " has no council yet");
            }
            councilIds.add(reviewCase.councilId);
        }
        Map<UUID, List<CouncilMember>> seats = CouncilMember.<CouncilMember>list("key.councilId in ?1", councilIds)
                .stream().filter(m -> m.position.votes())
                .collect(Collectors.groupingBy(m -> m.key.councilId()));
        Map<String, Long> load = new java.util.HashMap<>();
        Assignment.getEntityManager().createQuery("""
                select a.key.memberId, count(a) from Assignment a, ReviewCase c
                where c.id = a.key.caseId and c.status = :open group by a.key.memberId""", Object[].class)
                .setParameter("open", CaseStatus.OPEN)
                .getResultList().forEach(row -> load.put((String) row[0], (Long) row[1]));
        Map<UUID, List<String>> assigned = assigneesOf(caseIds);
        Map<UUID, Set<String>> overrides = new java.util.HashMap<>();
        Map<UUID, Set<String>> declared = conflicts.declared(caseIds, overrides);

        List<AutoAssigned> results = new java.util.ArrayList<>();
        for (ReviewCase reviewCase : cases) {
            List<String> current = new java.util.ArrayList<>(assigned.getOrDefault(reviewCase.id, List.of()));
            Set<String> excluded = new HashSet<>(declared.getOrDefault(reviewCase.id, Set.of()));
            seats.getOrDefault(reviewCase.councilId, List.of()).stream()
                    .filter(m -> reviewCase.agencyCode.equals(m.agencyCode)).forEach(m -> excluded.add(m.memberId()));
            excluded.removeAll(overrides.getOrDefault(reviewCase.id, Set.of()));
            List<String> candidates = seats.getOrDefault(reviewCase.councilId, List.of()).stream()
                    .map(CouncilMember::memberId)
                    .filter(id -> !excluded.contains(id) && !current.contains(id))
                    .sorted(java.util.Comparator.<String>comparingLong(id -> load.getOrDefault(id, 0L))
                            .thenComparing(java.util.Comparator.naturalOrder()))
                    .toList();
            List<String> added = new java.util.ArrayList<>();
            for (String memberId : candidates) {
                if (current.size() >= perCase) {
                    break;
                }
                persistAssignment(reviewCase.id, memberId);
                load.merge(memberId, 1L, Long::sum);
                current.add(memberId);
                added.add(memberId);
            }
            if (!added.isEmpty()) {
                audit.record("review.assign.auto", "review-case", reviewCase.id, String.join(", ", added));
            }
            results.add(new AutoAssigned(reviewCase.id, added, current.stream().sorted().toList()));
        }
        return results;
    }

    /**
     * A member declares their own conflict on a case assigned to them, or the secretary records one for any member.
     * The member is unassigned and a score sheet of theirs is dropped (logged), since a conflicted score must not count.
     */
    @Transactional
    public ReviewCase declareConflict(UUID caseId, String memberId, String reason) {
        ReviewCase reviewCase = get(caseId);
        reviewCase.requireOpen();
        boolean secretary = caller.has(Roles.COUNCIL_SECRETARY) || caller.has(Roles.ADMIN);
        String member = memberId == null ? caller.id() : memberId;
        if (!secretary && !member.equals(caller.id())) {
            throw ProblemException.forbidden("a member declares only their own conflicts of interest");
        }
        CaseMemberKey key = new CaseMemberKey(caseId, member);
        if (ConflictDeclaration.findById(key) == null) {
            ConflictDeclaration declaration = new ConflictDeclaration();
            declaration.key = key;
            declaration.reason = reason.strip();
            declaration.declaredBy = caller.label();
            declaration.declaredAt = Instant.now();
            declaration.persist();
        }
        ConflictOverride.deleteById(key);
        Assignment.deleteById(new Assignment.Key(caseId, member));
        ScoreSheet sheet = ScoreSheet.findById(key);
        String dropped = "";
        if (sheet != null) {
            dropped = sheet.submitted() ? "; submitted score sheet dropped" : "; draft score sheet dropped";
            sheet.delete();
            ScoreSheet.getEntityManager().flush();
            ScoringService.recomputeTotal(reviewCase);
        }
        audit.record("review.conflict.declare", "review-case", caseId, member + ": " + reason.strip() + dropped);
        return reviewCase;
    }

    /** Only the chair of the case's council lifts a conflict, with a reason; the override is kept and logged. */
    @Transactional
    public ReviewCase overrideConflict(UUID caseId, String memberId, String reason) {
        ReviewCase reviewCase = ReviewCase.<ReviewCase>findByIdOptional(caseId)
                .orElseThrow(() -> ProblemException.notFound("review case", caseId));
        reviewCase.requireOpen();
        boolean chair = reviewCase.councilId != null && CouncilMember.of(reviewCase.councilId, caller.id())
                .map(m -> m.position == CouncilPosition.CHAIR).orElse(false);
        if (!chair) {
            throw ProblemException.forbidden("only the chair of the case's council may override a conflict of"
                    + " interest");
        }
        if (conflicts.conflictOf(reviewCase, memberId).isEmpty()) {
            throw ProblemException.conflict("no-conflict", memberId + " has no conflict of interest on case " + caseId);
        }
        ConflictOverride override = new ConflictOverride();
        override.key = new CaseMemberKey(caseId, memberId);
        override.reason = reason.strip();
        override.overriddenBy = caller.label();
        override.overriddenAt = Instant.now();
        override.persist();
        audit.record("review.conflict.override", "review-case", caseId, memberId + ": " + reason.strip());
        return reviewCase;
    }

    @Transactional
    public ReviewCase moveToCouncil(UUID caseId, UUID councilId) {
        ReviewCase reviewCase = get(caseId);
        reviewCase.requireOpen();
        if (councilId.equals(reviewCase.councilId)) {
            return reviewCase;
        }
        Council council = Council.<Council>findByIdOptional(councilId)
                .orElseThrow(() -> ProblemException.invalidField("councilId", "no council with id " + councilId));
        if (council.level != reviewCase.level) {
            throw ProblemException.invalidField("councilId", "council " + councilId + " judges level " + council.level
                    + ", the case is " + reviewCase.level);
        }
        if (Assignment.count("key.caseId", caseId) > 0 || Ballot.findById(caseId) != null) {
            throw ProblemException.conflict("case-in-progress", "review case " + caseId
                    + " has reviewers or a ballot in council " + reviewCase.councilId);
        }
        reviewCase.councilId = councilId;
        audit.record("review.council", "review-case", caseId, council.name);
        return reviewCase;
    }

    @Transactional
    public ReviewCase setDueDate(UUID caseId, LocalDate dueOn) {
        ReviewCase reviewCase = get(caseId);
        reviewCase.requireOpen();
        reviewCase.dueOn = dueOn;
        audit.record("review.due", "review-case", caseId, dueOn.toString());
        return reviewCase;
    }

    /** Starts the public comment period; its end is counted in working days from its first day. */
    @Transactional
    public ReviewCase openPublicComment(UUID caseId, LocalDate from, Integer workingDays) {
        ReviewCase reviewCase = get(caseId);
        reviewCase.requireOpen();
        VoteRule rule = VoteRule.applicable(reviewCase.proposedAward, reviewCase.level);
        int days = workingDays == null ? rule.publicCommentDays : workingDays;
        if (days < 1) {
            throw ProblemException.invalidField("workingDays", reviewCase.proposedAward
                    + " needs no public comment period; give the number of working days to hold one anyway");
        }
        if (days < rule.publicCommentDays) {
            throw ProblemException.invalidField("workingDays", "at least " + rule.publicCommentDays
                    + " working days for " + reviewCase.proposedAward + " (" + rule.legalBasis + ")");
        }
        if (Ballot.findById(caseId) != null) {
            throw ProblemException.conflict("case-in-progress", "the council has already opened a ballot on case "
                    + caseId);
        }
        reviewCase.publicCommentFrom = from;
        reviewCase.publicCommentUntil = workingDays().lastOf(from, days);
        audit.record("review.public-comment", "review-case", caseId,
                from + " – " + reviewCase.publicCommentUntil + " (" + days + " working days)");
        return reviewCase;
    }

    /**
     * A council member sees only the cases assigned to them and free of conflict: any other id answers 404, as if
     * it did not exist.
     */
    public ReviewCase get(UUID caseId) {
        return ReviewCase.<ReviewCase>findByIdOptional(caseId)
                .filter(c -> !actsAsMemberOnly() || (Assignment.exists(c.id, caller.id())
                        && conflicts.conflictOf(c, caller.id()).isEmpty()))
                .orElseThrow(() -> ProblemException.notFound("review case", caseId));
    }

    public record Filter(UUID nominationId, CaseStatus status, UUID councilId, boolean overdue) {
    }

    public List<ReviewCase> list(Filter filter, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (actsAsMemberOnly()) {
            query.append(" and exists (select 1 from Assignment a where a.key.caseId = c.id"
                    + " and a.key.memberId = :member)");
            parameters.and("member", caller.id());
        }
        if (filter.nominationId() != null) {
            query.append(" and c.nominationId = :nominationId");
            parameters.and("nominationId", filter.nominationId());
        }
        if (filter.overdue()) {
            query.append(" and c.status = :open and c.dueOn < :today");
            parameters.and("open", CaseStatus.OPEN).and("today", today());
        }
        if (filter.status() != null) {
            query.append(" and c.status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.councilId() != null) {
            query.append(" and c.councilId = :councilId");
            parameters.and("councilId", filter.councilId());
        }
        String order = filter.overdue() ? " order by c.dueOn, c.id" : " order by c.openedAt desc, c.id";
        return ReviewCase.<ReviewCase>find("from ReviewCase c where " + query + order, parameters)
                .page(page, size).list();
    }

    /** Assignees of the given cases in one query, for list views. */
    public Map<UUID, List<String>> assignees(Collection<UUID> caseIds) {
        return assigneesOf(caseIds);
    }

    private static Map<UUID, List<String>> assigneesOf(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return Assignment.<Assignment>list("key.caseId in ?1 order by key.memberId", caseIds).stream()
                .collect(Collectors.groupingBy(a -> a.key.caseId(),
                        Collectors.mapping(a -> a.key.memberId(), Collectors.toList())));
    }

    public boolean actsAsMemberOnly() {
        return caller.has(Roles.COUNCIL_MEMBER) && !caller.has(Roles.COUNCIL_SECRETARY) && !caller.has(Roles.ADMIN);
    }

    public NominationSubmitted snapshotOf(ReviewCase reviewCase) {
        try {
            // tolerant: the snapshot is the producer's payload, which may carry fields added after this service was built
            return objectMapper.readerFor(NominationSubmitted.class)
                    .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(reviewCase.nominationSnapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored nomination snapshot of case " + reviewCase.id + " is unreadable", e);
        }
    }
}
