package vn.vinhdanh.review.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import vn.vinhdanh.events.ReviewOutcome;
import vn.vinhdanh.problem.Problem;

/** One item of a bulk decision: {@code status} 200 with the outcome, or the problem that refused it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionResult(int index, UUID caseId, int status, ReviewOutcome outcome, Problem problem) {
}
