package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.AwardStatus;
import vn.vinhdanh.award.domain.AwardType;
import vn.vinhdanh.award.domain.BaseSalary;
import vn.vinhdanh.award.domain.RewardMultiplier;
import vn.vinhdanh.problem.ProblemException;

/**
 * Withdraws a base salary or a multiplier period recorded by mistake, with a reason, as long as no signed award used
 * it (409 rule-in-use otherwise: a signed decision must stay explainable by the rules on record). A signed award used
 * the row whose period holds its {@link Award#pricedOn()} date (for a multiplier, of its award code). The previous
 * period then runs on again; drafts are priced anew when signed, as always.
 */
@ApplicationScoped
public class RewardRuleWithdrawal {

    private static final List<AwardStatus> SIGNED = List.of(AwardStatus.GRANTED, AwardStatus.REVOKED);

    private final AuditTrail audit;
    private final EntityManager entityManager;
    private final RewardRuleLock lock;

    public RewardRuleWithdrawal(AuditTrail audit, EntityManager entityManager, RewardRuleLock lock) {
        this.audit = audit;
        this.entityManager = entityManager;
        this.lock = lock;
    }

    /** Withdraws the base salary in force from {@code effectiveFrom}; the one before it is in force again. */
    @Transactional
    public void withdrawBaseSalary(LocalDate effectiveFrom, String reason) {
        String why = reason.strip();
        RewardRuleAmendment.lockBaseSalaries(entityManager);
        BaseSalary salary = BaseSalary.<BaseSalary>findByIdOptional(effectiveFrom)
                .orElseThrow(
                        () -> ProblemException.notFound("base salary from", "mức lương cơ sở từ ngày", effectiveFrom));
        BaseSalary next = BaseSalary.<BaseSalary>find("effectiveFrom > ?1 order by effectiveFrom", effectiveFrom)
                .firstResult();
        LocalDate until = next == null ? null : next.effectiveFrom.minusDays(1);
        lock.forWithdrawal();
        refuseIfUsed(
                signedIn(null, effectiveFrom, until),
                "the base salary of " + salary.amountVnd + " VND from " + effectiveFrom + " (" + salary.legalBasis
                        + ")",
                "mức lương cơ sở " + salary.amountVnd + " đồng từ ngày " + effectiveFrom + " (" + salary.legalBasis
                        + ")");
        salary.delete();
        audit.record(
                "base-salary.withdraw",
                "base-salary",
                effectiveFrom,
                "withdrawn: " + salary.amountVnd + " VND from " + effectiveFrom + " (" + salary.legalBasis
                        + ", revision " + salary.revision + "); " + why);
    }

    /**
     * Withdraws the multiplier period of {@code awardCode} starting on {@code validFrom}. The period before it, if
     * this one had closed it, runs again until the day before the next remaining period, or stays open.
     */
    @Transactional
    public void withdrawMultiplier(String awardCode, LocalDate validFrom, String reason) {
        String why = reason.strip();
        AwardType type = RewardRuleAmendment.lockType(awardCode);
        RewardMultiplier rule = RewardMultiplier.<RewardMultiplier>find(
                        "awardCode = ?1 and validFrom = ?2", type.code, validFrom)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(
                        "multiplier period of " + type.code + " starting",
                        "giai đoạn áp dụng hệ số của " + type.code + " bắt đầu từ ngày",
                        validFrom));
        lock.forWithdrawal();
        refuseIfUsed(
                signedIn(type.code, rule.validFrom, rule.validTo),
                "the multiplier " + rule.multiplier.stripTrailingZeros().toPlainString() + " of " + type.code + " from "
                        + validFrom + " (" + rule.legalBasis + ")",
                "hệ số " + rule.multiplier.stripTrailingZeros().toPlainString() + " của " + type.code + " từ ngày "
                        + validFrom + " (" + rule.legalBasis + ")");
        RewardMultiplier previous = RewardMultiplier.<RewardMultiplier>find(
                        "awardCode = ?1 and validFrom < ?2 order by validFrom desc", type.code, validFrom)
                .firstResult();
        RewardMultiplier next = RewardMultiplier.<RewardMultiplier>find(
                        "awardCode = ?1 and validFrom > ?2 order by validFrom", type.code, validFrom)
                .firstResult();
        String reopened = "";
        // only a period this one closed runs on; a period that ended for its own reasons keeps its end
        if (previous != null && validFrom.minusDays(1).equals(previous.validTo)) {
            previous.validTo = next == null ? null : next.validFrom.minusDays(1);
            reopened = "; " + previous.legalBasis + " from " + previous.validFrom + " runs "
                    + (previous.validTo == null ? "on, open" : "until " + previous.validTo) + " again";
        }
        rule.delete();
        audit.record(
                "multiplier.withdraw",
                "award-type",
                type.code,
                "withdrawn: " + rule.multiplier.stripTrailingZeros().toPlainString() + " from " + validFrom + " ("
                        + rule.legalBasis + ", revision " + rule.revision + ")" + reopened + "; " + why);
    }

    /** The signed awards priced on a date from {@code from} to {@code to} (null: no end), of one code or of all. */
    private static List<Award> signedIn(String awardCode, LocalDate from, LocalDate to) {
        StringBuilder query = new StringBuilder("status in ?1 and coalesce(decisionDate, councilDecisionDate) >= ?2");
        List<Object> parameters = new ArrayList<>(List.of(SIGNED, from));
        if (to != null) {
            parameters.add(to);
            query.append(" and coalesce(decisionDate, councilDecisionDate) <= ?")
                    .append(parameters.size());
        }
        if (awardCode != null) {
            parameters.add(awardCode);
            query.append(" and awardCode = ?").append(parameters.size());
        }
        query.append(" order by decisionDate, id");
        return Award.<Award>find(query.toString(), parameters.toArray())
                .page(0, 1)
                .list();
    }

    private static void refuseIfUsed(List<Award> used, String what, String whatVi) {
        if (used.isEmpty()) {
            return;
        }
        Award award = used.get(0);
        throw ProblemException.conflict(
                "rule-in-use",
                what + " priced signed awards (e.g. award " + award.id + " of decision " + award.decisionNumber
                        + " dated " + award.pricedOn() + "); it cannot be withdrawn, only corrected, and the awards"
                        + " keep their stored figures",
                "Không thể hủy " + whatVi + " vì đã dùng để tính tiền thưởng của quyết định đã ký (ví dụ quyết định "
                        + award.decisionNumber + " ngày " + award.pricedOn() + "); chỉ có thể đính chính.");
    }
}
