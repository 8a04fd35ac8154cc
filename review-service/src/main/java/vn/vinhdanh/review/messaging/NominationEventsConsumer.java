package vn.vinhdanh.review.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.NominationSubmitted;
import vn.vinhdanh.events.NominationWithdrawn;
import vn.vinhdanh.messaging.inbox.IncomingEvent;
import vn.vinhdanh.messaging.inbox.PoisonMessageException;
import vn.vinhdanh.messaging.inbox.TopicConsumer;
import vn.vinhdanh.review.service.CaseIntake;

/** Every submitted revision opens a review case in the council; a withdrawal closes the open one. */
@ApplicationScoped
public class NominationEventsConsumer extends TopicConsumer {

    private final CaseIntake intake;

    public NominationEventsConsumer(CaseIntake intake) {
        this.intake = intake;
    }

    @Incoming("nomination-events")
    @Blocking
    public void receive(ConsumerRecords<String, String> records) {
        consumeAll(records);
    }

    @Override
    public void handle(IncomingEvent event) {
        if (EventTypes.NOMINATION_SUBMITTED.equals(event.type())) {
            NominationSubmitted submitted = event.payloadAs(NominationSubmitted.class);
            if (submitted.nominationId() == null
                    || submitted.nominee() == null
                    || submitted.level() == null
                    || submitted.sector() == null
                    || submitted.proposedAward() == null) {
                throw new PoisonMessageException(event + " lacks required nomination facts");
            }
            intake.open(submitted, event.payload());
        } else if (EventTypes.NOMINATION_WITHDRAWN.equals(event.type())) {
            NominationWithdrawn withdrawn = event.payloadAs(NominationWithdrawn.class);
            if (withdrawn.nominationId() == null) {
                throw new PoisonMessageException(event + " names no nomination");
            }
            intake.withdraw(withdrawn.nominationId());
        }
    }
}
