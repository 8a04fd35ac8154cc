package vn.vinhdanh.award.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.AwardStatus;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.RevocationCategory;
import vn.vinhdanh.events.Sector;

/**
 * {@code pricedOn} is the date whose rules the figures follow: the council's date for a draft, the decision's date
 * once granted. {@code amountVnd} is what the award pays, {@code pricedAmountVnd} what the rules price it at: they
 * differ where several titles of one achievement pay only the highest amount, which {@code paymentNote} explains (it
 * also says when that rule could not be applied). Decision fields are null until the decision is signed; revocation fields (with the recovery:
 * {@code recoveredVnd}, {@code outstandingVnd}, {@code fullyRecovered}) until it is revoked.
 */
public record AwardView(
        UUID id,
        UUID nominationId,
        UUID reviewCaseId,
        AwardStatus status,
        String awardCode,
        String awardName,
        NomineeKind recipientKind,
        String recipientName,
        Level level,
        Sector sector,
        LocalDate councilDecisionDate,
        UUID decisionId,
        String decisionNumber,
        LocalDate decisionDate,
        LocalDate pricedOn,
        String legalBasis,
        BigDecimal multiplier,
        BigDecimal collectiveFactor,
        long baseSalaryVnd,
        long amountVnd,
        long pricedAmountVnd,
        String paymentNote,
        Instant grantedAt,
        Instant revokedAt,
        String revokedBy,
        RevocationCategory revocationCategory,
        String revocationReason,
        Long recoveryAmountVnd,
        Long recoveredVnd,
        Long outstandingVnd,
        Boolean fullyRecovered) {

    static AwardView of(Award a) {
        return new AwardView(
                a.id,
                a.nominationId,
                a.reviewCaseId,
                a.status,
                a.awardCode,
                a.awardName,
                a.recipientKind,
                a.recipientName,
                a.level,
                a.sector,
                a.councilDecisionDate,
                a.decisionId,
                a.decisionNumber,
                a.decisionDate,
                a.pricedOn(),
                a.legalBasis,
                a.multiplier,
                a.collectiveFactor,
                a.baseSalaryVnd,
                a.amountVnd,
                a.pricedAmountVnd,
                a.paymentNote,
                a.grantedAt,
                a.revokedAt,
                a.revokedBy,
                a.revocationCategory,
                a.revocationReason,
                a.recoveryAmountVnd,
                a.recoveryAmountVnd == null ? null : a.recoveredVnd,
                a.outstandingVnd(),
                a.recoveryAmountVnd == null ? null : a.outstandingVnd() == 0);
    }
}
