package vn.vinhdanh.nomination.domain;

/**
 * Something that happened to a nomination without moving its status: the award or the press story it led to changed.
 * A timeline entry names either a status step alone or, with one of these, an event at the status the nomination
 * then had.
 */
public enum TimelineEvent {
    /** award-service cannot draft the award of the approved nomination under its proposed title (award.blocked.v1). */
    AWARD_BLOCKED,
    /** The agency replaced the proposed title of the blocked award; award-service tries the approval again. */
    TITLE_CORRECTED,
    /** award-service drafted the award it could not draft before (award.unblocked.v1). */
    AWARD_UNBLOCKED,
    /**
     * The approved title is decided above the province (the President's, the Prime Minister's): award-service drafts
     * no award, the province proposes it upward (award.upward-proposal.v1, PROPOSED). Clears a standing award block.
     */
    UPWARD_PROPOSED,
    /** The province submitted its proposal to the higher level, by a Tờ trình (award.upward-proposal.v1, SUBMITTED). */
    UPWARD_SUBMITTED,
    /**
     * The higher level did not grant it (award.upward-proposal.v1, REFUSED). The status stays APPROVED: the council's
     * approval stands; the refusal is the higher level's answer, which the timeline tells.
     */
    UPWARD_REFUSED,
    /** The granted award was annulled (award.revoked.v1). */
    AWARD_REVOKED,
    /** The press story about the nominee was taken down for good (feature.killed.v1). */
    FEATURE_KILLED
}
