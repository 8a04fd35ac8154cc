package vn.vinhdanh.review.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.vinhdanh.events.Criterion;
import vn.vinhdanh.events.NominationSubmitted;
import vn.vinhdanh.events.ReviewDecided;
import vn.vinhdanh.events.ReviewOpened;
import vn.vinhdanh.events.ReviewReminder;
import vn.vinhdanh.review.domain.ReviewCase;

/** Review cases to the events this service publishes, and back to the nomination snapshot they were opened from. */
@ApplicationScoped
public class ReviewMapping {

    /** Scored when the nomination carried no criteria (a movement without any): one overall mark. */
    public static final Criterion OVERALL = new Criterion("OVERALL", "Đánh giá chung", BigDecimal.ONE, true);

    private final ObjectMapper objectMapper;

    public ReviewMapping(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** The nomination facts a new case keeps; the round, council and dates are the intake's. */
    static ReviewCase caseOf(NominationSubmitted submitted, String snapshotJson) {
        ReviewCase reviewCase = new ReviewCase();
        reviewCase.nominationId = submitted.nominationId();
        reviewCase.nominationRevision = submitted.revision();
        reviewCase.agencyCode = submitted.agencyCode();
        reviewCase.nomineeName = submitted.nominee().name();
        reviewCase.nomineeKind = submitted.nominee().kind();
        reviewCase.level = submitted.level();
        reviewCase.sector = submitted.sector();
        reviewCase.proposedAward = submitted.proposedAward();
        reviewCase.movementId = submitted.movementId();
        reviewCase.movementName = submitted.movementName();
        reviewCase.nominationSnapshot = snapshotJson;
        return reviewCase;
    }

    static ReviewOpened opened(ReviewCase reviewCase) {
        return new ReviewOpened(reviewCase.id, reviewCase.nominationId, reviewCase.round, reviewCase.openedAt);
    }

    /** The decision with the submitted revision exactly as the council judged it. */
    ReviewDecided decided(ReviewCase reviewCase) {
        return new ReviewDecided(
                reviewCase.id,
                reviewCase.nominationId,
                reviewCase.outcome,
                reviewCase.reason,
                reviewCase.decisionDate,
                reviewCase.decidedAt,
                reviewCase.decidedBy,
                snapshotOf(reviewCase));
    }

    static ReviewReminder reminder(
            ReviewCase reviewCase, ReviewReminder.Kind kind, List<String> pendingReviewers, Instant at) {
        return new ReviewReminder(
                reviewCase.id, reviewCase.nominationId, reviewCase.round, reviewCase.dueOn, kind, pendingReviewers, at);
    }

    public NominationSubmitted snapshotOf(ReviewCase reviewCase) {
        try {
            // tolerant: the snapshot is the producer's payload, which may carry fields added after this service was
            // built
            return objectMapper
                    .readerFor(NominationSubmitted.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(reviewCase.nominationSnapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "stored nomination snapshot of case " + reviewCase.id + " is unreadable", e);
        }
    }

    /** The criteria the case's reviewers score: the snapshot's, or {@link #OVERALL} when it carried none. */
    public List<Criterion> criteriaOf(ReviewCase reviewCase) {
        NominationSubmitted nomination = snapshotOf(reviewCase);
        if (nomination.criteria() == null
                || nomination.criteria().items() == null
                || nomination.criteria().items().isEmpty()) {
            return List.of(OVERALL);
        }
        return nomination.criteria().items();
    }
}
