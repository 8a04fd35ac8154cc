package vn.vinhdanh.review.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.events.ReviewOutcome;
import vn.vinhdanh.review.domain.CaseStatus;
import vn.vinhdanh.review.domain.Meeting;
import vn.vinhdanh.review.domain.ReviewCase;
import vn.vinhdanh.review.service.MeetingQueries;

public record MeetingView(
        UUID id,
        UUID councilId,
        String title,
        LocalDate heldOn,
        Meeting.Status status,
        String createdBy,
        Instant createdAt,
        Instant closedAt,
        List<AgendaItem> agenda) {

    /** A case on the agenda with its ballot; {@code ballot.votedByYou} tells a member where they still have to vote. */
    public record AgendaItem(
            UUID caseId,
            UUID nominationId,
            String nomineeName,
            String agencyCode,
            String proposedAward,
            int round,
            BigDecimal weightedTotal,
            int submittedSheets,
            CaseStatus caseStatus,
            ReviewOutcome outcome,
            BallotView ballot) {}

    /** A meeting in a list: without its agenda. */
    static MeetingView summary(Meeting m) {
        return new MeetingView(
                m.id, m.councilId, m.title, m.heldOn, m.status, m.createdBy, m.createdAt, m.closedAt, null);
    }

    static MeetingView of(MeetingQueries.Agenda agenda) {
        Meeting m = agenda.meeting();
        List<AgendaItem> items = agenda.items().stream()
                .map(item -> {
                    ReviewCase c = item.reviewCase();
                    return new AgendaItem(
                            c.id,
                            c.nominationId,
                            c.nomineeName,
                            c.agencyCode,
                            c.proposedAward,
                            c.round,
                            c.weightedTotal,
                            c.submittedSheets,
                            c.status,
                            c.outcome,
                            BallotView.of(item.ballot(), item.votedByCaller()));
                })
                .toList();
        return new MeetingView(
                m.id, m.councilId, m.title, m.heldOn, m.status, m.createdBy, m.createdAt, m.closedAt, items);
    }
}
