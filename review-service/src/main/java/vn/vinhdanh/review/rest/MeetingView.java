package vn.vinhdanh.review.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.events.ReviewOutcome;
import vn.vinhdanh.review.domain.CaseStatus;
import vn.vinhdanh.review.domain.Meeting;

public record MeetingView(UUID id, UUID councilId, String title, LocalDate heldOn, Meeting.Status status,
        String createdBy, Instant createdAt, Instant closedAt, List<AgendaItem> agenda) {

    /** A case on the agenda with its ballot; {@code ballot.votedByYou} tells a member where they still have to vote. */
    public record AgendaItem(UUID caseId, UUID nominationId, String nomineeName, String agencyCode,
            String proposedAward, int round, BigDecimal weightedTotal, int submittedSheets, CaseStatus caseStatus,
            ReviewOutcome outcome, BallotView ballot) {
    }
}
