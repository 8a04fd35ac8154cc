package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.award.config.AwardConfig;
import vn.vinhdanh.award.domain.AwardType;
import vn.vinhdanh.award.domain.BaseSalary;
import vn.vinhdanh.award.domain.RewardCalculator;
import vn.vinhdanh.award.domain.RewardMultiplier;
import vn.vinhdanh.award.domain.RewardQuote;
import vn.vinhdanh.award.domain.Rounding;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.problem.ProblemException;

/**
 * The catalogue and the law-versioned reward rules, and pricing by them. Officers record a new decree's multiplier
 * or a new base salary without a redeploy; rules only ever grow forward in time, so the rules of a past date never
 * change and stored amounts stay explainable.
 */
@ApplicationScoped
public class RewardRules {

    private final AwardConfig config;
    private final AuditTrail audit;
    private final EntityManager entityManager;

    public RewardRules(AwardConfig config, AuditTrail audit, EntityManager entityManager) {
        this.config = config;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    public record AwardTypeWithRules(AwardType type, List<RewardMultiplier> multipliers) {
    }

    /** The whole catalogue with each type's multipliers, oldest period first, in two queries. */
    public List<AwardTypeWithRules> catalogue() {
        Map<String, List<RewardMultiplier>> multipliers = RewardMultiplier.<RewardMultiplier>list(
                "order by awardCode, validFrom").stream()
                .collect(Collectors.groupingBy(m -> m.awardCode));
        return AwardType.<AwardType>list("order by code").stream()
                .map(type -> new AwardTypeWithRules(type, multipliers.getOrDefault(type.code, List.of())))
                .toList();
    }

    public AwardTypeWithRules awardType(String code) {
        AwardType type = AwardType.<AwardType>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("award type", code));
        return new AwardTypeWithRules(type, RewardMultiplier.list("awardCode = ?1 order by validFrom", code));
    }

    public List<BaseSalary> baseSalaries() {
        return BaseSalary.list("order by effectiveFrom");
    }

