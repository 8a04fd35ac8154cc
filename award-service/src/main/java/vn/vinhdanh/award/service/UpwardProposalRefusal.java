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

/**
 * The higher level refused an upward proposal (wrong target, below the standard, an incomplete dossier: domain brief
 * §6). Kept here and in the audit trail only: no event of the contracts fits ({@code award.blocked.v1} names causes
 * of the province's own), so the nomination's timeline does not hear it yet (README, Events).
 */
@ApplicationScoped
public class UpwardProposalRefusal {

    private final HigherAuthorities higher;
    private final Caller caller;
    private final AuditTrail audit;
    private final Clock clock;

    public UpwardProposalRefusal(HigherAuthorities higher, Caller caller, AuditTrail audit, Clock clock) {
        this.higher = higher;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UpwardProposal refuse(UUID nominationId, RecordHigherRefusal command) {
        // the state-level forms proposed upward are all the President's (V17) unless the refusal names another
        Authority authority = command.issuer() == null ? Authority.PRESIDENT : higher.named(command.issuer());
        UpwardProposal proposal = UpwardProposalQueries.lock(nominationId);
        LocalDate today = LocalDate.now(clock);
        LocalDate refusedOn = command.refusedOn() == null ? today : command.refusedOn();
        higher.checkAnswerable(proposal, refusedOn, "refusedOn", today);
        proposal.status = UpwardProposalStatus.REFUSED;
        proposal.refusalReason = command.reason().strip();
        proposal.issuer = authority.nameVi();
        proposal.answeredOn = refusedOn;
        proposal.answeredAt = Instant.now(clock);
        proposal.answeredBy = caller.label();
        audit.record(
                "upward-proposal.refuse",
                "upward-proposal",
                proposal.nominationId,
                proposal.awardCode + " refused by " + authority.nameVi() + " on " + refusedOn + ": "
                        + proposal.refusalReason);
        return proposal;
    }
}
