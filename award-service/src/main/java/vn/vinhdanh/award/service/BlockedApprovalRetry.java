package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.BlockedApproval;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.NominationTitleCorrected;
import vn.vinhdanh.events.ReviewDecided;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.outbox.Outbox;

/**
 * The agency corrected the title of an approval that was blocked: the kept approval is drafted again under the new
 * title. Either the draft award is there at last ({@code award.unblocked.v1}), or the new title does not fit either
 * and the approval is blocked again with the new reason ({@code award.blocked.v1} once more).
 */
@ApplicationScoped
public class BlockedApprovalRetry {

    private static final Logger LOG = Logger.getLogger(BlockedApprovalRetry.class);

    private final AwardDrafting drafting;
    private final StoredApprovals approvals;
    private final Outbox outbox;
    private final Clock clock;

    public BlockedApprovalRetry(AwardDrafting drafting, StoredApprovals approvals, Outbox outbox, Clock clock) {
        this.drafting = drafting;
        this.approvals = approvals;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return the draft award the corrected title made, or null when it made none */
    @Transactional(Transactional.TxType.MANDATORY)
    public Award retry(NominationTitleCorrected correction) {
        // the row lock puts a correction and a redelivered approval of the same nomination one after the other
        BlockedApproval blocked = BlockedApproval.findById(correction.nominationId(), LockModeType.PESSIMISTIC_WRITE);
        if (blocked == null || blocked.resolved()) {
            LOG.infof(
                    "Title correction of nomination %s (%s → %s) changes nothing: %s",
                    correction.nominationId(),
                    correction.previousAward(),
                    correction.proposedAward(),
                    blocked == null ? "no approval of it is blocked" : "its award was drafted already");
            return null;
        }
        // the kept approval stays as the council decided it; only this attempt takes the corrected title
        ReviewDecided corrected =
                AwardMapping.withProposedAward(approvals.read(blocked.approval), correction.proposedAward());
        AwardDrafting.Attempt attempt = drafting.attempt(corrected);
        Instant now = Instant.now(clock);
        if (attempt.drafted()) {
            blocked.unblocked(attempt.award(), now);
            outbox.publish(
                    Topics.AWARD_EVENTS,
                    EventTypes.AWARD_UNBLOCKED,
                    blocked.nominationId,
                    AwardMapping.unblocked(blocked, attempt.award()));
            LOG.infof(
                    "Nomination %s is unblocked: %s drafted as award %s",
                    blocked.nominationId, blocked.awardCode, blocked.awardId);
            return attempt.award();
        }
        blocked.blockedBy(attempt.block(), now);
        outbox.publish(
                Topics.AWARD_EVENTS, EventTypes.AWARD_BLOCKED, blocked.nominationId, AwardMapping.blocked(blocked));
        LOG.warnf(
                "Nomination %s is blocked again after its title correction: %s",
                blocked.nominationId, attempt.block().reason());
        return null;
    }
}
