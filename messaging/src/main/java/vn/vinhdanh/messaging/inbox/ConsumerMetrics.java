package vn.vinhdanh.messaging.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** What the consumers do, for Prometheus: events consumed, by topic, type and outcome, and dead letters parked. */
@ApplicationScoped
public class ConsumerMetrics {

    private final MeterRegistry registry;

    public ConsumerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void consumed(String topic, String eventType, Outcome outcome) {
        Counter.builder("vinhdanh.events.consumed")
                .description("Events taken from a topic, by what became of them")
                .tag("topic", topic)
                .tag("type", eventType == null ? "unknown" : eventType)
                .tag("outcome", outcome.name().toLowerCase())
                .register(registry)
                .increment();
    }

    public void deadLettered(String topic) {
        Counter.builder("vinhdanh.dead.letters")
                .description("Events parked on the dead-letter topic")
                .tag("topic", topic)
                .register(registry)
                .increment();
    }
}
