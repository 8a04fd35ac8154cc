package vn.vinhdanh.review.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.NominationSubmitted;
import vn.vinhdanh.events.ReviewDecided;
import vn.vinhdanh.events.ReviewOpened;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.outbox.Outbox;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.domain.CaseStatus;
import vn.vinhdanh.review.domain.ReviewCase;
import vn.vinhdanh.review.rest.DecisionRequest;

@ApplicationScoped
public class ReviewService {

    /** Decisions are dated in the province's time zone: the law in force is chosen by that date. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Outbox outbox;
    private final ObjectMapper objectMapper;

    public ReviewService(Outbox outbox, ObjectMapper objectMapper) {
        this.outbox = outbox;
        this.objectMapper = objectMapper;
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
    public ReviewCase decide(UUID caseId, DecisionRequest request, String decidedBy) {
        ReviewCase reviewCase = get(caseId);
        Instant now = Instant.now();
        reviewCase.decide(request.outcome(), request.reason() == null ? null : request.reason().strip(), decidedBy,
                now, LocalDate.ofInstant(now, VIETNAM));
        outbox.publish(Topics.REVIEW_EVENTS, EventTypes.REVIEW_DECIDED, reviewCase.nominationId,
                new ReviewDecided(reviewCase.id, reviewCase.nominationId, reviewCase.outcome, reviewCase.reason,
                        reviewCase.decisionDate, reviewCase.decidedAt, decidedBy, snapshotOf(reviewCase)));
        return reviewCase;
    }

    public ReviewCase get(UUID caseId) {
        return ReviewCase.<ReviewCase>findByIdOptional(caseId)
                .orElseThrow(() -> ProblemException.notFound("review case", caseId));
    }

    public List<ReviewCase> list(UUID nominationId, CaseStatus status, int page, int size) {
        if (nominationId != null) {
            return ReviewCase.forNomination(nominationId);
        }
        if (status != null) {
            return ReviewCase.<ReviewCase>find("status = ?1 order by openedAt, id", status).page(page, size).list();
        }
        return ReviewCase.<ReviewCase>find("order by openedAt desc, id").page(page, size).list();
    }

    private NominationSubmitted snapshotOf(ReviewCase reviewCase) {
        try {
            return objectMapper.readValue(reviewCase.nominationSnapshot, NominationSubmitted.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored nomination snapshot of case " + reviewCase.id + " is unreadable", e);
        }
    }
}
