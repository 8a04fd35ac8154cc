package vn.vinhdanh.messaging.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A poll's records are handled in one transaction; when anything in it fails, every record is handled again on its
 * own, so the batch changes only the number of commits, never what happens to an event.
 */
@QuarkusTest
class BatchConsumptionTest {

    private static final String TOPIC = "review.events";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    EntityManager entityManager;

    @Test
    void aCleanBatchCommitsOnceForAllItsEvents() {
        List<Long> transactions = new ArrayList<>();
        IncomingEventHandler handler = handler(event -> transactions.add(((Number)
                        entityManager.createNativeQuery("select txid_current()").getSingleResult())
                .longValue()));
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

        consumer.consumeAll(ids.stream().map(id -> event(id, 0L)).toList(), handler);

        assertThat(transactions).hasSize(3);
        assertThat(transactions).containsOnly(transactions.get(0));
        ids.forEach(id -> assertThat(timesRecorded(id)).isEqualTo(1));
    }

    @Test
    void aPoisonMessageInABatchOnlyAffectsItself() {
        List<UUID> handled = new ArrayList<>();
        IncomingEventHandler handler = handler(event -> handled.add(event.id()));
        UUID first = UUID.randomUUID();
        UUID last = UUID.randomUUID();
        ConsumerRecord<String, String> poison = new ConsumerRecord<>(TOPIC, 0, 1L, "key-2", "{}");
        // no CloudEvents headers at all: it can never be processed

        consumer.consumeAll(
                List.of(event(first, "key-1", 0L), poison, event(first, "key-1", 2L), event(last, "key-3", 3L)),
                handler);

        // first: once in the rolled-back batch, once on its own; its redelivery (offset 2) is a duplicate
        assertThat(handled).containsExactly(first, first, last);
        assertThat(timesRecorded(first)).isEqualTo(1);
        assertThat(timesRecorded(last)).isEqualTo(1);
    }

    @Test
    void theSameEventTwiceInOneBatchTakesEffectOnce() {
        List<UUID> handled = new ArrayList<>();
        UUID id = UUID.randomUUID();

        consumer.consumeAll(List.of(event(id, 0L), event(id, 1L)), handler(event -> handled.add(event.id())));

        assertThat(handled).containsExactly(id);
        assertThat(timesRecorded(id)).isEqualTo(1);
    }

    @Test
    void aBatchIsHandledInKeyOrderWithEachKeysOwnOrderKept() {
        List<String> handled = new ArrayList<>();
        UUID a1 = UUID.randomUUID();
        UUID b1 = UUID.randomUUID();
        UUID a2 = UUID.randomUUID();
        UUID b2 = UUID.randomUUID();
        IncomingEventHandler handler = handler(event -> handled.add(event.id().toString()));

        consumer.consumeAll(
                List.of(event(b1, "key-b", 0L), event(a1, "key-a", 1L), event(b2, "key-b", 2L), event(a2, "key-a", 3L)),
                handler);

        // a concurrent batch from another topic takes its rows in the same order: no deadlock between the two
        assertThat(handled).containsExactly(a1.toString(), a2.toString(), b1.toString(), b2.toString());
    }

    private long timesRecorded(UUID eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from processed_event where event_id = ?1")
                                .setParameter(1, eventId)
                                .getSingleResult())
                        .longValue());
    }

    private static IncomingEventHandler handler(java.util.function.Consumer<IncomingEvent> effect) {
        return new IncomingEventHandler() {
            @Override
            public String topic() {
                return TOPIC;
            }

            @Override
            public void handle(IncomingEvent event) {
                effect.accept(event);
            }
        };
    }

    private static ConsumerRecord<String, String> event(UUID id, long offset) {
        return event(id, UUID.randomUUID().toString(), offset);
    }

    private static ConsumerRecord<String, String> event(UUID id, String key, long offset) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(TOPIC, 0, offset, key, "{}");
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id.toString());
        header(record, "ce_source", "/vinhdanh/test");
        header(record, "ce_type", "test.batch.v1");
        header(record, "ce_time", Instant.now().toString());
        return record;
    }

    private static void header(ConsumerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
