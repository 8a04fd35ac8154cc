package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.award.domain.Authority;
import vn.vinhdanh.award.domain.UpwardProposal;
import vn.vinhdanh.award.domain.UpwardProposalStatus;
import vn.vinhdanh.events.UpwardProposalStage;

/**
 * The higher level refused an upward proposal (wrong target, below the standard, an incomplete dossier: domain brief
 * §6), announced ({@code award.upward-proposal.v1}, refused, with the reason and the date) for the nominating agency's
 * timeline. The refusal is the proposal's higher authority's: another named is refused (422).
 */
@ApplicationScoped
public class UpwardProposalRefusal {

    private final HigherAuthorities higher;
    private final UpwardProposalAnnouncement announcement;
    private final Caller caller;
    private final AuditTrail audit;
    private final Clock clock;

    public UpwardProposalRefusal(
            HigherAuthorities higher,
            UpwardProposalAnnouncement announcement,
            Caller caller,
            AuditTrail audit,
            Clock clock) {
        this.higher = higher;
        this.announcement = announcement;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UpwardProposal refuse(UUID nominationId, RecordHigherRefusal command) {
        Authority named = command.issuer() == null ? null : higher.named(command.issuer());
        UpwardProposal proposal = UpwardProposalQueries.lock(nominationId);
        // unnamed, the refusal is of the authority the proposal went to
        Authority authority = named == null ? proposal.higherAuthority : named;
        LocalDate today = LocalDate.now(clock);
        LocalDate refusedOn = command.refusedOn() == null ? today : command.refusedOn();
        higher.checkAnswerable(proposal, refusedOn, "refusedOn", today);
        higher.checkMayGrant(authority, proposal, refusedOn);
        proposal.status = UpwardProposalStatus.REFUSED;
        proposal.refusalReason = command.reason().strip();
        proposal.issuer = authority.nameVi();
        proposal.answeredOn = refusedOn;
        proposal.answeredAt = Instant.now(clock);
        proposal.answeredBy = caller.label();
        announcement.announce(proposal, UpwardProposalStage.REFUSED, proposal.answeredAt);
        audit.record(
                "upward-proposal.refuse",
                "upward-proposal",
                proposal.nominationId,
                proposal.awardCode + " refused by " + authority.nameVi() + " on " + refusedOn + ": "
                        + proposal.refusalReason);
        return proposal;
    }
}
