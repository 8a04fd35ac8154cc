package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.award.domain.AwardType;
import vn.vinhdanh.award.domain.BaseSalary;
import vn.vinhdanh.award.domain.RewardMultiplier;
import vn.vinhdanh.problem.ProblemException;

/**
 * Corrects a base salary or a multiplier recorded wrongly, with a reason. Each correction counts one more revision on
 * the row, and the audit trail keeps the values it replaced, the reason and any confirmation. Awards already signed
 * keep the figures stored with them; drafts get the corrected ones when signed.
 */
@ApplicationScoped
public class RewardRuleCorrection {

    private final AuditTrail audit;
    private final EntityManager entityManager;
    private final RulePlausibility plausibility;

    public RewardRuleCorrection(AuditTrail audit, EntityManager entityManager, RulePlausibility plausibility) {
        this.audit = audit;
        this.entityManager = entityManager;
        this.plausibility = plausibility;
    }

    /** Corrects the amount and legal basis of the base salary in force from {@code effectiveFrom}. */
    @Transactional
    public BaseSalary correctBaseSalary(LocalDate effectiveFrom, CorrectBaseSalary command) {
        String legalBasis = plausibility.legalBasis(command.legalBasis());
        String reason = command.reason().strip();
        RewardRuleAmendment.lockBaseSalaries(entityManager);
        BaseSalary salary = BaseSalary.<BaseSalary>findByIdOptional(effectiveFrom)
                .orElseThrow(
                        () -> ProblemException.notFound("base salary from", "mức lương cơ sở từ ngày", effectiveFrom));
        BaseSalary before = BaseSalary.<BaseSalary>find("effectiveFrom < ?1 order by effectiveFrom desc", effectiveFrom)
                .firstResult();
        String confirmed = plausibility.baseSalary(command.amountVnd(), before, command.confirm());
        // the audit trail keeps the old values: the row itself only counts its revisions
        String was = salary.amountVnd + " VND (" + salary.legalBasis + ")";
        salary.amountVnd = command.amountVnd();
        salary.legalBasis = legalBasis;
        salary.revision++;
        audit.record(
                "base-salary.correct",
                "base-salary",
                effectiveFrom,
                "from " + effectiveFrom + ": " + was + " -> " + salary.amountVnd + " VND (" + legalBasis
                        + "), revision " + (salary.revision - 1) + " -> " + salary.revision + "; " + reason
                        + confirmed);
        return salary;
    }

    /**
     * Corrects the figure (and the legal basis, when given) of a multiplier period. An unverified period becomes
     * verified once the official text is read. A verified one is corrected only with {@code confirm}: it was read
     * from a source, so changing it is a deliberate act (409 rule-verified otherwise).
     */
    @Transactional
    public RewardMultiplier correctMultiplier(String awardCode, LocalDate validFrom, CorrectMultiplier command) {
        BigDecimal multiplier = command.multiplier();
        String reason = command.reason().strip();
        AwardType type = RewardRuleAmendment.lockType(awardCode);
        String legalBasis = command.legalBasis() == null ? null : plausibility.legalBasis(command.legalBasis());
        RewardMultiplier rule = RewardMultiplier.<RewardMultiplier>find(
                        "awardCode = ?1 and validFrom = ?2", type.code, validFrom)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(
                        "multiplier period of " + type.code + " starting",
                        "giai đoạn áp dụng hệ số của " + type.code + " bắt đầu từ ngày",
                        validFrom));
        if (rule.verified && !command.confirm()) {
            throw ProblemException.conflict(
                    "rule-verified",
                    "the multiplier " + rule.multiplier.toPlainString()
                            + " of " + type.code + " under " + rule.legalBasis
                            + " is verified; correcting it needs confirm: true with the reason, and a new"
                            + " decree is a new period (POST /api/v1/award-types/" + type.code + "/multipliers)",
                    "Hệ số " + rule.multiplier.toPlainString() + " của " + type.code + " theo " + rule.legalBasis
                            + " đã được đối chiếu; chỉ sửa khi xác nhận (confirm: true) kèm lý do; nghị định mới"
                            + " được nhập thành một giai đoạn áp dụng mới.");
        }
        RewardMultiplier before = RewardMultiplier.<RewardMultiplier>find(
                        "awardCode = ?1 and validFrom < ?2 order by validFrom desc", type.code, validFrom)
                .firstResult();
        String confirmed = plausibility.multiplier(type.code, multiplier, before, command.confirm());
        // the audit trail keeps the old values: the row itself only counts its revisions
        String was = rule.legalBasis + " from " + rule.validFrom + ": " + figure(rule.multiplier)
                + (rule.verified ? " (verified)" : " (unverified)");
        String basisChange = legalBasis == null || legalBasis.equals(rule.legalBasis)
                ? ""
                : "; legal basis " + rule.legalBasis + " -> " + legalBasis;
        // the source is replaced by the reason: the one it had stays in the audit trail
        String wasSource = rule.source == null ? "" : "; source was: " + rule.source;
        rule.multiplier = multiplier;
        if (legalBasis != null) {
            rule.legalBasis = legalBasis;
        }
        rule.verified = true;
        rule.source = RewardMultiplier.source("corrected through the API: " + reason);
        rule.revision++;
        audit.record(
                "multiplier.correct",
                "award-type",
                type.code,
                was + " -> " + figure(multiplier) + " (verified)" + basisChange + ", revision " + (rule.revision - 1)
                        + " -> " + rule.revision + "; " + reason + confirmed + wasSource);
        return rule;
    }

    private static String figure(BigDecimal multiplier) {
        return multiplier.stripTrailingZeros().toPlainString();
    }
}
