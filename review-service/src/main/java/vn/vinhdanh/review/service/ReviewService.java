package vn.vinhdanh.review.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;
import io.quarkus.panache.common.Parameters;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.NominationSubmitted;
import vn.vinhdanh.events.ReviewDecided;
import vn.vinhdanh.events.ReviewOpened;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.outbox.Outbox;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.domain.Assignment;
import vn.vinhdanh.review.domain.CaseStatus;
import vn.vinhdanh.review.domain.ReviewCase;
import vn.vinhdanh.review.rest.DecisionRequest;

@ApplicationScoped
public class ReviewService {

    /** Decisions are dated in the province's time zone: the law in force is chosen by that date. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Outbox outbox;
    private final ObjectMapper objectMapper;
    private final Caller caller;
    private final AuditTrail audit;

    public ReviewService(Outbox outbox, ObjectMapper objectMapper, Caller caller, AuditTrail audit) {
        this.outbox = outbox;
        this.objectMapper = objectMapper;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ReviewCase open(NominationSubmitted submitted, String snapshotJson) {
        ReviewCase reviewCase = new ReviewCase();
        reviewCase.id = UUID.randomUUID();
        reviewCase.nominationId = submitted.nominationId();
        reviewCase.nominationRevision = submitted.revision();
        reviewCase.round = ReviewCase.nextRound(submitted.nominationId());
        reviewCase.agencyCode = submitted.agencyCode();
        reviewCase.nomineeName = submitted.nominee().name();
        reviewCase.nomineeKind = submitted.nominee().kind();
        reviewCase.level = submitted.level();
        reviewCase.sector = submitted.sector();
        reviewCase.proposedAward = submitted.proposedAward();
        reviewCase.nominationSnapshot = snapshotJson;
        reviewCase.status = CaseStatus.OPEN;
        reviewCase.openedAt = Instant.now();
        reviewCase.persist();
        outbox.publish(Topics.REVIEW_EVENTS, EventTypes.REVIEW_OPENED, reviewCase.nominationId,
                new ReviewOpened(reviewCase.id, reviewCase.nominationId, reviewCase.round, reviewCase.openedAt));
        return reviewCase;
    }

    @Transactional
    public ReviewCase decide(UUID caseId, DecisionRequest request) {
        ReviewCase reviewCase = get(caseId);
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

    @Transactional
    public ReviewCase assign(UUID caseId, String memberId) {
        ReviewCase reviewCase = get(caseId);
        if (reviewCase.status == CaseStatus.DECIDED) {
            throw ProblemException.conflict("already-decided", "review case " + caseId + " is already decided");
        }
        if (Assignment.exists(caseId, memberId)) {
            return reviewCase;
        }
        Assignment assignment = new Assignment();
        assignment.key = new Assignment.Key(caseId, memberId);
        assignment.assignedAt = Instant.now();
        assignment.assignedBy = caller.label();
        assignment.persist();
        audit.record("review.assign", "review-case", caseId, memberId);
        return reviewCase;
    }

    /** A council member sees only the cases assigned to them: any other id answers 404. */
    public ReviewCase get(UUID caseId) {
        return ReviewCase.<ReviewCase>findByIdOptional(caseId)
                .filter(c -> !actsAsMemberOnly() || Assignment.exists(c.id, caller.id()))
                .orElseThrow(() -> ProblemException.notFound("review case", caseId));
    }

    public List<ReviewCase> list(UUID nominationId, CaseStatus status, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (actsAsMemberOnly()) {
            query.append(" and exists (select 1 from Assignment a where a.key.caseId = c.id"
                    + " and a.key.memberId = :member)");
            parameters.and("member", caller.id());
        }
        if (nominationId != null) {
            query.append(" and c.nominationId = :nominationId");
            parameters.and("nominationId", nominationId);
        }
        if (status != null) {
            query.append(" and c.status = :status");
            parameters.and("status", status);
        }
        return ReviewCase.<ReviewCase>find("from ReviewCase c where " + query + " order by c.openedAt desc, c.id",
                parameters).page(page, size).list();
    }

    /** Assignees of the given cases in one query, for list views. */
    public Map<UUID, List<String>> assignees(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return Assignment.<Assignment>list("key.caseId in ?1 order by key.memberId", caseIds).stream()
                .collect(Collectors.groupingBy(a -> a.key.caseId(),
                        Collectors.mapping(a -> a.key.memberId(), Collectors.toList())));
    }

    private boolean actsAsMemberOnly() {
        return caller.has(Roles.COUNCIL_MEMBER) && !caller.has(Roles.COUNCIL_SECRETARY) && !caller.has(Roles.ADMIN);
    }

    private NominationSubmitted snapshotOf(ReviewCase reviewCase) {
        try {
            return objectMapper.readValue(reviewCase.nominationSnapshot, NominationSubmitted.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored nomination snapshot of case " + reviewCase.id + " is unreadable", e);
        }
    }
}
