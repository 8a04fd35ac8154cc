package vn.vinhdanh.events;

import java.time.Instant;
import java.util.UUID;

/** {@value EventTypes#NOMINATION_WITHDRAWN}: the agency took its nomination back before the council decided. */
public record NominationWithdrawn(
        UUID nominationId,
        String agencyCode,
        UUID movementId,
        String reason,
        String withdrawnBy,
        Instant withdrawnAt) {}
