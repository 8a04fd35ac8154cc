package vn.vinhdanh.messaging.outbox;

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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * What the outbox does, for Prometheus: events published (by type), and the backlog with the age of its oldest unsent
 * event. The backlog is read from the database at most every few seconds, however often it is scraped.
 */
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);
    private static final Duration BACKLOG_CACHE = Duration.ofSeconds(5);

    private final MeterRegistry registry;
    private final DataSource dataSource;
    private final Clock clock;
    /** Read never yet: the first scrape reads the table. */
    private final AtomicReference<Backlog> backlog =
            new AtomicReference<>(new Backlog(0, 0, System.nanoTime() - BACKLOG_CACHE.toNanos()));

    public OutboxMetrics(MeterRegistry registry, DataSource dataSource, Clock clock) {
        this.registry = registry;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    void register(@Observes StartupEvent startup) {
        Gauge.builder(
                        "vinhdanh.outbox.backlog",
                        this,
                        metrics -> metrics.backlog().unsent())
                .description("Events committed to the outbox and not yet acknowledged by the broker")
                .register(registry);
        Gauge.builder(
                        "vinhdanh.outbox.oldest.age",
                        this,
                        metrics -> metrics.backlog().oldestAgeSeconds())
                .description("Age of the oldest unsent outbox event")
                .baseUnit("seconds")
                .register(registry);
    }

    public void published(String eventType, int count) {
        Counter.builder("vinhdanh.events.published")
                .description("Events the outbox relay delivered to the broker")
                .tag("type", eventType)
                .register(registry)
                .increment(count);
    }

    Backlog backlog() {
        Backlog current = backlog.get();
        if (System.nanoTime() - current.readAtNanos() < BACKLOG_CACHE.toNanos()) {
            return current;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select count(*), min(occurred_at) from outbox_event where published_at is null");
                ResultSet row = statement.executeQuery()) {
            row.next();
            Timestamp oldest = row.getTimestamp(2);
            Backlog fresh = new Backlog(
                    row.getLong(1),
                    oldest == null
                            ? 0
                            : Math.max(
                                    0,
                                    Duration.between(oldest.toInstant(), Instant.now(clock))
                                                    .toMillis()
                                            / 1000.0),
                    System.nanoTime());
            backlog.set(fresh);
            return fresh;
        } catch (Exception e) {
            LOG.debugf("Outbox backlog not readable: %s", e.toString());
            return current;
        }
    }

    /** {@code readAtNanos}: {@link System#nanoTime} of the read, for the cache's age only. */
    record Backlog(long unsent, double oldestAgeSeconds, long readAtNanos) {}
}
