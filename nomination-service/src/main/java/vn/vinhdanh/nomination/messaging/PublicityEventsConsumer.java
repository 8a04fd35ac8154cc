package vn.vinhdanh.nomination.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.FeaturePublished;
import vn.vinhdanh.messaging.inbox.IncomingEvent;
import vn.vinhdanh.messaging.inbox.TopicConsumer;
import vn.vinhdanh.nomination.domain.NominationStatus;
import vn.vinhdanh.nomination.service.NominationProgress;

/** The published story on the timeline (PUBLICIZED); drafts and corrections do not move it. */
@ApplicationScoped
public class PublicityEventsConsumer extends TopicConsumer {

    private final NominationProgress timeline;

    public PublicityEventsConsumer(NominationProgress timeline) {
        this.timeline = timeline;
    }

    @Incoming("publicity-events")
    @Blocking
    public void receive(ConsumerRecords<String, String> records) {
        consumeAll(records);
    }

    @Override
    public void handle(IncomingEvent event) {
        if (EventTypes.FEATURE_PUBLISHED.equals(event.type())) {
            FeaturePublished published = event.payloadAs(FeaturePublished.class);
            timeline.record(
                    published.nominationId(),
                    NominationStatus.PUBLICIZED,
                    published.publishedAt(),
                    "publicity-service",
                    published.title(),
                    event.id());
        }
    }
}
