package vn.vinhdanh.publicity.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.ReviewDecided;
import vn.vinhdanh.events.ReviewOutcome;
import vn.vinhdanh.messaging.inbox.IncomingEvent;
import vn.vinhdanh.messaging.inbox.PoisonMessageException;
import vn.vinhdanh.messaging.inbox.TopicConsumer;
import vn.vinhdanh.publicity.service.FeatureDrafting;

/** A council approval opens the press-feature draft about the model. */
@ApplicationScoped
public class ReviewEventsConsumer extends TopicConsumer {

    private final FeatureDrafting drafting;

    public ReviewEventsConsumer(FeatureDrafting drafting) {
        this.drafting = drafting;
    }

    @Incoming("review-events")
    @Blocking
    public void receive(ConsumerRecords<String, String> records) {
        consumeAll(records);
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
        drafting.openDraft(decided);
    }
}
