package vn.vinhdanh.nomination.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.vinhdanh.events.AwardBlocked;
import vn.vinhdanh.events.AwardGranted;
import vn.vinhdanh.events.AwardRevoked;
import vn.vinhdanh.events.AwardUnblocked;
import vn.vinhdanh.events.AwardUpwardProposal;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.messaging.inbox.IncomingEvent;
import vn.vinhdanh.messaging.inbox.PoisonMessageException;
import vn.vinhdanh.messaging.inbox.TopicConsumer;
import vn.vinhdanh.nomination.domain.NominationStatus;
import vn.vinhdanh.nomination.domain.TimelineEvent;
import vn.vinhdanh.nomination.service.NominationProgress;

/**
 * The award board on the timeline: a signed decision (AWARDED, with the award and the decision's number), an award
 * that cannot be drafted under the proposed title and, after the agency's correction, is drafted after all, a form
 * decided above the province proposed upward, submitted and refused (the higher decision is an AWARDED), and an award
 * revoked.
 */
@ApplicationScoped
public class AwardEventsConsumer extends TopicConsumer {

    private final NominationProgress timeline;

    public AwardEventsConsumer(NominationProgress timeline) {
        this.timeline = timeline;
    }

    @Incoming("award-events")
    @Blocking
    public void receive(ConsumerRecords<String, String> records) {
        consumeAll(records);
    }

    @Override
    public void handle(IncomingEvent event) {
        switch (event.type()) {
            case EventTypes.AWARD_GRANTED -> {
                AwardGranted granted = event.payloadAs(AwardGranted.class);
                timeline.record(
                        granted.nominationId(),
                        NominationStatus.AWARDED,
                        granted.grantedAt(),
                        "award-service",
                        granted.awardName() + ", " + granted.decisionNumber(),
                        event.id());
            }
            case EventTypes.AWARD_BLOCKED -> {
                AwardBlocked blocked = event.payloadAs(AwardBlocked.class);
                timeline.awardBlocked(
                        blocked.nominationId(),
                        blocked.cause(),
                        // the agency reads it; the English reason is for award-service's own logs and officers
                        blocked.reasonVi() != null ? blocked.reasonVi() : blocked.reason(),
                        blocked.blockedAt(),
                        event.id());
            }
            case EventTypes.AWARD_UNBLOCKED -> {
                AwardUnblocked unblocked = event.payloadAs(AwardUnblocked.class);
                timeline.awardUnblocked(
                        unblocked.nominationId(), unblocked.awardName(), unblocked.unblockedAt(), event.id());
            }
            case EventTypes.AWARD_UPWARD_PROPOSAL -> {
                AwardUpwardProposal proposal = event.payloadAs(AwardUpwardProposal.class);
                if (proposal.stage() == null) {
                    throw new PoisonMessageException(event + " names no stage of the upward proposal");
                }
                timeline.upwardProposal(proposal, event.id());
            }
            case EventTypes.AWARD_REVOKED -> {
                AwardRevoked revoked = event.payloadAs(AwardRevoked.class);
                timeline.record(
                        revoked.nominationId(),
                        TimelineEvent.AWARD_REVOKED,
                        revoked.revokedAt(),
                        revoked.revokedBy() != null ? revoked.revokedBy() : "award-service",
                        revoked.awardName() + ", " + revoked.decisionNumber()
                                + (revoked.reason() == null ? "" : ": " + revoked.reason()),
                        event.id());
            }
            default -> {
                // other award events do not reach the timeline
            }
        }
    }
}
