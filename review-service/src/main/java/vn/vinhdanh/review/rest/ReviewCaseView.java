package vn.vinhdanh.review.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.ReviewOutcome;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.review.domain.CaseStatus;
import vn.vinhdanh.review.domain.ReviewCase;

public record ReviewCaseView(UUID id, UUID nominationId, int round, String agencyCode, String nomineeName,
        NomineeKind nomineeKind, Level level, Sector sector, String proposedAward, CaseStatus status,
        ReviewOutcome outcome, String reason, String decidedBy, Instant decidedAt, LocalDate decisionDate,
        Instant openedAt, List<String> assignees) {

    static ReviewCaseView of(ReviewCase c, List<String> assignees) {
        return new ReviewCaseView(c.id, c.nominationId, c.round, c.agencyCode, c.nomineeName, c.nomineeKind, c.level,
                c.sector, c.proposedAward, c.status, c.outcome, c.reason, c.decidedBy, c.decidedAt, c.decisionDate,
                c.openedAt, assignees);
    }
}
