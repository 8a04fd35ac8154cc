package vn.vinhdanh.award.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.AwardStatus;
import vn.vinhdanh.award.domain.Repayment;

/**
 * The recovery of an award: what is due ({@code recoveryAmountVnd}, null unless revoked), repaid and outstanding.
 * {@code repayments} is null in lists.
 */
public record RecoveryView(
        UUID awardId,
        UUID nominationId,
        AwardStatus status,
        String recipientName,
        String decisionNumber,
        Instant revokedAt,
        Long recoveryAmountVnd,
        long recoveredVnd,
        Long outstandingVnd,
        boolean fullyRecovered,
        List<RepaymentView> repayments) {

    public record RepaymentView(
            UUID id, long amountVnd, LocalDate paidOn, String reference, Instant recordedAt, String recordedBy) {
        static RepaymentView of(Repayment r) {
            return new RepaymentView(r.id, r.amountVnd, r.paidOn, r.reference, r.recordedAt, r.recordedBy);
        }
    }

    static RecoveryView of(Award a, List<Repayment> repayments) {
        return new RecoveryView(
                a.id,
                a.nominationId,
                a.status,
                a.recipientName,
                a.decisionNumber,
                a.revokedAt,
                a.recoveryAmountVnd,
                a.recoveredVnd,
                a.outstandingVnd(),
                a.recoveryAmountVnd != null && a.outstandingVnd() == 0,
                repayments == null
                        ? null
                        : repayments.stream().map(RepaymentView::of).toList());
    }
}
