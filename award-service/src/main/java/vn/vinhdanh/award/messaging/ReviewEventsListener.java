package vn.vinhdanh.award.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.vinhdanh.award.service.AwardService;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.ReviewDecided;
import vn.vinhdanh.events.ReviewOutcome;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.inbox.IdempotentConsumer;
import vn.vinhdanh.messaging.inbox.IncomingEvent;
import vn.vinhdanh.messaging.inbox.IncomingEventHandler;
import vn.vinhdanh.messaging.inbox.PoisonMessageException;

/** Council approvals become draft awards, waiting for an officer to put them in a decision. */
@ApplicationScoped
public class ReviewEventsListener implements IncomingEventHandler {

    private final IdempotentConsumer consumer;
    private final AwardService awards;

    public ReviewEventsListener(IdempotentConsumer consumer, AwardService awards) {
        this.consumer = consumer;
        this.awards = awards;
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
        if (decided.nomination() == null || decided.decisionDate() == null || decided.nomination().nominee() == null) {
            throw new PoisonMessageException(event + " lacks the nomination facts or the decision date");
        }
        awards.draft(decided);
    }
}
