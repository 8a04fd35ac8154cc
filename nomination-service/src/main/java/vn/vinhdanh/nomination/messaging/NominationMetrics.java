package vn.vinhdanh.nomination.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.NominationSubmitted;
import vn.vinhdanh.events.NominationWithdrawn;
import vn.vinhdanh.messaging.observability.RecordedEvent;

/** Business counters, taken from the events this service commits: what happened, never what was only attempted. */
@ApplicationScoped
public class NominationMetrics {

    private final MeterRegistry registry;

    public NominationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) RecordedEvent event) {
        if (event.payload() instanceof NominationSubmitted submitted
                && EventTypes.NOMINATION_SUBMITTED.equals(event.type())) {
            Counter.builder("vinhdanh.nominations.submitted")
                    .description("Nominations sent to the council (an amendment after a return counts as 'amended')")
                    .tag("level", submitted.level().name())
                    .tag("sector", submitted.sector().name())
                    .tag("revision", submitted.revision() == 1 ? "first" : "amended")
                    .register(registry)
                    .increment();
        } else if (event.payload() instanceof NominationWithdrawn) {
            Counter.builder("vinhdanh.nominations.withdrawn")
                    .description("Nominations taken back by their agency")
                    .register(registry)
                    .increment();
        }
    }
}
