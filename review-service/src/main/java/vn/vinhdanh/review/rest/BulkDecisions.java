package vn.vinhdanh.review.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.domain.ReviewCase;
import vn.vinhdanh.review.service.ReviewService;

/** Decides cases one transaction each, turning a refusal into that item's problem details. */
@ApplicationScoped
public class BulkDecisions {

    private final ReviewService reviews;

    public BulkDecisions(ReviewService reviews) {
        this.reviews = reviews;
    }

    DecisionResult decideOne(int index, UUID caseId, DecisionRequest request, String instance) {
        try {
            ReviewCase decided = reviews.decideAlone(caseId, request);
            return new DecisionResult(index, caseId, 200, decided.outcome, null);
        } catch (ProblemException e) {
            return new DecisionResult(index, caseId, e.status(), null, e.toProblem(instance));
        }
    }
}
