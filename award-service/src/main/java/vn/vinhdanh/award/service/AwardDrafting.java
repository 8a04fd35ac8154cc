package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.AwardType;
import vn.vinhdanh.award.domain.BlockedApproval;
import vn.vinhdanh.award.domain.DraftBlock;
import vn.vinhdanh.award.domain.RewardCalculator;
import vn.vinhdanh.award.domain.RewardQuote;
import vn.vinhdanh.award.domain.UpwardProposal;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.NominationSubmitted;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.ReviewDecided;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.events.UpwardProposalStage;
import vn.vinhdanh.messaging.outbox.Outbox;

/**
 * A council approval drafts the proposed award, at most one per nomination. An approval whose title cannot be drafted
 * is not lost in the dead letters: it is kept as a {@link BlockedApproval} and announced ({@code award.blocked.v1}),
 * for the nominating agency to correct the title ({@link BlockedApprovalRetry}), or for the board to retry it once the
 * cause on its side is fixed ({@link BlockedApprovalBoardRetry}). An approval of a form decided above the province
 * (a Huân chương, the Prime Minister's Bằng khen) is neither: it becomes an {@link UpwardProposal}, announced
 * ({@code award.upward-proposal.v1}), which the higher level's decision grants ({@link UpwardProposalDecision}).
 */
@ApplicationScoped
public class AwardDrafting {

    private static final Logger LOG = Logger.getLogger(AwardDrafting.class);

    private final RewardPricing pricing;
    private final Outbox outbox;
    private final StoredApprovals approvals;
    private final UpwardProposalAnnouncement announcement;
    private final Clock clock;

    public AwardDrafting(
            RewardPricing pricing,
            Outbox outbox,
            StoredApprovals approvals,
            UpwardProposalAnnouncement announcement,
            Clock clock) {
        this.pricing = pricing;
        this.outbox = outbox;
        this.approvals = approvals;
        this.announcement = announcement;
        this.clock = clock;
    }

    /**
     * An approval drafts the proposed award, priced by the law in force on the council's decision date so the
     * officer sees what it will cost. Nothing is announced: an award is granted only by a signed decision. One that
     * cannot be drafted is blocked and announced, one proposed upward is announced, in this transaction.
     *
     * @return the draft, or null when the approval drafted nothing (already drafted, already blocked or proposed
     *     upward, or blocked or proposed upward now)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Award draft(ReviewDecided approval) {
        if (Award.count("nominationId", approval.nominationId()) > 0) {
            LOG.infof(
                    "Nomination %s already has an award; approval %s changes nothing",
                    approval.nominationId(), approval.caseId());
            return null;
        }
        BlockedApproval blocked = BlockedApproval.findById(approval.nominationId());
        if (blocked != null) {
            // the same approval redelivered (or the case decided again): the block stands until a title correction
            // or the board's retry, and it was announced once already
            LOG.infof(
                    "The approval of nomination %s is already blocked (%s); approval %s changes nothing",
                    approval.nominationId(), blocked.cause, approval.caseId());
            return null;
        }
        if (UpwardProposal.findById(approval.nominationId()) != null) {
            // redelivered, or the case decided again: the province proposed it once, and awaits the higher level
            LOG.infof(
                    "Nomination %s is already proposed upward; approval %s changes nothing",
                    approval.nominationId(), approval.caseId());
            return null;
        }
        if (proposedUpward(approval)) {
            return null;
        }
        Attempt attempt = attempt(approval);
        if (attempt.drafted()) {
            return attempt.award();
        }
        blocked = BlockedApproval.of(approval, approvals.write(approval), attempt.block(), Instant.now(clock));
        blocked.persist();
        outbox.publish(
                Topics.AWARD_EVENTS, EventTypes.AWARD_BLOCKED, blocked.nominationId, AwardMapping.blocked(blocked));
        LOG.warnf(
                "Approval %s of nomination %s is blocked: %s",
                approval.caseId(), approval.nominationId(), attempt.block().reason());
        return null;
    }

    /**
     * An approval of a state-level form that fits the nominee is kept as an upward proposal, priced only when the
     * higher level decides (by the rules of its decision's date), and announced ({@code award.upward-proposal.v1},
     * proposed). A title that does not fit the nominee is blocked as any other.
     */
    private boolean proposedUpward(ReviewDecided approval) {
        AwardType type = decidedAbove(approval);
        if (type == null) {
            return false;
        }
        proposeUpward(approval, type);
        return true;
    }

    /**
     * The type of the approval's title when it is a form decided above the province that fits the nominee: an
     * approval of it is proposed upward, never drafted; null for any other title.
     */
    static AwardType decidedAbove(ReviewDecided approval) {
        AwardType type = AwardType.findById(approval.nomination().proposedAward());
        return type == null
                        || type.decidedAbove == null
                        || !type.accepts(approval.nomination().nominee().kind())
                ? null
                : type;
    }

    /** Keeps {@code approval} as an upward proposal of {@code type} and announces it, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    UpwardProposal proposeUpward(ReviewDecided approval, AwardType type) {
        Instant now = Instant.now(clock);
        UpwardProposal proposal = UpwardProposal.of(approval, approvals.write(approval), type, now);
        proposal.persist();
        announcement.announce(proposal, UpwardProposalStage.PROPOSED, now);
        LOG.infof(
                "Approval %s of nomination %s is proposed upward: %s is decided by %s",
                approval.caseId(), approval.nominationId(), type.code, type.decidedAbove);
        return proposal;
    }

    /**
     * Drafts and persists the award of the approval as it stands, or says why it cannot: a title the catalogue does
     * not know, a title not given to this kind of nominee, or no rule that prices it on the council's decision date.
     */
    Attempt attempt(ReviewDecided approval) {
        NominationSubmitted nomination = approval.nomination();
        String awardCode = nomination.proposedAward();
        NomineeKind kind = nomination.nominee().kind();
        AwardType type = AwardType.findById(awardCode);
        if (type == null) {
            return Attempt.blockedBy(DraftBlock.unknownTitle(awardCode, kind));
        }
        // checked here rather than left to the pricing, so that the board is told the title does not fit the nominee,
        // not that a rule is missing
        if (!type.accepts(kind)) {
            return Attempt.blockedBy(DraftBlock.wrongRecipientKind(type, kind));
        }
        RewardQuote quote;
        try {
            quote = pricing.pricing(List.of(type.code)).quote(type.code, kind, approval.decisionDate());
        } catch (RewardCalculator.RewardRuleException e) {
            return Attempt.blockedBy(DraftBlock.noRewardRule(type, kind, approval.decisionDate(), e));
        }
        Award award = AwardMapping.draft(approval, type);
        award.price(quote);
        award.persist();
        return new Attempt(award, null);
    }

    /** What drafting an approval came to: the draft award, or the block; exactly one of them. */
    record Attempt(Award award, DraftBlock block) {

        static Attempt blockedBy(DraftBlock block) {
            return new Attempt(null, block);
        }

        boolean drafted() {
            return award != null;
        }
    }
}
