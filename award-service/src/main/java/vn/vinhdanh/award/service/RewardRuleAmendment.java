package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.award.domain.AwardType;
import vn.vinhdanh.award.domain.BaseSalary;
import vn.vinhdanh.award.domain.RewardMultiplier;
import vn.vinhdanh.problem.ProblemException;

/**
 * Officers record a new decree's multiplier or a new base salary without a redeploy. Rules only ever grow forward in
 * time, so the rules of a past date never change and stored amounts stay explainable; a figure recorded by mistake is
 * corrected ({@link RewardRuleCorrection}) or withdrawn ({@link RewardRuleWithdrawal}). Every new rule passes
 * {@link RulePlausibility} first.
 */
@ApplicationScoped
public class RewardRuleAmendment {

    private final AuditTrail audit;
    private final EntityManager entityManager;
    private final RulePlausibility plausibility;

    public RewardRuleAmendment(AuditTrail audit, EntityManager entityManager, RulePlausibility plausibility) {
        this.audit = audit;
        this.entityManager = entityManager;
        this.plausibility = plausibility;
    }

    /**
     * Records the base salary of a new decree. It must start after the latest one: inserting one before it would
     * rewrite the rules of dates already priced.
     */
    @Transactional
    public BaseSalary addBaseSalary(AddBaseSalary command) {
        LocalDate effectiveFrom = command.effectiveFrom();
        String legalBasis = plausibility.legalBasis(command.legalBasis());
        plausibility.notFarAhead("effectiveFrom", effectiveFrom);
        lockBaseSalaries(entityManager);
        BaseSalary latest =
                BaseSalary.<BaseSalary>find("order by effectiveFrom desc").firstResult();
        if (latest != null && !effectiveFrom.isAfter(latest.effectiveFrom)) {
            throw ProblemException.conflict(
                    "rule-not-after-latest",
                    "a base salary must take effect after the"
                            + " latest one (" + latest.amountVnd + " VND from " + latest.effectiveFrom + ", "
                            + latest.legalBasis + "); " + effectiveFrom + " is not after it",
                    "Mức lương cơ sở mới phải có hiệu lực sau mức gần nhất (" + latest.amountVnd + " đồng từ ngày "
                            + latest.effectiveFrom + ", " + latest.legalBasis + "); ngày " + effectiveFrom
                            + " không sau ngày đó.");
        }
        String confirmed = plausibility.baseSalary(command.amountVnd(), latest, command.confirm());
        BaseSalary salary = new BaseSalary();
        salary.effectiveFrom = effectiveFrom;
        salary.amountVnd = command.amountVnd();
        salary.legalBasis = legalBasis;
        salary.persist();
        audit.record(
                "base-salary.add",
                "base-salary",
                effectiveFrom,
                command.amountVnd() + " VND from " + effectiveFrom + " (" + legalBasis + ")" + confirmed);
        return salary;
    }

    /**
     * Records a new decree's multiplier for an award type. The open period closes the day before; a period may not
     * start on or before the latest one's start, nor inside a closed period.
     */
    @Transactional
    public RewardMultiplier addMultiplier(String awardCode, AddMultiplier command) {
        AwardType type = lockType(awardCode);
        String legalBasis = plausibility.legalBasis(command.legalBasis());
        LocalDate validFrom = command.validFrom();
        plausibility.notFarAhead("validFrom", validFrom);
        RewardMultiplier latest = RewardMultiplier.<RewardMultiplier>find(
                        "awardCode = ?1 order by validFrom desc", type.code)
                .firstResult();
        if (latest != null) {
            if (!validFrom.isAfter(latest.validFrom)) {
                throw ProblemException.conflict(
                        "rule-not-after-latest",
                        "a multiplier for " + type.code
                                + " must start after the latest period, which starts on " + latest.validFrom + " ("
                                + latest.legalBasis + "); " + validFrom + " is not after it",
                        "Hệ số của " + type.code + " phải áp dụng sau ngày bắt đầu của giai đoạn gần nhất là "
                                + latest.validFrom + " (" + latest.legalBasis + "); ngày " + validFrom
                                + " không sau ngày đó.");
            }
            if (latest.validTo != null && !validFrom.isAfter(latest.validTo)) {
                throw ProblemException.conflict(
                        "rule-period-overlap",
                        "the period of " + latest.legalBasis
                                + " for " + type.code + " runs until " + latest.validTo + "; a new one may start on "
                                + latest.validTo.plusDays(1) + " at the earliest",
                        "Giai đoạn áp dụng theo " + latest.legalBasis + " của " + type.code + " kéo dài đến ngày "
                                + latest.validTo + "; giai đoạn mới sớm nhất bắt đầu từ ngày "
                                + latest.validTo.plusDays(1) + ".");
            }
        }
        String confirmed = plausibility.multiplier(type.code, command.multiplier(), latest, command.confirm());
        if (latest != null && latest.validTo == null) {
            latest.validTo = validFrom.minusDays(1);
        }
        RewardMultiplier rule = new RewardMultiplier();
        rule.id = UUID.randomUUID();
        rule.awardCode = type.code;
        rule.legalBasis = legalBasis;
        rule.validFrom = validFrom;
        rule.multiplier = command.multiplier();
        // an officer records the figure from the decree's official text
        rule.verified = true;
        rule.source = "recorded through the API from the text of " + legalBasis;
        rule.persist();
        audit.record(
                "multiplier.add",
                "award-type",
                type.code,
                command.multiplier().toPlainString() + " from " + validFrom + " (" + legalBasis + ")"
                        + (latest != null && latest.validTo != null && latest.validTo.equals(validFrom.minusDays(1))
                                ? "; closes " + latest.legalBasis + " on " + latest.validTo
                                : "")
                        + confirmed);
        return rule;
    }

    /** One writer of base salaries at a time, so two officers cannot both pass a check on the rows around. */
    static void lockBaseSalaries(EntityManager entityManager) {
        AdvisoryLock.hold(entityManager, "base_salary");
    }

    /** The type's row lock serialises changes to its periods. */
    static AwardType lockType(String awardCode) {
        return AwardType.<AwardType>findByIdOptional(awardCode, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("award type", "hình thức khen thưởng", awardCode));
    }
}
