package vn.vinhdanh.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** {@value EventTypes#AWARD_GRANTED}: the amount is already computed under the law in force on {@code decisionDate}. */
public record AwardGranted(
        UUID awardId,
        UUID nominationId,
        String awardCode,
        String awardName,
        NomineeKind recipientKind,
        String recipientName,
        String decisionNumber,
        LocalDate decisionDate,
        String legalBasis,
        BigDecimal multiplier,
        long baseSalaryVnd,
        long amountVnd,
        Instant grantedAt) {}
