package vn.vinhdanh.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@value EventTypes#REVIEW_DECIDED}: an APPROVED decision starts the award and the press feature, so it carries the
 * nomination as the council judged it.
 */
public record ReviewDecided(
        UUID caseId,
        UUID nominationId,
        ReviewOutcome outcome,
        String reason,
        LocalDate decisionDate,
        Instant decidedAt,
        String decidedBy,
        NominationSubmitted nomination) {}
