package vn.vinhdanh.nomination.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.ReviewDecided;
import vn.vinhdanh.events.ReviewOpened;
import vn.vinhdanh.messaging.inbox.IncomingEvent;
import vn.vinhdanh.messaging.inbox.TopicConsumer;
import vn.vinhdanh.nomination.domain.NominationStatus;
import vn.vinhdanh.nomination.service.NominationProgress;

/** The council's steps on the timeline: a case opened (UNDER_REVIEW), then its decision. */
@ApplicationScoped
public class ReviewEventsConsumer extends TopicConsumer {

    private final NominationProgress timeline;

    public ReviewEventsConsumer(NominationProgress timeline) {
        this.timeline = timeline;
    }

    @Incoming("review-events")
    @Blocking
    public void receive(ConsumerRecords<String, String> records) {
        consumeAll(records);
    }

    @Override
    public void handle(IncomingEvent event) {
        switch (event.type()) {
            case EventTypes.REVIEW_OPENED -> {
                ReviewOpened opened = event.payloadAs(ReviewOpened.class);
                timeline.record(
                        opened.nominationId(),
                        NominationStatus.UNDER_REVIEW,
                        opened.openedAt(),
                        "review-service",
                        "review case " + opened.caseId() + ", round " + opened.round(),
                        event.id());
            }
            case EventTypes.REVIEW_DECIDED -> {
                ReviewDecided decided = event.payloadAs(ReviewDecided.class);
                timeline.record(
                        decided.nominationId(),
                        NominationStatus.valueOf(decided.outcome().name()),
                        decided.decidedAt(),
                        decided.decidedBy(),
                        decided.reason(),
                        event.id());
            }
            default -> {
                // other review events do not move the timeline
            }
        }
    }
}
