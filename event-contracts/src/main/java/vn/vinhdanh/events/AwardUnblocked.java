package vn.vinhdanh.events;

import java.time.Instant;
import java.util.UUID;

/**
 * {@value EventTypes#AWARD_UNBLOCKED}: after a {@link NominationTitleCorrected}, award-service drafted the award it
 * could not draft before ({@link AwardBlocked}); the press feature may go ahead, under the corrected title.
 */
public record AwardUnblocked(
        UUID nominationId, UUID awardId, String awardCode, String awardName, Instant unblockedAt) {}
