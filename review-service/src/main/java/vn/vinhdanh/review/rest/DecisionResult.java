package vn.vinhdanh.review.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import vn.vinhdanh.events.ReviewOutcome;
import vn.vinhdanh.problem.Problem;
import vn.vinhdanh.review.service.BulkDecisions;

/** One item of a bulk decision: {@code status} 200 with the outcome, or the problem that refused it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionResult(int index, UUID caseId, int status, ReviewOutcome outcome, Problem problem) {

    /** {@code instance}: the request's path, which the problem of a refused item names. */
    static DecisionResult of(BulkDecisions.ItemDecision item, String instance) {
        return item.refusal() == null
                ? new DecisionResult(item.index(), item.caseId(), 200, item.outcome(), null)
                : new DecisionResult(
                        item.index(),
                        item.caseId(),
                        item.refusal().status(),
                        null,
                        item.refusal().toProblem(instance));
    }
}
