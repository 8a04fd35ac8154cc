package vn.vinhdanh.events;

/** CloudEvents {@code type} values. A breaking payload change gets a new version suffix, never an edit in place. */
public final class EventTypes {
    public static final String NOMINATION_SUBMITTED = "nomination.submitted.v1";
    public static final String NOMINATION_WITHDRAWN = "nomination.withdrawn.v1";
    public static final String NOMINATION_TITLE_CORRECTED = "nomination.title-corrected.v1";
    public static final String REVIEW_OPENED = "review.opened.v1";
    public static final String REVIEW_DECIDED = "review.decided.v1";
    public static final String REVIEW_REMINDER = "review.reminder.v1";
    public static final String AWARD_GRANTED = "award.granted.v1";
    public static final String AWARD_REVOKED = "award.revoked.v1";
    public static final String AWARD_BLOCKED = "award.blocked.v1";
    public static final String AWARD_UNBLOCKED = "award.unblocked.v1";
    public static final String AWARD_UPWARD_PROPOSAL = "award.upward-proposal.v1";
    public static final String AWARD_TYPE_PUBLISHED = "award-type.published.v1";
    public static final String TRADITIONAL_DAY_PUBLISHED = "traditional-day.published.v1";
    public static final String CEREMONY_SCHEDULED = "ceremony.scheduled.v1";
    public static final String FEATURE_DRAFTED = "feature.drafted.v1";
    public static final String FEATURE_PUBLISHED = "feature.published.v1";
    public static final String FEATURE_CORRECTED = "feature.corrected.v1";
    public static final String FEATURE_KILLED = "feature.killed.v1";

    private EventTypes() {}
}
