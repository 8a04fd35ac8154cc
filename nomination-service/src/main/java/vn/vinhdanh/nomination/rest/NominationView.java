package vn.vinhdanh.nomination.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.events.AwardBlockReason;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.nomination.domain.Attachment;
import vn.vinhdanh.nomination.domain.Evidence;
import vn.vinhdanh.nomination.domain.Nomination;
import vn.vinhdanh.nomination.domain.NominationStatus;
import vn.vinhdanh.nomination.domain.Nominee;
import vn.vinhdanh.nomination.domain.TimelineEntry;
import vn.vinhdanh.nomination.domain.TimelineEvent;

/**
 * @param awardBlock why award-service cannot draft the award of the approved nomination, while the agency may correct
 *                   the title ({@code POST …/title-corrections}); null when nothing is blocked
 */
public record NominationView(
        UUID id,
        UUID movementId,
        String agencyCode,
        int revision,
        Nominee nominee,
        Level level,
        Sector sector,
        String proposedAward,
        String achievements,
        String goodPractices,
        boolean publicityConsent,
        NominationStatus status,
        Instant submittedAt,
        Instant updatedAt,
        List<Step> timeline,
        int criteriaVersion,
        List<EvidenceView> evidence,
        List<AttachmentView> attachments,
        UUID duplicateOf,
        AwardBlockView awardBlock) {

    public record EvidenceView(String criterionCode, String text) {
        static EvidenceView of(Evidence evidence) {
            return new EvidenceView(evidence.criterionCode, evidence.text);
        }
    }

    public record AttachmentView(String name, String mediaType, long sizeBytes, String sha256, String url) {
        static AttachmentView of(Attachment attachment) {
            return new AttachmentView(
                    attachment.name, attachment.mediaType, attachment.sizeBytes, attachment.sha256, attachment.url);
        }
    }

    /**
     * @param status the step, or for an {@code event} the status the nomination had then
     * @param event  what happened besides the status (AWARD_BLOCKED, TITLE_CORRECTED, AWARD_UNBLOCKED,
     *               UPWARD_PROPOSED, UPWARD_SUBMITTED, UPWARD_REFUSED, AWARD_REVOKED, FEATURE_KILLED); null for a
     *               status step
     */
    public record Step(NominationStatus status, Instant at, String actor, String note, TimelineEvent event) {
        static Step of(TimelineEntry entry) {
            return new Step(entry.status, entry.occurredAt, entry.actor, entry.note, entry.event);
        }
    }

    /** @param reason in Vietnamese, as award-service gave it */
    public record AwardBlockView(AwardBlockReason cause, String reason, Instant blockedAt) {
        static AwardBlockView of(Nomination nomination) {
            return nomination.isAwardBlocked()
                    ? new AwardBlockView(
                            nomination.awardBlockCause, nomination.awardBlockReason, nomination.awardBlockedAt)
                    : null;
        }
    }

    /** @param withDetails with timeline, evidence and attachments: for one nomination, not for lists */
    static NominationView of(Nomination nomination, boolean withDetails) {
        return new NominationView(
                nomination.id,
                nomination.movement.id,
                nomination.agencyCode,
                nomination.revision,
                nomination.nominee,
                nomination.level,
                nomination.sector,
                nomination.proposedAward,
                nomination.achievements,
                nomination.goodPractices,
                nomination.publicityConsent,
                nomination.status,
                nomination.submittedAt,
                nomination.updatedAt,
                withDetails ? nomination.timeline.stream().map(Step::of).toList() : null,
                nomination.criteriaVersion,
                withDetails ? nomination.evidence.stream().map(EvidenceView::of).toList() : null,
                withDetails
                        ? nomination.attachments.stream()
                                .map(AttachmentView::of)
                                .toList()
                        : null,
                nomination.duplicateOf,
                AwardBlockView.of(nomination));
    }
}
