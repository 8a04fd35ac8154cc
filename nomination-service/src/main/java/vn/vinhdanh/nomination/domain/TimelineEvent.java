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
    /** The granted award was annulled (award.revoked.v1). */
    AWARD_REVOKED,
    /** The press story about the nominee was taken down for good (feature.killed.v1). */
    FEATURE_KILLED
}
