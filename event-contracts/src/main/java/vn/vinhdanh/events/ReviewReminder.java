package vn.vinhdanh.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@value EventTypes#REVIEW_REMINDER}: a review case is close to its due date, or past it, and the listed council
 * members have not yet submitted their score sheets. A notification service turns it into mail; at most one
 * reminder per case and kind is published.
 */
public record ReviewReminder(
        UUID caseId,
        UUID nominationId,
        int round,
        LocalDate dueDate,
        Kind kind,
        List<String> pendingReviewers,
        Instant remindedAt) {

    public enum Kind {
        DUE_SOON,
        OVERDUE
    }
}
