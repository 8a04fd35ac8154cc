package vn.vinhdanh.events;

/**
 * One topic per producing service; the record key is the nomination id, so one nomination's events stay in order.
 * Reference data is the exception: award-service's catalogue and traditional days have a compacted topic of their own,
 * keyed by award code (and day code).
 */
public final class Topics {
    public static final String NOMINATION_EVENTS = "nomination.events";
    public static final String REVIEW_EVENTS = "review.events";
    public static final String AWARD_EVENTS = "award.events";
    public static final String PUBLICITY_EVENTS = "publicity.events";

    /**
     * {@link AwardTypePublished} keyed by award code and {@link TraditionalDayPublished} keyed by
     * {@code traditional-day:<code>}; compacted, so it holds the catalogue and the traditional days as they stand.
     */
    public static final String AWARD_CATALOGUE = "award.catalogue";

    /** Dead-letter topics belong to the consuming service: a poison message is only poison to the one that choked on it. */
    public static String deadLetterTopicOf(String consumingService) {
        return consumingService + ".dlq";
    }

    private Topics() {}
}
