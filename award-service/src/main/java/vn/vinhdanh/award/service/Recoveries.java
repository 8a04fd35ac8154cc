package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.AwardStatus;
import vn.vinhdanh.award.domain.Ceremony;
import vn.vinhdanh.award.domain.Repayment;
import vn.vinhdanh.problem.ProblemException;

/** Recovery of revoked awards: repayments recorded against the amount to recover, until nothing is outstanding. */
@ApplicationScoped
public class Recoveries {

    private final Caller caller;
    private final AuditTrail audit;

    public Recoveries(Caller caller, AuditTrail audit) {
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public Award repay(UUID awardId, long amountVnd, LocalDate paidOn, String reference) {
        Award award = Award.<Award>findByIdOptional(awardId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("award", awardId));
        if (award.status != AwardStatus.REVOKED) {
            throw ProblemException.conflict("award-not-revoked", "award " + awardId + " is " + award.status
                    + "; repayments are recorded against revoked awards only");
        }
        if (paidOn.isAfter(LocalDate.now(Ceremony.VIETNAM))) {
            throw ProblemException.invalidField("paidOn", paidOn + " is in the future");
        }
        long outstanding = award.outstandingVnd();
        if (outstanding == 0) {
            throw ProblemException.conflict("fully-recovered", "the " + award.recoveryAmountVnd
                    + " VND of award " + awardId + " are already recovered");
        }
        if (amountVnd > outstanding) {
            throw ProblemException.unprocessable("repayment-exceeds-outstanding", amountVnd + " VND is more than the "
                    + outstanding + " VND still to recover (of " + award.recoveryAmountVnd + " VND)");
        }
        Repayment repayment = new Repayment();
        repayment.id = UUID.randomUUID();
        repayment.awardId = award.id;
        repayment.amountVnd = amountVnd;
        repayment.paidOn = paidOn;
        repayment.reference = reference;
        repayment.recordedAt = Instant.now();
        repayment.recordedBy = caller.label();
        repayment.persist();
        award.recoveredVnd += amountVnd;
        audit.record("award.repayment", "award", award.id, amountVnd + " VND paid on " + paidOn
                + (reference == null ? "" : " (" + reference + ")") + "; " + award.outstandingVnd()
                + " VND outstanding");
        return award;
    }

    public List<Repayment> repayments(UUID awardId) {
        return Repayment.list("awardId = ?1 order by paidOn, recordedAt, id", awardId);
    }

    /** Revoked awards, newest revocation first; with {@code outstandingOnly}, those still owing. */
    public List<Award> revoked(boolean outstandingOnly, int page, int size) {
        // the status as a literal, so that the partial indexes of revoked awards apply
        String query = "status = vn.vinhdanh.award.domain.AwardStatus.REVOKED"
                + (outstandingOnly ? " and recoveredVnd < recoveryAmountVnd" : "") + " order by revokedAt desc, id";
        return Award.<Award>find(query).page(page, size).list();
    }
}
