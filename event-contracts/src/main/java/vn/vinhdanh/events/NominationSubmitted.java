package vn.vinhdanh.events;

import java.time.Instant;
import java.util.UUID;

/**
 * {@value EventTypes#NOMINATION_SUBMITTED}: carries every fact the council, the award board and the press need,
 * so no downstream service ever calls back into nomination-service.
 */
public record NominationSubmitted(
        UUID nominationId,
        int revision,
        String agencyCode,
        UUID movementId,
        String movementName,
        int movementYear,
        Level level,
        Sector sector,
        String proposedAward,
        Nominee nominee,
        String achievements,
        String goodPractices,
        boolean publicityConsent,
        Instant submittedAt) {
}
