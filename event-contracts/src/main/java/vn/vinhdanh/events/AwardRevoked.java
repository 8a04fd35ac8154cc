package vn.vinhdanh.events;

import java.time.Instant;
import java.util.UUID;

/**
 * {@value EventTypes#AWARD_REVOKED}: a granted award is annulled; {@code recoveryAmountVnd} is what the recipient has
 * to pay back (the amount the award paid). The award's decision stays signed: one decision lists many recipients.
 */
public record AwardRevoked(
        UUID awardId,
        UUID nominationId,
        String awardCode,
        String awardName,
        String recipientName,
        String decisionNumber,
        RevocationCategory category,
        String reason,
        long recoveryAmountVnd,
        Instant revokedAt,
        String revokedBy) {}
