package vn.vinhdanh.award.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.vinhdanh.award.domain.BlockedApproval;
import vn.vinhdanh.events.AwardBlockReason;
import vn.vinhdanh.events.NomineeKind;

/**
 * An approved nomination whose award could not be drafted: the title of the last attempt ({@code awardCode}), why it
 * does not fit ({@code cause}, {@code reason}, {@code reasonVi}) and when that was said ({@code blockedAt}). Once a
 * corrected title or the board's retry drafted it, {@code resolved} is true with {@code unblockedAt} and
 * {@code awardId}; {@code proposedUpward} instead of {@code awardId} when the corrected title is a form decided above
 * the province (an upward proposal, {@code /api/v1/upward-proposals/{nominationId}}).
 */
public record BlockedApprovalView(
        UUID nominationId,
        UUID caseId,
        String awardCode,
        NomineeKind nomineeKind,
        String nomineeName,
        String agencyCode,
        LocalDate councilDecisionDate,
        AwardBlockReason cause,
        String reason,
        String reasonVi,
        Instant blockedAt,
        boolean resolved,
        Instant unblockedAt,
        UUID awardId,
        boolean proposedUpward) {

    static BlockedApprovalView of(BlockedApproval b) {
        return new BlockedApprovalView(
                b.nominationId,
                b.caseId,
                b.awardCode,
                b.nomineeKind,
                b.nomineeName,
                b.agencyCode,
                b.councilDecisionDate,
                b.cause,
                b.reason,
                b.reasonVi,
                b.blockedAt,
                b.resolved(),
                b.unblockedAt,
                b.awardId,
                b.proposedUpward);
    }
}
