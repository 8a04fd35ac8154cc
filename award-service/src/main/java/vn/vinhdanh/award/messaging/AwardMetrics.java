package vn.vinhdanh.award.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import vn.vinhdanh.events.AwardBlocked;
import vn.vinhdanh.events.AwardGranted;
import vn.vinhdanh.events.AwardRevoked;
import vn.vinhdanh.events.AwardUnblocked;
import vn.vinhdanh.messaging.observability.RecordedEvent;

/**
 * Business counters, taken from the events this service commits: awards granted and revoked, and their amounts;
 * approvals blocked (by cause) and unblocked.
 */
@ApplicationScoped
public class AwardMetrics {

    private final MeterRegistry registry;

    public AwardMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) RecordedEvent event) {
        if (event.payload() instanceof AwardGranted granted) {
            String kind = granted.recipientKind() == null
                    ? "unknown"
                    : granted.recipientKind().name();
            Counter.builder("vinhdanh.awards.granted")
                    .description("Awards granted by signed decisions")
                    .tag("award", granted.awardCode())
                    .tag("recipient", kind)
                    .register(registry)
                    .increment();
            Counter.builder("vinhdanh.awards.amount")
                    .description("Reward money granted")
                    .baseUnit("vnd")
                    .tag("award", granted.awardCode())
                    .tag("recipient", kind)
                    .register(registry)
                    .increment(granted.amountVnd());
        } else if (event.payload() instanceof AwardRevoked revoked) {
            Counter.builder("vinhdanh.awards.revoked")
                    .description("Awards revoked")
                    .tag(
                            "category",
                            revoked.category() == null
                                    ? "unknown"
                                    : revoked.category().name())
                    .register(registry)
                    .increment();
        } else if (event.payload() instanceof AwardBlocked blocked) {
            Counter.builder("vinhdanh.awards.blocked")
                    .description("Council approvals whose award could not be drafted, each block and re-block")
                    .tag("cause", blocked.cause().name())
                    .register(registry)
                    .increment();
        } else if (event.payload() instanceof AwardUnblocked) {
            Counter.builder("vinhdanh.awards.unblocked")
                    .description("Blocked approvals drafted after a title correction")
                    .register(registry)
                    .increment();
        }
    }
}
