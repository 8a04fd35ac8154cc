package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import vn.vinhdanh.award.domain.AwardType;
import vn.vinhdanh.award.domain.UpwardProposal;
import vn.vinhdanh.events.AwardUpwardProposal;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.events.UpwardProposalStage;
import vn.vinhdanh.messaging.outbox.Outbox;

/**
 * Each stage of an upward proposal the nominating agency should hear of ({@code award.upward-proposal.v1}, keyed by
 * the nomination, through the outbox in the caller's transaction): proposed, submitted, refused. The higher decision
 * is announced as {@code award.granted.v1} instead, as any grant.
 */
@ApplicationScoped
public class UpwardProposalAnnouncement {

    private final Outbox outbox;

    public UpwardProposalAnnouncement(Outbox outbox) {
        this.outbox = outbox;
    }

    /** @param at when the stage was recorded here */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(UpwardProposal proposal, UpwardProposalStage stage, Instant at) {
        AwardType type = AwardType.findById(proposal.awardCode);
        boolean submitted = stage != UpwardProposalStage.PROPOSED;
        boolean refused = stage == UpwardProposalStage.REFUSED;
        outbox.publish(
                Topics.AWARD_EVENTS,
                EventTypes.AWARD_UPWARD_PROPOSAL,
                proposal.nominationId,
                new AwardUpwardProposal(
                        proposal.nominationId,
                        proposal.caseId,
                        proposal.awardCode,
                        type.nameVi,
                        proposal.nomineeKind,
                        stage,
                        proposal.higherAuthority.nameVi(),
                        submitted ? proposal.submissionNumber : null,
                        submitted ? proposal.submittedOn : null,
                        refused ? proposal.refusalReason : null,
                        refused ? proposal.answeredOn : null,
                        at));
    }
}
