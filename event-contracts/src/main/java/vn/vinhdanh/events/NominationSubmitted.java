package vn.vinhdanh.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@value EventTypes#NOMINATION_SUBMITTED}: carries every fact the council, the award board and the press need,
 * so no downstream service ever calls back into nomination-service.
 *
 * <p>Components after {@code submittedAt} were added later; an event written before them reads with them null, so
 * consumers must accept null there.
 *
 * @param criteria the criteria the nomination was judged against: the movement's criteria version at submission and
 *                 the criteria of the nominee's target group in it
 * @param evidence the nominee's evidence per criterion code
 * @param attachments metadata of the documents attached to the dossier (the files live elsewhere)
 * @param duplicateOf the earlier nomination of the same nominee in the same movement, when the agency confirmed that
 *                    this is not a mistake; null otherwise
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
        Instant submittedAt,
        CriteriaSnapshot criteria,
        List<Evidence> evidence,
        List<Attachment> attachments,
        UUID duplicateOf) {}
