package vn.vinhdanh.messaging.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import vn.vinhdanh.messaging.observability.EventTracing;
import vn.vinhdanh.messaging.observability.RecordedEvent;

/**
 * Records an event in the caller's transaction. Nothing is sent here: the event exists if and only if the state
 * change that caused it commits, and the relay is woken the moment that commit happens.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_REGISTERED = new Object();

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final EventTracing tracing;
    private final Event<RecordedEvent> recorded;
    private final Clock clock;

    public Outbox(
            EntityManager entityManager,
            ObjectMapper objectMapper,
            TransactionSynchronizationRegistry transactions,
            OutboxRelay relay,
            EventTracing tracing,
            Event<RecordedEvent> recorded,
            Clock clock) {
        this.clock = clock;
        this.tracing = tracing;
        this.recorded = recorded;
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.transactions = transactions;
        this.relay = relay;
    }

    /**
     * @param key the Kafka record key and CloudEvents subject: the nomination id, so one nomination's events share a
     *            partition and stay in order
     * @return the event id ({@code ce_id})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String eventType, UUID key, Object payload) {
        return publish(topic, eventType, key.toString(), payload);
    }

    /**
     * An event of reference data, keyed by what it describes (an award code on the catalogue's compacted topic).
     *
     * @return the event id ({@code ce_id})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String eventType, String key, Object payload) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = topic;
        event.messageKey = key;
        event.subject = key;
        event.eventType = eventType;
        event.occurredAt = Instant.now(clock);
        event.payload = toJson(payload);
        Map<String, String> trace = tracing.currentContext();
        event.traceParent = trace.get(EventTracing.TRACEPARENT);
        event.traceState = trace.get(EventTracing.TRACESTATE);
        entityManager.persist(event);
        wakeRelayAfterCommit();
        recorded.fire(new RecordedEvent(topic, eventType, key, payload));
        return event.id;
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }

    private String toJson(Object payload) {
        try {
            return objectMapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "Event payload cannot be serialised: " + payload.getClass().getName(), e);
        }
    }
}
