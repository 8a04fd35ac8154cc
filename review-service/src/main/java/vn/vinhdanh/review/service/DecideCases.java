package vn.vinhdanh.review.service;

import java.util.List;
import java.util.UUID;
import vn.vinhdanh.events.ReviewOutcome;

/** Decisions on a list of cases, each committed or refused on its own. */
public record DecideCases(List<Item> items) {

    public record Item(UUID caseId, ReviewOutcome outcome, String reason) {

        DecideCase decision() {
            return new DecideCase(outcome, reason);
        }
    }
}
