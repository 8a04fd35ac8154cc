package vn.vinhdanh.events;

import java.time.Instant;
import java.util.UUID;

/**
 * {@value EventTypes#NOMINATION_TITLE_CORRECTED}: the agency replaced the proposed title of an approved nomination
 * whose award was blocked ({@link AwardBlocked}); award-service drafts the kept approval again with {@code
 * proposedAward}. Accepted by nomination-service only while the award is blocked, and only for a title the catalogue
 * grants to the nominee at the nomination's level.
 */
public record NominationTitleCorrected(
        UUID nominationId,
        String agencyCode,
        String previousAward,
        String proposedAward,
        String reason,
        String correctedBy,
        Instant correctedAt) {}
