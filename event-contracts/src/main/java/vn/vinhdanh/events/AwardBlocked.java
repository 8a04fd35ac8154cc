package vn.vinhdanh.events;

import java.time.Instant;
import java.util.UUID;

/**
 * {@value EventTypes#AWARD_BLOCKED}: the council approved a nomination but award-service cannot draft its award: the
 * proposed title is not in the catalogue, is not given to this kind of nominee, or no reward rule prices it on the
 * decision date. The approval is kept; a {@link NominationTitleCorrected} for the nomination tries it again, and
 * {@link AwardUnblocked} says when that worked. Until then the press feature may not be published. A second block of
 * the same nomination (the corrected title does not fit either) is announced again, with the new reason.
 *
 * @param reason   what is wrong, in English, naming the title and the nominee's kind
 * @param reasonVi the same for the agency's and the editor's pages, in Vietnamese
 */
public record AwardBlocked(
        UUID nominationId,
        UUID caseId,
        String awardCode,
        NomineeKind nomineeKind,
        AwardBlockReason cause,
        String reason,
        String reasonVi,
        Instant blockedAt) {}
