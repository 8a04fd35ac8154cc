package vn.vinhdanh.nomination.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.vinhdanh.events.AwardGranted;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.FeaturePublished;
import vn.vinhdanh.events.ReviewDecided;
import vn.vinhdanh.events.ReviewOpened;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.inbox.IdempotentConsumer;
import vn.vinhdanh.messaging.inbox.IncomingEvent;
import vn.vinhdanh.messaging.inbox.IncomingEventHandler;
import vn.vinhdanh.nomination.domain.NominationStatus;
import vn.vinhdanh.nomination.service.TimelineService;

/** The timeline's inputs: what the council, the award board and the press did with our nominations. */
public final class DownstreamEventsListener {

    private DownstreamEventsListener() {
    }

    @ApplicationScoped
    public static class ReviewEvents implements IncomingEventHandler {
        private final IdempotentConsumer consumer;
        private final TimelineService timeline;

        public ReviewEvents(IdempotentConsumer consumer, TimelineService timeline) {
            this.consumer = consumer;
            this.timeline = timeline;
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
            switch (event.type()) {
                case EventTypes.REVIEW_OPENED -> {
                    ReviewOpened opened = event.payloadAs(ReviewOpened.class);
                    timeline.record(opened.nominationId(), NominationStatus.UNDER_REVIEW, opened.openedAt(),
                            "review-service", "review case " + opened.caseId() + ", round " + opened.round(),
                            event.id());
                }
                case EventTypes.REVIEW_DECIDED -> {
                    ReviewDecided decided = event.payloadAs(ReviewDecided.class);
                    timeline.record(decided.nominationId(), NominationStatus.valueOf(decided.outcome().name()),
                            decided.decidedAt(), decided.decidedBy(), decided.reason(), event.id());
                }
                default -> {
                    // other review events do not move the timeline
                }
            }
        }
    }

    @ApplicationScoped
    public static class AwardEvents implements IncomingEventHandler {
        private final IdempotentConsumer consumer;
        private final TimelineService timeline;

        public AwardEvents(IdempotentConsumer consumer, TimelineService timeline) {
            this.consumer = consumer;
            this.timeline = timeline;
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
            if (EventTypes.AWARD_GRANTED.equals(event.type())) {
                AwardGranted granted = event.payloadAs(AwardGranted.class);
                timeline.record(granted.nominationId(), NominationStatus.AWARDED, granted.grantedAt(),
                        "award-service", granted.awardName() + ", " + granted.decisionNumber(), event.id());
            }
        }
    }

    @ApplicationScoped
    public static class PublicityEvents implements IncomingEventHandler {
        private final IdempotentConsumer consumer;
        private final TimelineService timeline;

        public PublicityEvents(IdempotentConsumer consumer, TimelineService timeline) {
            this.consumer = consumer;
            this.timeline = timeline;
        }

        @Incoming("publicity-events")
        @Blocking
        public void receive(ConsumerRecords<String, String> records) {
            consumer.consumeAll(records, this);
        }

        @Override
        public String topic() {
            return Topics.PUBLICITY_EVENTS;
        }

        @Override
        public void handle(IncomingEvent event) {
            if (EventTypes.FEATURE_PUBLISHED.equals(event.type())) {
                FeaturePublished published = event.payloadAs(FeaturePublished.class);
                timeline.record(published.nominationId(), NominationStatus.PUBLICIZED, published.publishedAt(),
                        "publicity-service", published.title(), event.id());
            }
        }
    }
}
