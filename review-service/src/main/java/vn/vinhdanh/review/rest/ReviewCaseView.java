package vn.vinhdanh.review.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.events.Criterion;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.ReviewOutcome;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.review.domain.CaseStatus;
import vn.vinhdanh.review.domain.ReviewCase;
import vn.vinhdanh.review.service.ReviewQueries;

/** {@code criteria} (what the reviewers score) only when one case is read. */
public record ReviewCaseView(
        UUID id,
        UUID nominationId,
        int nominationRevision,
        int round,
        UUID previousCaseId,
        UUID councilId,
        String agencyCode,
        String nomineeName,
        NomineeKind nomineeKind,
        Level level,
        Sector sector,
        String proposedAward,
        CaseStatus status,
        ReviewOutcome outcome,
        String reason,
        String decidedBy,
        Instant decidedAt,
        LocalDate decisionDate,
        Instant openedAt,
        LocalDate dueOn,
        boolean overdue,
        LocalDate publicCommentFrom,
        LocalDate publicCommentUntil,
        BigDecimal weightedTotal,
        int submittedSheets,
        List<String> assignees,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Criterion> criteria) {

    static ReviewCaseView of(ReviewQueries.CaseDetail detail) {
        ReviewCase c = detail.reviewCase();
        return new ReviewCaseView(
                c.id,
                c.nominationId,
                c.nominationRevision,
                c.round,
                c.previousCaseId,
                c.councilId,
                c.agencyCode,
                c.nomineeName,
                c.nomineeKind,
                c.level,
                c.sector,
                c.proposedAward,
                c.status,
                c.outcome,
                c.reason,
                c.decidedBy,
                c.decidedAt,
                c.decisionDate,
                c.openedAt,
                c.dueOn,
                detail.overdue(),
                c.publicCommentFrom,
                c.publicCommentUntil,
                c.weightedTotal,
                c.submittedSheets,
                detail.assignees(),
                detail.criteria());
    }
}
