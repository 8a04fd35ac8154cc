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
 * prices, which signing recomputes by the rules of {@code decisionDate}.
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
            long amountVnd) {}

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
                                a.amountVnd))
                        .toList(),
                d.createdAt,
                d.createdBy,
                d.signedAt,
                d.signedBy);
    }
}
