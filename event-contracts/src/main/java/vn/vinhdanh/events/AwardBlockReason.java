package vn.vinhdanh.events;

/** Why an approved nomination's award cannot be drafted ({@link AwardBlocked}). */
public enum AwardBlockReason {
    /** The proposed title is not in award-service's catalogue. */
    UNKNOWN_TITLE,
    /** The title exists but is not given to this kind of nominee (a collective-only flag for an individual). */
    WRONG_RECIPIENT_KIND,
    /** No reward rule prices the title for this kind of nominee on the council's decision date. */
    NO_REWARD_RULE
}
