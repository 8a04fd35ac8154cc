package vn.vinhdanh.publicity.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.vinhdanh.events.AwardGranted;
import vn.vinhdanh.events.AwardRevoked;
import vn.vinhdanh.events.CeremonyScheduled;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.messaging.inbox.IncomingEvent;
import vn.vinhdanh.messaging.inbox.PoisonMessageException;
import vn.vinhdanh.messaging.inbox.TopicConsumer;
import vn.vinhdanh.publicity.service.FeatureService;

/** Granted awards complete the drafts, revoked ones take the story down, scheduled ceremonies date them. */
@ApplicationScoped
public class AwardEventsConsumer extends TopicConsumer {

    private final FeatureService features;

    public AwardEventsConsumer(FeatureService features) {
        this.features = features;
    }

    @Incoming("award-events")
    @Blocking
    public void receive(ConsumerRecords<String, String> records) {
        consumeAll(records);
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
