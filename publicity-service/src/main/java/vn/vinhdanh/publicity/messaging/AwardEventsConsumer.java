package vn.vinhdanh.publicity.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.vinhdanh.events.AwardBlocked;
import vn.vinhdanh.events.AwardGranted;
import vn.vinhdanh.events.AwardRevoked;
import vn.vinhdanh.events.AwardUnblocked;
import vn.vinhdanh.events.AwardUpwardProposal;
import vn.vinhdanh.events.CeremonyScheduled;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.messaging.inbox.IncomingEvent;
import vn.vinhdanh.messaging.inbox.PoisonMessageException;
import vn.vinhdanh.messaging.inbox.TopicConsumer;
import vn.vinhdanh.publicity.service.AwardBlocking;
import vn.vinhdanh.publicity.service.AwardRevocation;
import vn.vinhdanh.publicity.service.CeremonyDating;
import vn.vinhdanh.publicity.service.FeatureDrafting;

/**
 * Granted awards complete the drafts, revoked ones take the story down, scheduled ceremonies date them; a blocked
 * award holds the story back until its unblock brings the corrected title, or until a corrected title decided above the
 * province is proposed upward (award.upward-proposal.v1; its other stages do not concern the press).
 */
@ApplicationScoped
public class AwardEventsConsumer extends TopicConsumer {

    private final FeatureDrafting drafting;
    private final AwardRevocation revocation;
    private final CeremonyDating ceremonies;
    private final AwardBlocking blocking;

    public AwardEventsConsumer(
            FeatureDrafting drafting, AwardRevocation revocation, CeremonyDating ceremonies, AwardBlocking blocking) {
        this.drafting = drafting;
        this.revocation = revocation;
        this.ceremonies = ceremonies;
        this.blocking = blocking;
    }

    @Incoming("award-events")
    @Blocking
    public void receive(ConsumerRecords<String, String> records) {
        consumeAll(records);
    }

    @Override
    public void handle(IncomingEvent event) {
        switch (event.type()) {
            case EventTypes.AWARD_GRANTED -> drafting.recordAward(event.payloadAs(AwardGranted.class));
            case EventTypes.AWARD_REVOKED -> revocation.onAwardRevoked(event.payloadAs(AwardRevoked.class));
            case EventTypes.CEREMONY_SCHEDULED -> {
                CeremonyScheduled scheduled = event.payloadAs(CeremonyScheduled.class);
                if (scheduled.nominationId() == null
                        || scheduled.ceremonyId() == null
                        || scheduled.occasion() == null) {
                    throw new PoisonMessageException(event + " lacks its nomination, ceremony or occasion");
                }
                ceremonies.recordCeremony(scheduled);
            }
            case EventTypes.AWARD_BLOCKED -> {
                AwardBlocked blocked = event.payloadAs(AwardBlocked.class);
                if (blocked.nominationId() == null) {
                    throw new PoisonMessageException(event + " lacks its nomination");
                }
                blocking.onBlocked(blocked);
            }
            case EventTypes.AWARD_UNBLOCKED -> {
                AwardUnblocked unblocked = event.payloadAs(AwardUnblocked.class);
                if (unblocked.nominationId() == null) {
                    throw new PoisonMessageException(event + " lacks its nomination");
                }
                blocking.onUnblocked(unblocked);
            }
            case EventTypes.AWARD_UPWARD_PROPOSAL -> {
                AwardUpwardProposal proposal = event.payloadAs(AwardUpwardProposal.class);
                if (proposal.nominationId() == null || proposal.stage() == null) {
                    throw new PoisonMessageException(event + " lacks its nomination or its stage");
                }
                blocking.onProposedUpward(proposal);
            }
            default -> {
                // other award events do not concern the press
            }
        }
    }
}
