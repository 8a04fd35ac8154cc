package vn.vinhdanh.messaging.inbox;

import static vn.vinhdanh.messaging.inbox.ConsumeFailures.connectionLostAtCommit;
import static vn.vinhdanh.messaging.inbox.ConsumeFailures.findCause;
import static vn.vinhdanh.messaging.inbox.ConsumeFailures.isDatabaseUnreachable;
import static vn.vinhdanh.messaging.inbox.ConsumeFailures.rootMessage;
import static vn.vinhdanh.messaging.observability.EventTracing.clearLogContext;
import static vn.vinhdanh.messaging.observability.EventTracing.putLogContext;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import vn.vinhdanh.messaging.CloudEventHeaders;
import vn.vinhdanh.messaging.HeaderValues;
import vn.vinhdanh.messaging.config.MessagingConfig;
import vn.vinhdanh.messaging.deadletter.DeadLetters;
import vn.vinhdanh.messaging.inbox.ConsumeFailures.HandlerGaveUpException;
import vn.vinhdanh.messaging.inbox.ConsumeFailures.ShuttingDownException;
import vn.vinhdanh.messaging.observability.EventTracing;

/**
 * The consumer façade every service's {@code @Incoming} method delegates to: the inbox row and the handler's effect
 * commit together or not at all.
 *
 * <p>Batches: {@link #consumeAll} handles the records of one poll in one transaction (one inbox row per event, one
 * commit), which is what lets a consumer keep up with a burst such as a council meeting's hundreds of decisions. If
 * anything in the batch fails, the transaction rolls back and the records are handled again one by one, each with
 * the failure handling below, so a batch never changes what happens to an event, only how many commits it takes.
 *
 * <p>Failures: a poison message goes to the service's dead-letter topic at once, and the stream behind it moves on.
 * While the database is unreachable the event is retried without limit, because dead-lettering every event of an
 * outage would turn an infrastructure hiccup into manual work. Any other failure is retried with backoff, then
 * dead-lettered.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final Comparator<ConsumerRecord<String, String>> BY_KEY =
            Comparator.comparing(record -> record.key() == null ? "" : record.key());

    private final Inbox inbox;
    private final ObjectMapper objectMapper;
    private final MessagingConfig config;
    private final DeadLetters deadLetters;
    private final EventTracing tracing;
    private final ConsumerMetrics metrics;
    private final EntityManager entityManager;
    private volatile boolean shuttingDown;

    public IdempotentConsumer(
            Inbox inbox,
            ObjectMapper objectMapper,
            MessagingConfig config,
            DeadLetters deadLetters,
            EventTracing tracing,
            ConsumerMetrics metrics,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.tracing = tracing;
        this.metrics = metrics;
        this.inbox = inbox;
        this.objectMapper = objectMapper;
        this.config = config;
        this.deadLetters = deadLetters;
    }

    /**
     * From here on the datasource and the entity manager are being closed under the consumers' feet: a failure now
     * says nothing about the event, so it is not dead-lettered but left unacknowledged, for the next start.
     */
    void shuttingDown(@Observes ShutdownEvent shutdown) {
        shuttingDown = true;
    }

    public Outcome consume(ConsumerRecord<String, String> record, IncomingEventHandler handler) {
        Span span = tracing.startConsumerSpan(record);
        putLogContext(span, record);
        Outcome outcome;
        try (Scope scope = span.makeCurrent()) {
            try {
                outcome = process(IncomingEvent.from(record, objectMapper), handler);
            } catch (PoisonMessageException | HandlerGaveUpException e) {
                span.recordException(e);
                span.setStatus(StatusCode.ERROR, e.getMessage() == null ? e.toString() : e.getMessage());
                deadLetters.park(record, e);
                outcome = Outcome.DEAD_LETTERED;
            }
            span.setAttribute("vinhdanh.outcome", outcome.name());
        } finally {
            span.end();
            clearLogContext();
        }
        metrics.consumed(record.topic(), HeaderValues.text(record.headers(), CloudEventHeaders.TYPE), outcome);
        if (outcome == Outcome.DEAD_LETTERED) {
            metrics.deadLettered(record.topic());
        }
        return outcome;
    }

    /**
     * The records of one poll, in order: first all in one transaction; if that fails for any reason, one by one with
     * {@link #consume}, so that a poison message or a failing handler only affects its own record.
     */
    public void consumeAll(Iterable<ConsumerRecord<String, String>> records, IncomingEventHandler handler) {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>();
        records.forEach(batch::add);
        // in key order (a stable sort: each key's events keep their order, and only a key's order matters): two
        // batches of the same service, from two topics, then lock the rows of their nominations in the same order
        // and cannot deadlock, as they did when each took them in arrival order
        batch.sort(BY_KEY);
        if (batch.isEmpty()) {
            return;
        }
        if (batch.size() == 1) {
            consume(batch.get(0), handler);
            return;
        }
        List<Outcome> outcomes;
        try {
            outcomes = processTogether(batch, handler);
        } catch (RuntimeException e) {
            if (shuttingDown) {
                throw new ShuttingDownException(
                        batch.size() + " events not processed: the service is shutting down", e);
            }
            LOG.debugf(
                    "A batch of %d events from %s failed together (%s); handling them one by one",
                    batch.size(), batch.get(0).topic(), rootMessage(e));
            batch.forEach(record -> consume(record, handler));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            ConsumerRecord<String, String> record = batch.get(i);
            metrics.consumed(
                    record.topic(), HeaderValues.text(record.headers(), CloudEventHeaders.TYPE), outcomes.get(i));
        }
    }

    private List<Outcome> processTogether(List<ConsumerRecord<String, String>> batch, IncomingEventHandler handler) {
        List<Span> spans = new ArrayList<>(batch.size());
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                List<Outcome> outcomes = new ArrayList<>(batch.size());
                for (ConsumerRecord<String, String> record : batch) {
                    Span span = tracing.startConsumerSpan(record);
                    spans.add(span);
                    putLogContext(span, record);
                    try (Scope scope = span.makeCurrent()) {
                        Outcome outcome = handleOnce(IncomingEvent.from(record, objectMapper), handler);
                        // each event's writes go out now and its entities leave the persistence context: otherwise
                        // every query of a later event would dirty-check all entities of the earlier ones
                        entityManager.flush();
                        entityManager.clear();
                        span.setAttribute("vinhdanh.outcome", outcome.name());
                        outcomes.add(outcome);
                    }
                }
                return outcomes;
            });
        } catch (RuntimeException e) {
            // the events are handled again one by one, each in a span of its own
            spans.forEach(span -> span.setStatus(StatusCode.ERROR, "batch rolled back: " + rootMessage(e)));
            throw e;
        } finally {
            spans.forEach(Span::end);
            clearLogContext();
        }
    }

    /** Inside the caller's transaction: the inbox row, then the handler's effect, unless the event was seen before. */
    private Outcome handleOnce(IncomingEvent event, IncomingEventHandler handler) {
        if (!inbox.markProcessed(event)) {
            LOG.debugf("Skipping %s: already processed", event);
            return Outcome.DUPLICATE;
        }
        handler.handle(event);
        return Outcome.PROCESSED;
    }

    private Outcome process(IncomingEvent event, IncomingEventHandler handler) {
        int attempt = 0;
        while (true) {
            attempt++;
            AtomicBoolean reachedCommit = new AtomicBoolean();
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    Outcome outcome = handleOnce(event, handler);
                    reachedCommit.set(true);
                    return outcome;
                });
            } catch (RuntimeException e) {
                PoisonMessageException poison = findCause(e, PoisonMessageException.class);
                if (poison != null) {
                    LOG.warnf("Poison message %s: %s", event, poison.getMessage());
                    throw poison;
                }
                if (shuttingDown) {
                    LOG.warnf(
                            "Leaving %s unacknowledged, for redelivery after the restart: the service is shutting"
                                    + " down (%s)",
                            event, rootMessage(e));
                    throw new ShuttingDownException(event + " not processed: the service is shutting down", e);
                }
                boolean databaseUnreachable =
                        isDatabaseUnreachable(e) || connectionLostAtCommit(reachedCommit.get(), e);
                if (!databaseUnreachable && attempt >= config.consumer().maxAttempts()) {
                    LOG.errorf(e, "Giving up on %s after %d attempts", event, attempt);
                    throw new HandlerGaveUpException("failed after " + attempt + " attempts: " + rootMessage(e), e);
                }
                Duration backoff = backoff(attempt);
                LOG.warnf(
                        "Attempt %d for %s failed (%s), retrying in %d ms",
                        attempt, event, rootMessage(e), backoff.toMillis());
                sleep(backoff);
            }
        }
    }

    private Duration backoff(int attempt) {
        long millis = config.consumer().initialBackoff().toMillis() << Math.min(attempt - 1, 10);
        return Duration.ofMillis(Math.min(millis, config.consumer().maxBackoff().toMillis()));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying an event", interrupted);
        }
    }
}
