package vn.vinhdanh.review.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vinhdanh.events.ReviewOutcome;
import vn.vinhdanh.review.service.DecideCase;

/** {@code reason} is required unless the outcome is APPROVED; for RETURNED it says what is missing. */
public record DecisionRequest(
        @NotNull ReviewOutcome outcome, @Size(max = 5000) String reason) {

    public DecideCase toCommand() {
        return new DecideCase(outcome, reason);
    }
}
