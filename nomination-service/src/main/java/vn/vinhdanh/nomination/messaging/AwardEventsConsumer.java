package vn.vinhdanh.nomination.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.vinhdanh.events.AwardGranted;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.messaging.inbox.IncomingEvent;
import vn.vinhdanh.messaging.inbox.TopicConsumer;
import vn.vinhdanh.nomination.domain.NominationStatus;
import vn.vinhdanh.nomination.service.NominationProgress;

/** A signed decision on the timeline: AWARDED, with the award and the decision's number. */
@ApplicationScoped
public class AwardEventsConsumer extends TopicConsumer {

    private final NominationProgress timeline;

    public AwardEventsConsumer(NominationProgress timeline) {
        this.timeline = timeline;
    }

    @Incoming("award-events")
    @Blocking
    public void receive(ConsumerRecords<String, String> records) {
        consumeAll(records);
    }

    @Override
    public void handle(IncomingEvent event) {
        if (EventTypes.AWARD_GRANTED.equals(event.type())) {
            AwardGranted granted = event.payloadAs(AwardGranted.class);
            timeline.record(
                    granted.nominationId(),
                    NominationStatus.AWARDED,
                    granted.grantedAt(),
                    "award-service",
                    granted.awardName() + ", " + granted.decisionNumber(),
                    event.id());
        }
    }
}
