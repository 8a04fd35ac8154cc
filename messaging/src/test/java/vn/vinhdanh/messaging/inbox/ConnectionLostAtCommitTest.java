package vn.vinhdanh.messaging.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A database session cut between the handler's work and the COMMIT (a failover, {@code pg_terminate_backend}, a
 * network blip) is an outage, not a broken event: the consumer retries it until the database takes the commit, and
 * never dead-letters it however often it happens. Found by the fault suite (FaultToleranceIT), where such a cut
 * surfaced as a bare RollbackException that counted against the four attempts a failing handler gets.
 */
@QuarkusTest
class ConnectionLostAtCommitTest {

    /** More than {@code vinhdanh.messaging.consumer.max-attempts} (4). */
    private static final int CUTS = 5;

    @Inject
    IdempotentConsumer consumer;

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

    @Test
    void aCommitThatKeepsLosingItsConnectionIsRetriedUntilItGoesThrough() {
        AtomicInteger attempts = new AtomicInteger();
        IncomingEventHandler handler = new IncomingEventHandler() {
            @Override
            public String topic() {
                return "review.events";
            }

            @Override
            public void handle(IncomingEvent event) {
                if (attempts.incrementAndGet() <= CUTS) {
                    // the session of this transaction, which has already written the inbox row, ends before COMMIT
                    int pid = ((Number) entityManager
                                    .createNativeQuery("select pg_backend_pid()")
                                    .getSingleResult())
                            .intValue();
                    QuarkusTransaction.suspendingExisting().run(() -> terminate(pid));
                }
            }
        };
        UUID eventId = UUID.randomUUID();
        ConsumerRecord<String, String> record =
                new ConsumerRecord<>("review.events", 0, 0L, UUID.randomUUID().toString(), "{}");
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId.toString());
        header(record, "ce_source", "/vinhdanh/test");
        header(record, "ce_type", "test.connection-lost-at-commit.v1");
        header(record, "ce_time", Instant.now().toString());

        Outcome outcome = consumer.consume(record, handler);

        assertThat(outcome).isEqualTo(Outcome.PROCESSED);
        assertThat(attempts).hasValue(CUTS + 1);
        long recorded = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from processed_event where event_id = ?1")
                                .setParameter(1, eventId)
                                .getSingleResult())
                        .longValue());
        assertThat(recorded).isEqualTo(1);
    }

    private void terminate(int pid) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("select pg_terminate_backend(" + pid + ", 5000)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void header(ConsumerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
