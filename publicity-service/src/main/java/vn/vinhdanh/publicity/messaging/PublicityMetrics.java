package vn.vinhdanh.publicity.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.messaging.observability.RecordedEvent;

/** Business counters, taken from the events this service commits: drafts opened, stories published, corrected, killed. */
@ApplicationScoped
public class PublicityMetrics {

    private final MeterRegistry registry;

    public PublicityMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) RecordedEvent event) {
        String name = switch (event.type()) {
            case EventTypes.FEATURE_DRAFTED -> "vinhdanh.features.drafted";
            case EventTypes.FEATURE_PUBLISHED -> "vinhdanh.features.published";
            case EventTypes.FEATURE_CORRECTED -> "vinhdanh.features.corrected";
            case EventTypes.FEATURE_KILLED -> "vinhdanh.features.killed";
            default -> null;
        };
        if (name != null) {
            Counter.builder(name)
                    .description("Press features, by step of the editorial workflow")
                    .register(registry)
                    .increment();
        }
    }
}
