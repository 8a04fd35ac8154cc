package vn.vinhdanh.messaging.observability;

/**
 * Fired (synchronously, inside the transaction) for every event written to the outbox. A service observes it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to count business facts only once they are committed. The key is the Kafka record key (a nomination id,
 * or an award code on the catalogue).
 */
public record RecordedEvent(String topic, String type, String key, Object payload) {}
