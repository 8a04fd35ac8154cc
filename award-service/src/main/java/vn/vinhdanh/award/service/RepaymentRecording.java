package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.AwardStatus;
import vn.vinhdanh.award.domain.Repayment;
import vn.vinhdanh.problem.ProblemException;

/** An officer records money paid back on a revoked award, against the amount to recover, until nothing is owed. */
@ApplicationScoped
public class RepaymentRecording {

    private final Caller caller;
    private final AuditTrail audit;
    private final Clock clock;

    public RepaymentRecording(Caller caller, AuditTrail audit, Clock clock) {
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Award repay(UUID awardId, RecordRepayment command) {
        long amountVnd = command.amountVnd();
        LocalDate paidOn = command.paidOn();
        String reference = command.reference() == null || command.reference().isBlank()
                ? null
                : command.reference().strip();
        Award award = Award.<Award>findByIdOptional(awardId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("award", "khen thưởng", awardId));
        if (award.status != AwardStatus.REVOKED) {
            throw ProblemException.conflict(
                    "award-not-revoked",
                    "award " + awardId + " is " + award.status
                            + "; repayments are recorded against revoked awards only",
                    "Khen thưởng " + awardId + " " + AwardStatusInVietnamese.of(award.status)
                            + "; chỉ ghi khoản nộp lại tiền thưởng đối với khen thưởng đã thu hồi.");
        }
        if (paidOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField(
                    "paidOn", paidOn + " is in the future", "Ngày nộp " + paidOn + " là ngày trong tương lai.");
        }
        long outstanding = award.outstandingVnd();
        if (outstanding == 0) {
            throw ProblemException.conflict(
                    "fully-recovered",
                    "the " + award.recoveryAmountVnd + " VND of award " + awardId + " are already recovered",
                    "Tiền thưởng " + award.recoveryAmountVnd + " đồng của khen thưởng " + awardId
                            + " đã được thu hồi đủ.");
        }
        if (amountVnd > outstanding) {
            throw ProblemException.unprocessable(
                    "repayment-exceeds-outstanding",
                    amountVnd + " VND is more than the " + outstanding + " VND still to recover (of "
                            + award.recoveryAmountVnd + " VND)",
                    "Số tiền " + amountVnd + " đồng vượt số tiền thưởng còn phải thu hồi là " + outstanding
                            + " đồng (trên tổng số " + award.recoveryAmountVnd + " đồng).");
        }
        Repayment repayment = new Repayment();
        repayment.id = UUID.randomUUID();
        repayment.awardId = award.id;
        repayment.amountVnd = amountVnd;
        repayment.paidOn = paidOn;
        repayment.reference = reference;
        repayment.recordedAt = Instant.now(clock);
        repayment.recordedBy = caller.label();
        repayment.persist();
        award.recoveredVnd += amountVnd;
        audit.record(
                "award.repayment",
                "award",
                award.id,
                amountVnd + " VND paid on " + paidOn
                        + (reference == null ? "" : " (" + reference + ")") + "; " + award.outstandingVnd()
                        + " VND outstanding");
        return award;
    }
}