    /**
     * Records the base salary of a new decree. It must start after the latest one: inserting one before it would
     * rewrite the rules of dates already priced.
     */
    @Transactional
    public BaseSalary addBaseSalary(LocalDate effectiveFrom, long amountVnd, String legalBasis) {
        // one writer at a time, so two officers cannot both pass the "after the latest" check
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext('award-service:base_salary'))")
                .getSingleResult();
        BaseSalary latest = BaseSalary.<BaseSalary>find("order by effectiveFrom desc").firstResult();
        if (latest != null && !effectiveFrom.isAfter(latest.effectiveFrom)) {
            throw ProblemException.conflict("rule-not-after-latest", "a base salary must take effect after the"
                    + " latest one (" + latest.amountVnd + " VND from " + latest.effectiveFrom + ", "
                    + latest.legalBasis + "); " + effectiveFrom + " is not after it");
        }
        BaseSalary salary = new BaseSalary();
        salary.effectiveFrom = effectiveFrom;
        salary.amountVnd = amountVnd;
        salary.legalBasis = legalBasis;
        salary.persist();
        audit.record("base-salary.add", "base-salary", effectiveFrom,
                amountVnd + " VND from " + effectiveFrom + " (" + legalBasis + ")");
        return salary;
    }

    /**
     * Records a new decree's multiplier for an award type. The open period closes the day before; a period may not
     * start on or before the latest one's start, nor inside a closed period.
     */
    @Transactional
    public RewardMultiplier addMultiplier(String awardCode, String legalBasis, LocalDate validFrom,
            BigDecimal multiplier) {
        // the type's row lock serialises changes to its periods
        AwardType type = AwardType.<AwardType>findByIdOptional(awardCode, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("award type", awardCode));
        RewardMultiplier latest = RewardMultiplier.<RewardMultiplier>find(
                "awardCode = ?1 order by validFrom desc", type.code).firstResult();
        if (latest != null) {
            if (!validFrom.isAfter(latest.validFrom)) {
                throw ProblemException.conflict("rule-not-after-latest", "a multiplier for " + type.code
                        + " must start after the latest period, which starts on " + latest.validFrom + " ("
                        + latest.legalBasis + "); " + validFrom + " is not after it");
            }
            if (latest.validTo != null && !validFrom.isAfter(latest.validTo)) {
                throw ProblemException.conflict("rule-period-overlap", "the period of " + latest.legalBasis
                        + " for " + type.code + " runs until " + latest.validTo + "; a new one may start on "
                        + latest.validTo.plusDays(1) + " at the earliest");
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
        rule.multiplier = multiplier;
        // an officer records the figure from the decree's official text
        rule.verified = true;
        rule.persist();
        audit.record("multiplier.add", "award-type", type.code,
                multiplier.toPlainString() + " from " + validFrom + " (" + legalBasis + ")"
                        + (latest != null && latest.validTo != null && latest.validTo.equals(validFrom.minusDays(1))
                                ? "; closes " + latest.legalBasis + " on " + latest.validTo : ""));
        return rule;
    }

    /**
     * Corrects the figure of a period that no source had confirmed ({@code verified = false}), e.g. once the official
     * text of NĐ 98/2023 is read. The row becomes verified; a verified row is never corrected (409 rule-verified).
     * Awards already granted keep the figures stored with them; drafts get the corrected figure when signed.
     */
    @Transactional
    public RewardMultiplier correctMultiplier(String awardCode, LocalDate validFrom, BigDecimal multiplier,
            String reason) {
        AwardType type = AwardType.<AwardType>findByIdOptional(awardCode, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("award type", awardCode));
        RewardMultiplier rule = RewardMultiplier.<RewardMultiplier>find("awardCode = ?1 and validFrom = ?2",
                type.code, validFrom).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("multiplier period of " + type.code + " starting",
                        validFrom));
        if (rule.verified) {
            throw ProblemException.conflict("rule-verified", "the multiplier " + rule.multiplier.toPlainString()
                    + " of " + type.code + " under " + rule.legalBasis + " is verified and is never corrected; a new"
                    + " decree is a new period (POST /api/v1/award-types/" + type.code + "/multipliers)");
        }
        BigDecimal before = rule.multiplier;
        rule.multiplier = multiplier;
        rule.verified = true;
        audit.record("multiplier.correct", "award-type", type.code, rule.legalBasis + " from " + rule.validFrom
                + ": " + before.stripTrailingZeros().toPlainString() + " (unverified) -> "
                + multiplier.stripTrailingZeros().toPlainString()
                + " (verified); " + reason);
        return rule;
    }

    /** The amount an award would pay for a recipient on a date, for the officer's preview. */
    public RewardQuote quote(String awardCode, NomineeKind recipientKind, LocalDate decisionDate) {
        AwardType type = AwardType.<AwardType>findByIdOptional(awardCode)
                .orElseThrow(() -> ProblemException.notFound("award type", awardCode));
        try {
            return calculator().quote(type, recipientKind, decisionDate,
                    RewardMultiplier.list("awardCode", type.code), BaseSalary.listAll());
        } catch (RewardCalculator.RewardRuleException e) {
            throw ProblemException.unprocessable("unpriceable", e.getMessage());
        }
    }

    /** Prices several awards at once: the rules of all their types are read in two queries. */
    public Pricing pricing(Collection<String> awardCodes) {
        Map<String, AwardType> types = AwardType.<AwardType>list("code in ?1", awardCodes).stream()
                .collect(Collectors.toMap(t -> t.code, t -> t));
        Map<String, List<RewardMultiplier>> multipliers = RewardMultiplier.<RewardMultiplier>list(
                "awardCode in ?1", awardCodes).stream().collect(Collectors.groupingBy(m -> m.awardCode));
        List<BaseSalary> salaries = BaseSalary.listAll();
        return (awardCode, kind, date) -> {
            AwardType type = types.get(awardCode);
            if (type == null) {
                throw new RewardCalculator.RewardRuleException("award code " + awardCode + " is not in the catalogue");
            }
            return calculator().quote(type, kind, date, multipliers.getOrDefault(awardCode, List.of()), salaries);
        };
    }

    @FunctionalInterface
    public interface Pricing {
        /** @throws RewardCalculator.RewardRuleException when the rules cannot price it */
        RewardQuote quote(String awardCode, NomineeKind kind, LocalDate date);
    }

    public RewardCalculator calculator() {
        return new RewardCalculator(new Rounding(config.rounding().mode(), config.rounding().unitVnd()));
    }
}
