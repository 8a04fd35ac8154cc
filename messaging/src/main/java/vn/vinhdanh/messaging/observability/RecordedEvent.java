package vn.vinhdanh.messaging.observability;

import java.util.UUID;

/**
 * Fired (synchronously, inside the transaction) for every event written to the outbox. A service observes it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to count business facts only once they are committed.
 */
public record RecordedEvent(String topic, String type, UUID key, Object payload) {}
