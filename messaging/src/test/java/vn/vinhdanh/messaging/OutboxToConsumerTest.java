package vn.vinhdanh.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.messaging.inbox.IncomingEvent;
import vn.vinhdanh.messaging.inbox.TestEventsConsumer;
import vn.vinhdanh.messaging.outbox.Outbox;

/**
 * The whole way of an event: written to the outbox in the transaction of a state change, sent by the relay once that
 * commits, as a CloudEvent, and handled once by the consumer of its topic.
 */
@QuarkusTest
class OutboxToConsumerTest {

    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @Inject
    Outbox outbox;

    @Inject
    TestEventsConsumer consumer;

    @Inject
    EntityManager entityManager;

    @Test
    void aCommittedEventReachesTheConsumerOfItsTopicOnceAsACloudEvent() {
        UUID key = UUID.randomUUID();

        UUID id = QuarkusTransaction.requiringNew()
                .call(() -> outbox.publish(
                        TestEventsConsumer.TOPIC, "test.greeted.v1", key, Map.of("greeting", "Xin chào Lào Cai")));

        IncomingEvent received =
                await().atMost(DELIVERY).until(() -> consumer.handled(id).orElse(null), event -> event != null);
        assertThat(received.type()).isEqualTo("test.greeted.v1");
        assertThat(received.source()).isEqualTo("/vinhdanh/messaging-test");
        assertThat(received.subject()).isEqualTo(key.toString());
        assertThat(received.topic()).isEqualTo(TestEventsConsumer.TOPIC);
        assertThat(received.time()).isNotNull();
        assertThat(received.payloadAs(JsonNode.class).get("greeting").asText()).isEqualTo("Xin chào Lào Cai");
        await().atMost(DELIVERY)
                .until(() ->
                        count("select count(*) from outbox_event where id = ?1 and published_at is not null", id) == 1);
        assertThat(count("select count(*) from processed_event where event_id = ?1", id))
                .isEqualTo(1);
        assertThat(consumer.timesHandled(id)).isEqualTo(1);
    }

    @Test
    void anEventWhoseTransactionRollsBackIsNeverSent() {
        AtomicReference<UUID> rolledBack = new AtomicReference<>();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    rolledBack.set(outbox.publish(
                            TestEventsConsumer.TOPIC,
                            "test.greeted.v1",
                            UUID.randomUUID(),
                            Map.of("greeting", "never")));
                    throw new IllegalStateException("the state change fails");
                }))
                .hasMessageContaining("the state change fails");
        // one key, one partition: once the later event is handled, the earlier would have been too
        UUID key = UUID.randomUUID();
        UUID later = QuarkusTransaction.requiringNew()
                .call(() -> outbox.publish(
                        TestEventsConsumer.TOPIC, "test.greeted.v1", key, Map.of("greeting", "after the rollback")));

        await().atMost(DELIVERY).until(() -> consumer.handled(later).isPresent());
        assertThat(rolledBack.get()).isNotNull();
        assertThat(consumer.handled(rolledBack.get())).isEmpty();
        assertThat(count("select count(*) from outbox_event where id = ?1", rolledBack.get()))
                .isZero();
    }

    private long count(String sql, UUID id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(sql)
                                .setParameter(1, id)
                                .getSingleResult())
                        .longValue());
    }
}
