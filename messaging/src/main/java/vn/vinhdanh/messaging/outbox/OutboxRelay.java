package vn.vinhdanh.messaging.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.vinhdanh.messaging.config.MessagingConfig;
import vn.vinhdanh.messaging.config.ProducerSettings;

/**
 * Moves committed outbox rows to Kafka, in position order, as CloudEvents in binary mode.
 *
 * <p>Single owner: each round runs inside a transaction that first takes a PostgreSQL advisory lock, so with several
 * instances of a service only one relays at a time and a nomination's events never overtake each other. Rows are
 * marked published in the same transaction, after the broker acknowledged every record of the batch ({@code acks=all},
 * idempotent producer). A crash between the acknowledgement and the commit re-sends the batch: consumers deduplicate
 * by {@code ce_id}, so at-least-once here is exactly-once in effect.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RETENTION_SWEEP_EVERY = Duration.ofMinutes(10);

    private final DataSource dataSource;
    private final MessagingConfig config;
    private final String bootstrapServers;
    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicReference<RelayState> state = new AtomicReference<>(RelayState.starting());
    private final long lockKey;
    private final String source;
    private final OutboxMetrics metrics;
    private final Clock clock;

    private volatile boolean running;
    private Thread worker;
    private Producer<String, String> producer;
    /** {@link System#nanoTime} from which the next round deletes expired rows: the first round does. */
    private long nextRetentionSweep = System.nanoTime();

    public OutboxRelay(
            DataSource dataSource,
            MessagingConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            OutboxMetrics metrics,
            Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
        this.dataSource = dataSource;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.lockKey = ("vinhdanh-outbox-relay:" + config.service()).hashCode();
        this.source = "/vinhdanh/" + config.service();
    }

    void start(@Observes StartupEvent startup) {
        if (!config.relay().enabled()) {
            LOG.info("Outbox relay disabled by configuration");
            return;
        }
        producer = new KafkaProducer<>(producerProperties());
        running = true;
        worker = new Thread(this::relayUntilStopped, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        wake();
        if (worker != null) {
            try {
                worker.join(SEND_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Called after a commit that wrote outbox rows; cheap and non-blocking. */
    public void wake() {
        wakeUp.release();
    }

    public RelayState state() {
        return state.get();
    }

    private void relayUntilStopped() {
        int consecutiveFailures = 0;
        while (running) {
            try {
                int sent = relayOneBatch();
                consecutiveFailures = 0;
                if (sent < config.relay().batchSize()) {
                    awaitWakeUp(config.relay().pollInterval());
                }
                sweepPublishedRowsWhenDue();
            } catch (Exception e) {
                consecutiveFailures++;
                state.set(state.get().failed(e));
                long backoffMillis = Math.min(5_000L, 100L << Math.min(consecutiveFailures, 6));
                if (consecutiveFailures == 1 || consecutiveFailures % 20 == 0) {
                    LOG.warnf(
                            "Outbox relay round failed (%d in a row), retrying in %d ms: %s",
                            consecutiveFailures, backoffMillis, e.toString());
                }
                awaitWakeUp(Duration.ofMillis(backoffMillis));
            }
        }
    }

    private void awaitWakeUp(Duration atMost) {
        try {
            wakeUp.tryAcquire(atMost.toMillis(), TimeUnit.MILLISECONDS);
            wakeUp.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** @return how many events were published this round */
    int relayOneBatch() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!tryTakeRelayLock(connection)) {
                    connection.rollback();
                    state.set(state.get().standingBy(Instant.now(clock)));
                    return 0;
                }
                List<PendingEvent> batch = loadBatch(connection);
                if (!batch.isEmpty()) {
                    sendAndAwaitAcks(batch);
                    markPublished(connection, batch);
                }
                connection.commit();
                batch.stream()
                        .collect(Collectors.groupingBy(PendingEvent::type, Collectors.counting()))
                        .forEach((type, count) -> metrics.published(type, count.intValue()));
                state.set(state.get().succeeded(batch.size(), Instant.now(clock)));
                return batch.size();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /**
     * Also tells the planner, for this transaction only, not to scan the table: the partial index of unpublished rows
     * is the only sensible plan for the batch query, but a plan made from stale statistics (autovacuum off or behind
     * a fast-growing table, the statement's generic plan cached from when the table was empty) reads every published
     * row of the retention period on every round. Seen in the benchmark: on a server with autovacuum off, each round
     * read the whole outbox.
     */
    private boolean tryTakeRelayLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select pg_try_advisory_xact_lock(?), set_config('enable_seqscan', 'off', true)")) {
            statement.setLong(1, lockKey);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private List<PendingEvent> loadBatch(Connection connection) throws SQLException {
        List<PendingEvent> batch = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select id, topic, message_key, event_type, subject, occurred_at, payload, trace_parent, trace_state
                from outbox_event
                where published_at is null
                order by position
                limit ?""")) {
            statement.setInt(1, config.relay().batchSize());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    batch.add(new PendingEvent(
                            rows.getObject(1, UUID.class),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getTimestamp(6).toInstant(),
                            rows.getString(7),
                            rows.getString(8),
                            rows.getString(9)));
                }
            }
        }
        return batch;
    }

    private void sendAndAwaitAcks(List<PendingEvent> batch) throws Exception {
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (PendingEvent event : batch) {
            acks.add(producer.send(event.toRecord(source)));
        }
        producer.flush();
        long deadline = System.nanoTime() + SEND_TIMEOUT.toNanos();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
    }

    private void markPublished(Connection connection, List<PendingEvent> batch) throws SQLException {
        UUID[] ids = batch.stream().map(PendingEvent::id).toArray(UUID[]::new);
        try (PreparedStatement statement =
                connection.prepareStatement("update outbox_event set published_at = ? where id = any(?)")) {
            Array idArray = connection.createArrayOf("uuid", ids);
            statement.setTimestamp(1, Timestamp.from(Instant.now(clock)));
            statement.setArray(2, idArray);
            statement.executeUpdate();
        }
    }

    private void sweepPublishedRowsWhenDue() throws SQLException {
        if (System.nanoTime() - nextRetentionSweep < 0) {
            return;
        }
        nextRetentionSweep = System.nanoTime() + RETENTION_SWEEP_EVERY.toNanos();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("delete from outbox_event where published_at < ?")) {
            statement.setTimestamp(
                    1, Timestamp.from(Instant.now(clock).minus(config.relay().retention())));
            statement.executeUpdate();
        }
    }

    /** Sent at once, in order (the idempotent producer keeps up to five requests in flight ordered). */
    private Properties producerProperties() {
        Properties properties =
                ProducerSettings.acknowledgedByAll(bootstrapServers, config.service() + "-outbox-relay");
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(SEND_TIMEOUT.toMillis()));
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        return properties;
    }
}
