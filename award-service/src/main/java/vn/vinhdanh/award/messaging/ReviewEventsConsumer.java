package vn.vinhdanh.award.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.vinhdanh.award.service.AwardDrafting;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.ReviewDecided;
import vn.vinhdanh.events.ReviewOutcome;
import vn.vinhdanh.messaging.inbox.IncomingEvent;
import vn.vinhdanh.messaging.inbox.PoisonMessageException;
import vn.vinhdanh.messaging.inbox.TopicConsumer;

/** Council approvals become draft awards, waiting for an officer to put them in a decision. */
@ApplicationScoped
public class ReviewEventsConsumer extends TopicConsumer {

    private final AwardDrafting awards;

    public ReviewEventsConsumer(AwardDrafting awards) {
        this.awards = awards;
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
        if (decided.nomination() == null
                || decided.decisionDate() == null
                || decided.nomination().nominee() == null) {
            throw new PoisonMessageException(event + " lacks the nomination facts or the decision date");
        }
        awards.draft(decided);
    }
}
