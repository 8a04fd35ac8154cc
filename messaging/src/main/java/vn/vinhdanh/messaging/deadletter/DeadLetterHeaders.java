package vn.vinhdanh.messaging.deadletter;

/** Same names as SmallRye's dead-letter strategy, so Kafka tools that know those headers read ours too. */
public final class DeadLetterHeaders {
    public static final String REASON = "dead-letter-reason";
    public static final String CAUSE = "dead-letter-cause";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";
    public static final String CONSUMER = "dead-letter-consumer";
    public static final String REDRIVE_COUNT = "dead-letter-redrive-count";

    private DeadLetterHeaders() {}
}
