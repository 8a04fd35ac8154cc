package vn.vinhdanh.messaging.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import vn.vinhdanh.messaging.inbox.IdempotentConsumer;

/**
 * What the plumbing does, for Prometheus: events published and consumed (by type and outcome), dead letters, and the
 * outbox backlog with the age of its oldest unsent event. The backlog is read from the database at most every few
 * seconds, however often it is scraped.
 */
@ApplicationScoped
public class MessagingMetrics {

    private static final Logger LOG = Logger.getLogger(MessagingMetrics.class);
    private static final Duration BACKLOG_CACHE = Duration.ofSeconds(5);

    private final MeterRegistry registry;
    private final DataSource dataSource;
    private final AtomicReference<Backlog> backlog = new AtomicReference<>(new Backlog(0, 0, Instant.EPOCH));

    public MessagingMetrics(MeterRegistry registry, DataSource dataSource) {
        this.registry = registry;
        this.dataSource = dataSource;
    }

    void register(@Observes StartupEvent startup) {
        Gauge.builder("vinhdanh.outbox.backlog", this, metrics -> metrics.backlog().unsent())
                .description("Events committed to the outbox and not yet acknowledged by the broker")
                .register(registry);
        Gauge.builder("vinhdanh.outbox.oldest.age", this, metrics -> metrics.backlog().oldestAgeSeconds())
                .description("Age of the oldest unsent outbox event")
                .baseUnit("seconds")
                .register(registry);
    }

    public void published(String eventType, int count) {
        Counter.builder("vinhdanh.events.published").description("Events the outbox relay delivered to the broker")
                .tag("type", eventType).register(registry).increment(count);
    }

    public void consumed(String topic, String eventType, IdempotentConsumer.Outcome outcome) {
        Counter.builder("vinhdanh.events.consumed").description("Events taken from a topic, by what became of them")
                .tag("topic", topic).tag("type", eventType == null ? "unknown" : eventType)
                .tag("outcome", outcome.name().toLowerCase()).register(registry).increment();
    }

    public void deadLettered(String topic) {
        Counter.builder("vinhdanh.dead.letters").description("Events parked on the dead-letter topic")
                .tag("topic", topic).register(registry).increment();
    }

    Backlog backlog() {
        Backlog current = backlog.get();
        if (current.readAt().plus(BACKLOG_CACHE).isAfter(Instant.now())) {
            return current;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select count(*), min(occurred_at) from outbox_event where published_at is null");
                ResultSet row = statement.executeQuery()) {
            row.next();
            Timestamp oldest = row.getTimestamp(2);
            Instant now = Instant.now();
            Backlog fresh = new Backlog(row.getLong(1),
                    oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), now).toMillis() / 1000.0),
                    now);
            backlog.set(fresh);
            return fresh;
        } catch (Exception e) {
            LOG.debugf("Outbox backlog not readable: %s", e.toString());
            return current;
        }
    }

    record Backlog(long unsent, double oldestAgeSeconds, Instant readAt) {
    }
}
