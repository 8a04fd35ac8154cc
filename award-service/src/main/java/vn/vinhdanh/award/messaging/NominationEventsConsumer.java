package vn.vinhdanh.award.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.vinhdanh.award.service.BlockedApprovalRetry;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.NominationTitleCorrected;
import vn.vinhdanh.messaging.inbox.IncomingEvent;
import vn.vinhdanh.messaging.inbox.PoisonMessageException;
import vn.vinhdanh.messaging.inbox.TopicConsumer;

/**
 * A title correction of an approved nomination drafts again the approval that was blocked. The other events of
 * nomination-service concern the nomination before the council's decision and change nothing here.
 */
@ApplicationScoped
public class NominationEventsConsumer extends TopicConsumer {

    /** As long as award codes are, in the catalogue and in nomination-service. */
    private static final int AWARD_CODE_MAX_LENGTH = 60;

    private final BlockedApprovalRetry retry;

    public NominationEventsConsumer(BlockedApprovalRetry retry) {
        this.retry = retry;
    }

    @Incoming("nomination-events")
    @Blocking
    public void receive(ConsumerRecords<String, String> records) {
        consumeAll(records);
    }

    @Override
    public void handle(IncomingEvent event) {
        if (!EventTypes.NOMINATION_TITLE_CORRECTED.equals(event.type())) {
            return;
        }
        NominationTitleCorrected correction = event.payloadAs(NominationTitleCorrected.class);
        if (correction.nominationId() == null
                || correction.proposedAward() == null
                || correction.proposedAward().isBlank()
                || correction.proposedAward().length() > AWARD_CODE_MAX_LENGTH) {
            throw new PoisonMessageException(event + " lacks the nomination id or a corrected award code");
        }
        retry.retry(correction);
    }
}
