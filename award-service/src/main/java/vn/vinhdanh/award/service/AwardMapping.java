package vn.vinhdanh.award.service;

import java.time.Instant;
import java.util.UUID;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.AwardStatus;
import vn.vinhdanh.award.domain.AwardType;
import vn.vinhdanh.award.domain.BlockedApproval;
import vn.vinhdanh.award.domain.Ceremony;
import vn.vinhdanh.award.domain.Gender;
import vn.vinhdanh.events.AwardBlocked;
import vn.vinhdanh.events.AwardGranted;
import vn.vinhdanh.events.AwardRevoked;
import vn.vinhdanh.events.AwardUnblocked;
import vn.vinhdanh.events.CeremonyScheduled;
import vn.vinhdanh.events.NominationSubmitted;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.ReviewDecided;

/**
 * Awards to and from the events: what a council approval drafts, what a grant, a revocation and a ceremony announce
 * about an award, and what a blocked approval and its unblocking announce. Plain copying; the rules stay with the use
 * cases.
 */
final class AwardMapping {

    private AwardMapping() {}

    /** The draft an approval proposes, not yet priced. */
    static Award draft(ReviewDecided approval, AwardType type) {
        NominationSubmitted nomination = approval.nomination();
        Award award = new Award();
        award.id = UUID.randomUUID();
        award.nominationId = approval.nominationId();
        award.reviewCaseId = approval.caseId();
        award.awardCode = type.code;
        award.awardName = type.nameVi;
        award.recipientKind = nomination.nominee().kind();
        award.recipientName = nomination.nominee().name();
        // a collective has no gender, whatever the payload carries
        award.recipientGender = award.recipientKind == NomineeKind.INDIVIDUAL
                ? Gender.of(nomination.nominee().gender())
                : null;
        award.level = nomination.level();
        award.sector = nomination.sector();
        award.agencyCode = nomination.agencyCode();
        award.organization = nomination.nominee().organization();
        award.movementName = nomination.movementName();
        award.movementYear = nomination.movementYear();
        award.movementId = nomination.movementId();
        award.recipientBirthYear = award.recipientKind == NomineeKind.INDIVIDUAL
                ? nomination.nominee().birthYear()
                : null;
        award.status = AwardStatus.DRAFT;
        award.councilDecisionDate = approval.decisionDate();
        return award;
    }

    /** The approval as if the nomination had proposed {@code awardCode}: records are copied, never changed. */
    static ReviewDecided withProposedAward(ReviewDecided approval, String awardCode) {
        NominationSubmitted n = approval.nomination();
        NominationSubmitted corrected = new NominationSubmitted(
                n.nominationId(),
                n.revision(),
                n.agencyCode(),
                n.movementId(),
                n.movementName(),
                n.movementYear(),
                n.level(),
                n.sector(),
                awardCode,
                n.nominee(),
                n.achievements(),
                n.goodPractices(),
                n.publicityConsent(),
                n.submittedAt(),
                n.criteria(),
                n.evidence(),
                n.attachments(),
                n.duplicateOf());
        return new ReviewDecided(
                approval.caseId(),
                approval.nominationId(),
                approval.outcome(),
                approval.reason(),
                approval.decisionDate(),
                approval.decidedAt(),
                approval.decidedBy(),
                corrected);
    }

    static AwardBlocked blocked(BlockedApproval blocked) {
        return new AwardBlocked(
                blocked.nominationId,
                blocked.caseId,
                blocked.awardCode,
                blocked.nomineeKind,
                blocked.cause,
                blocked.reason,
                blocked.reasonVi,
                blocked.blockedAt);
    }

    static AwardUnblocked unblocked(BlockedApproval blocked, Award award) {
        return new AwardUnblocked(
                blocked.nominationId, award.id, award.awardCode, award.awardName, blocked.unblockedAt);
    }

    static AwardGranted granted(Award award) {
        return new AwardGranted(
                award.id,
                award.nominationId,
                award.awardCode,
                award.awardName,
                award.recipientKind,
                award.recipientName,
                award.decisionNumber,
                award.decisionDate,
                award.legalBasis,
                award.multiplier,
                award.baseSalaryVnd,
                award.amountVnd,
                award.grantedAt);
    }

    static AwardRevoked revoked(Award award) {
        return new AwardRevoked(
                award.id,
                award.nominationId,
                award.awardCode,
                award.awardName,
                award.recipientName,
                award.decisionNumber,
                award.revocationCategory,
                award.revocationReason,
                award.recoveryAmountVnd,
                award.revokedAt,
                award.revokedBy);
    }

    static CeremonyScheduled scheduled(
            Ceremony ceremony,
            CeremonyScheduled.HeldOn traditionalDay,
            Award award,
            boolean cancelled,
            Instant scheduledAt) {
        return new CeremonyScheduled(
                ceremony.id,
                ceremony.name,
                ceremony.occasion,
                ceremony.ceremonyDate,
                ceremony.startsAt(),
                ceremony.place,
                award.id,
                award.nominationId,
                cancelled,
                scheduledAt,
                traditionalDay);
    }
}
