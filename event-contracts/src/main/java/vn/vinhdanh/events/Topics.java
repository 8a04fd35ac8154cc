package vn.vinhdanh.events;

/** One topic per producing service; the record key is always the nomination id, so one nomination's events stay in order. */
public final class Topics {
    public static final String NOMINATION_EVENTS = "nomination.events";
    public static final String REVIEW_EVENTS = "review.events";
    public static final String AWARD_EVENTS = "award.events";
    public static final String PUBLICITY_EVENTS = "publicity.events";

    /** Dead-letter topics belong to the consuming service: a poison message is only poison to the one that choked on it. */
    public static String deadLetterTopicOf(String consumingService) {
        return consumingService + ".dlq";
    }

    private Topics() {}
}
