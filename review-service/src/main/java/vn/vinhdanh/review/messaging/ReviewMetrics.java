package vn.vinhdanh.review.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import vn.vinhdanh.events.ReviewDecided;
import vn.vinhdanh.events.ReviewOpened;
import vn.vinhdanh.events.ReviewReminder;
import vn.vinhdanh.messaging.observability.RecordedEvent;

/** Business counters, taken from the events this service commits. */
@ApplicationScoped
public class ReviewMetrics {

    private final MeterRegistry registry;

    public ReviewMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) RecordedEvent event) {
        if (event.payload() instanceof ReviewDecided decided) {
            Counter.builder("vinhdanh.review.decisions")
                    .description("Council decisions, by outcome")
                    .tag("outcome", decided.outcome().name())
                    .tag(
                            "level",
                            decided.nomination() == null || decided.nomination().level() == null
                                    ? "unknown"
                                    : decided.nomination().level().name())
                    .register(registry)
                    .increment();
        } else if (event.payload() instanceof ReviewOpened opened) {
            Counter.builder("vinhdanh.review.cases.opened")
                    .description("Review cases opened, by round")
                    .tag("round", opened.round() == 1 ? "first" : "later")
                    .register(registry)
                    .increment();
        } else if (event.payload() instanceof ReviewReminder reminder) {
            Counter.builder("vinhdanh.review.reminders")
                    .description("Deadline reminders sent, by kind")
                    .tag("kind", reminder.kind().name())
                    .register(registry)
                    .increment();
        }
    }
}
