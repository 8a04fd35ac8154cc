package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;
import vn.vinhdanh.award.domain.AwardType;
import vn.vinhdanh.award.domain.BlockedApproval;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.NominationTitleCorrected;
import vn.vinhdanh.events.ReviewDecided;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.outbox.Outbox;

/**
 * The agency corrected the title of an approval that was blocked: the kept approval is drafted again under the new
 * title. Either the draft award is there at last ({@code award.unblocked.v1}), or the new title is a form decided
 * above the province and the approval is proposed upward ({@code award.upward-proposal.v1}), or the new title does
 * not fit either and the approval is blocked again with the new reason ({@code award.blocked.v1} once more). The
 * drafting again itself ({@link #redraft}) is also what the board's retry ({@link BlockedApprovalBoardRetry}) does.
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

    @Transactional(Transactional.TxType.MANDATORY)
    public void retry(NominationTitleCorrected correction) {
        // the row lock puts a correction and a redelivered approval of the same nomination one after the other
        BlockedApproval blocked = BlockedApproval.findById(correction.nominationId(), LockModeType.PESSIMISTIC_WRITE);
        if (blocked == null || blocked.resolved()) {
            LOG.infof(
                    "Title correction of nomination %s (%s → %s) changes nothing: %s",
                    correction.nominationId(),
                    correction.previousAward(),
                    correction.proposedAward(),
                    blocked == null ? "no approval of it is blocked" : "its award was drafted already");
            return;
        }
        // the kept approval stays as the council decided it; only this attempt takes the corrected title
        ReviewDecided corrected =
                AwardMapping.withProposedAward(approvals.read(blocked.approval), correction.proposedAward());
        Outcome outcome = redraft(blocked, corrected);
        if (outcome == Outcome.UNCHANGED) {
            // nomination-service cleared its block on the correction and waits for an answer: the standing block is
            // said again, or the agency could never correct the title once more
            announceBlock(blocked);
        }
    }

    /** What drafting a kept approval again came to. */
    enum Outcome {
        /** The draft award is there at last; {@code award.unblocked.v1} is sent. */
        UNBLOCKED,
        /**
         * The title is a form decided above the province: no draft, an upward proposal instead, announced as such
         * ({@code award.upward-proposal.v1}, which also tells nomination-service that nothing is blocked any more).
         */
        PROPOSED_UPWARD,
        /** Blocked still, for another reason (or under another title); {@code award.blocked.v1} says the new one. */
        BLOCKED_ANEW,
        /** Blocked for the very reason it was; nothing is changed and nothing is sent. */
        UNCHANGED
    }

    /**
     * Drafts the kept approval again as {@code approval} has it (the title correction's title, or the title of the
     * last attempt for the board's retry), in the caller's transaction, which must hold the row's lock. A block that
     * stays as it was is not announced again: its consumers heard it already.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Outcome redraft(BlockedApproval blocked, ReviewDecided approval) {
        Instant now = Instant.now(clock);
        AwardType above = AwardDrafting.decidedAbove(approval);
        if (above != null) {
            // corrected to a form the province only proposes: drafting it would have the province decide it
            drafting.proposeUpward(approval, above);
            blocked.proposedUpward(above.code, now);
            LOG.infof(
                    "Nomination %s is no longer blocked: %s is proposed upward, to %s",
                    blocked.nominationId, above.code, above.decidedAbove);
            return Outcome.PROPOSED_UPWARD;
        }
        AwardDrafting.Attempt attempt = drafting.attempt(approval);
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
            return Outcome.UNBLOCKED;
        }
        if (blocked.isBlockedBy(attempt.block())) {
            LOG.infof(
                    "Nomination %s is still blocked, for the same reason: %s",
                    blocked.nominationId, attempt.block().reason());
            return Outcome.UNCHANGED;
        }
        blocked.blockedBy(attempt.block(), now);
        announceBlock(blocked);
        LOG.warnf(
                "Nomination %s is blocked again: %s",
                blocked.nominationId, attempt.block().reason());
        return Outcome.BLOCKED_ANEW;
    }

    private void announceBlock(BlockedApproval blocked) {
        outbox.publish(
                Topics.AWARD_EVENTS, EventTypes.AWARD_BLOCKED, blocked.nominationId, AwardMapping.blocked(blocked));
    }
}
