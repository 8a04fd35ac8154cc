package vn.vinhdanh.award.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.AwardDecision;
import vn.vinhdanh.award.domain.AwardStatus;
import vn.vinhdanh.award.domain.DecisionStatus;
import vn.vinhdanh.events.NomineeKind;

/**
 * {@code totalAmountVnd} is what the signed decision pays; while it is a draft, the sum of its awards' current
 * prices, which signing recomputes by the rules of {@code decisionDate}. A recipient's {@code amountVnd} is what it is
 * paid and {@code pricedAmountVnd} what the rules price it at; {@code paymentNote} says why they differ (several titles
 * of one achievement pay only the highest amount) or why that rule could not be applied.
 */
public record DecisionView(
        UUID id,
        DecisionStatus status,
        String issuer,
        String decisionNumber,
        LocalDate decisionDate,
        String signer,
        String fund,
        long totalAmountVnd,
        List<Recipient> awards,
        Instant createdAt,
        String createdBy,
        Instant signedAt,
        String signedBy) {

    public record Recipient(
            UUID awardId,
            UUID nominationId,
            AwardStatus status,
            String awardCode,
            String awardName,
            NomineeKind recipientKind,
            String recipientName,
            long amountVnd,
            long pricedAmountVnd,
            String paymentNote) {}

    static DecisionView of(AwardDecision d, List<Award> awards) {
        long total = d.totalAmountVnd != null
                ? d.totalAmountVnd
                : awards.stream().mapToLong(a -> a.amountVnd).sum();
        return new DecisionView(
                d.id,
                d.status,
                d.issuer,
                d.decisionNumber,
                d.decisionDate,
                d.signer,
                d.fund,
                total,
                awards.stream()
                        .map(a -> new Recipient(
                                a.id,
                                a.nominationId,
                                a.status,
                                a.awardCode,
                                a.awardName,
                                a.recipientKind,
                                a.recipientName,
                                a.amountVnd,
                                a.pricedAmountVnd,
                                a.paymentNote))
                        .toList(),
                d.createdAt,
                d.createdBy,
                d.signedAt,
                d.signedBy);
    }
}
