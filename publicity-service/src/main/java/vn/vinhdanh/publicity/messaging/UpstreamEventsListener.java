package vn.vinhdanh.publicity.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.vinhdanh.events.AwardGranted;
import vn.vinhdanh.events.AwardRevoked;
import vn.vinhdanh.events.CeremonyScheduled;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.ReviewDecided;
import vn.vinhdanh.events.ReviewOutcome;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.inbox.IdempotentConsumer;
import vn.vinhdanh.messaging.inbox.IncomingEvent;
import vn.vinhdanh.messaging.inbox.IncomingEventHandler;
import vn.vinhdanh.messaging.inbox.PoisonMessageException;
import vn.vinhdanh.publicity.service.FeatureService;

/** Approvals open press features; granted awards complete them; scheduled ceremonies date them. */
public final class UpstreamEventsListener {

    private UpstreamEventsListener() {
    }

    @ApplicationScoped
    public static class ReviewEvents implements IncomingEventHandler {
        private final IdempotentConsumer consumer;
        private final FeatureService features;

        public ReviewEvents(IdempotentConsumer consumer, FeatureService features) {
            this.consumer = consumer;
            this.features = features;
        }

        @Incoming("review-events")
        @Blocking
        public void receive(ConsumerRecords<String, String> records) {
            consumer.consumeAll(records, this);
        }

        @Override
        public String topic() {
            return Topics.REVIEW_EVENTS;
        }

        @Override
        public void handle(IncomingEvent event) {
            if (!EventTypes.REVIEW_DECIDED.equals(event.type())) {
                return;
            }
            ReviewDecided decided = event.payloadAs(ReviewDecided.class);
            if (decided.outcome() != ReviewOutcome.APPROVED) {
                return;
            }
            if (decided.nomination() == null || decided.nomination().nominee() == null) {
                throw new PoisonMessageException(event + " lacks the nomination facts");
            }
            features.openDraft(decided);
        }
    }

    @ApplicationScoped
    public static class AwardEvents implements IncomingEventHandler {
        private final IdempotentConsumer consumer;
        private final FeatureService features;

        public AwardEvents(IdempotentConsumer consumer, FeatureService features) {
            this.consumer = consumer;
            this.features = features;
        }

        @Incoming("award-events")
        @Blocking
        public void receive(ConsumerRecords<String, String> records) {
            consumer.consumeAll(records, this);
        }

        @Override
        public String topic() {
            return Topics.AWARD_EVENTS;
        }

        @Override
        public void handle(IncomingEvent event) {
            switch (event.type()) {
                case EventTypes.AWARD_GRANTED -> features.recordAward(event.payloadAs(AwardGranted.class));
                case EventTypes.AWARD_REVOKED -> features.onAwardRevoked(event.payloadAs(AwardRevoked.class));
                case EventTypes.CEREMONY_SCHEDULED -> {
                    CeremonyScheduled scheduled = event.payloadAs(CeremonyScheduled.class);
                    if (scheduled.nominationId() == null || scheduled.ceremonyId() == null
                            || scheduled.occasion() == null) {
                        throw new PoisonMessageException(event + " lacks its nomination, ceremony or occasion");
                    }
                    features.recordCeremony(scheduled);
                }
                default -> {
                    // other award events do not concern the press
                }
            }
        }
    }
}
