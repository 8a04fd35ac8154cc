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

/**
 * Council approvals become draft awards, waiting for an officer to put them in a decision, or blocked approvals when
 * their title cannot be drafted.
 */
@ApplicationScoped
public class ReviewEventsConsumer extends TopicConsumer {

    /** As long as award codes are, in the catalogue and in nomination-service. */
    private static final int AWARD_CODE_MAX_LENGTH = 60;

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
        // an approval without these is malformed and goes to the dead letters; one whose title cannot be drafted is
        // well-formed, and AwardDrafting keeps it as a blocked approval
        if (decided.nominationId() == null
                || decided.caseId() == null
                || decided.nomination() == null
                || decided.decisionDate() == null
                || decided.nomination().nominee() == null
                || decided.nomination().nominee().kind() == null
                || decided.nomination().nominee().name() == null
                || decided.nomination().proposedAward() == null
                || decided.nomination().proposedAward().isBlank()
                || decided.nomination().proposedAward().length() > AWARD_CODE_MAX_LENGTH) {
            throw new PoisonMessageException(event + " lacks the nomination facts or the decision date");
        }
        awards.draft(decided);
    }
}
