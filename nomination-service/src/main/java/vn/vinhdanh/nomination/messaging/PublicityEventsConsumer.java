package vn.vinhdanh.nomination.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.FeatureKilled;
import vn.vinhdanh.events.FeaturePublished;
import vn.vinhdanh.messaging.inbox.IncomingEvent;
import vn.vinhdanh.messaging.inbox.TopicConsumer;
import vn.vinhdanh.nomination.domain.NominationStatus;
import vn.vinhdanh.nomination.domain.TimelineEvent;
import vn.vinhdanh.nomination.service.NominationProgress;

/**
 * The published story on the timeline (PUBLICIZED), and the story taken down for good (FEATURE_KILLED, the status
 * staying where it is); drafts and corrections do not reach it.
 */
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
        switch (event.type()) {
            case EventTypes.FEATURE_PUBLISHED -> {
                FeaturePublished published = event.payloadAs(FeaturePublished.class);
                timeline.record(
                        published.nominationId(),
                        NominationStatus.PUBLICIZED,
                        published.publishedAt(),
                        "publicity-service",
                        published.title(),
                        event.id());
            }
            case EventTypes.FEATURE_KILLED -> {
                FeatureKilled killed = event.payloadAs(FeatureKilled.class);
                timeline.record(
                        killed.nominationId(),
                        TimelineEvent.FEATURE_KILLED,
                        killed.killedAt(),
                        "publicity-service",
                        killed.reason(),
                        event.id());
            }
            default -> {
                // drafts and corrections do not reach the timeline
            }
        }
    }
}
