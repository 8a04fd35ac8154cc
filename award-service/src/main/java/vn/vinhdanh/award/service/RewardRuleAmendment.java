package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.award.domain.AwardType;
import vn.vinhdanh.award.domain.BaseSalary;
import vn.vinhdanh.award.domain.RewardMultiplier;
import vn.vinhdanh.problem.ProblemException;

/**
 * Officers record a new decree's multiplier or a new base salary without a redeploy, and correct a figure no source
 * had confirmed. Rules only ever grow forward in time, so the rules of a past date never change and stored amounts
 * stay explainable.
 */
@ApplicationScoped
public class RewardRuleAmendment {

    private final AuditTrail audit;
    private final EntityManager entityManager;

    public RewardRuleAmendment(AuditTrail audit, EntityManager entityManager) {
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /**
     * Records the base salary of a new decree. It must start after the latest one: inserting one before it would
     * rewrite the rules of dates already priced.
     */
    @Transactional
    public BaseSalary addBaseSalary(AddBaseSalary command) {
        LocalDate effectiveFrom = command.effectiveFrom();
        String legalBasis = command.legalBasis().strip();
        // one writer at a time, so two officers cannot both pass the "after the latest" check
        entityManager
                .createNativeQuery("select pg_advisory_xact_lock(hashtext('award-service:base_salary'))")
                .getSingleResult();
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
        BaseSalary salary = new BaseSalary();
        salary.effectiveFrom = effectiveFrom;
        salary.amountVnd = command.amountVnd();
        salary.legalBasis = legalBasis;
        salary.persist();
        audit.record(
                "base-salary.add",
                "base-salary",
                effectiveFrom,
                command.amountVnd() + " VND from " + effectiveFrom + " (" + legalBasis + ")");
        return salary;
    }

    /**
     * Records a new decree's multiplier for an award type. The open period closes the day before; a period may not
     * start on or before the latest one's start, nor inside a closed period.
     */
    @Transactional
    public RewardMultiplier addMultiplier(String awardCode, AddMultiplier command) {
        String legalBasis = command.legalBasis().strip();
        LocalDate validFrom = command.validFrom();
        AwardType type = lockType(awardCode);
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
            if (latest.validTo == null) {
                latest.validTo = validFrom.minusDays(1);
            }
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
                                : ""));
        return rule;
    }

    /**
     * Corrects the figure of a period that no source had confirmed ({@code verified = false}), e.g. once the official
     * text of NĐ 98/2023 is read. The row becomes verified; a verified row is never corrected (409 rule-verified).
     * Awards already granted keep the figures stored with them; drafts get the corrected figure when signed.
     */
    @Transactional
    public RewardMultiplier correctMultiplier(String awardCode, LocalDate validFrom, CorrectMultiplier command) {
        BigDecimal multiplier = command.multiplier();
        String reason = command.reason().strip();
        AwardType type = lockType(awardCode);
        RewardMultiplier rule = RewardMultiplier.<RewardMultiplier>find(
                        "awardCode = ?1 and validFrom = ?2", type.code, validFrom)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(
                        "multiplier period of " + type.code + " starting",
                        "giai đoạn áp dụng hệ số của " + type.code + " bắt đầu từ ngày",
                        validFrom));
        if (rule.verified) {
            throw ProblemException.conflict(
                    "rule-verified",
                    "the multiplier " + rule.multiplier.toPlainString()
                            + " of " + type.code + " under " + rule.legalBasis
                            + " is verified and is never corrected; a new"
                            + " decree is a new period (POST /api/v1/award-types/" + type.code + "/multipliers)",
                    "Hệ số " + rule.multiplier.toPlainString() + " của " + type.code + " theo " + rule.legalBasis
                            + " đã được đối chiếu và không được sửa; nghị định mới được nhập thành một giai đoạn"
                            + " áp dụng mới.");
        }
        BigDecimal before = rule.multiplier;
        rule.multiplier = multiplier;
        rule.verified = true;
        rule.source = RewardMultiplier.source("corrected through the API: " + reason);
        audit.record(
                "multiplier.correct",
                "award-type",
                type.code,
                rule.legalBasis + " from " + rule.validFrom
                        + ": " + before.stripTrailingZeros().toPlainString() + " (unverified) -> "
                        + multiplier.stripTrailingZeros().toPlainString()
                        + " (verified); " + reason);
        return rule;
    }

    /** The type's row lock serialises changes to its periods. */
    private static AwardType lockType(String awardCode) {
        return AwardType.<AwardType>findByIdOptional(awardCode, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("award type", "hình thức khen thưởng", awardCode));
    }
}
