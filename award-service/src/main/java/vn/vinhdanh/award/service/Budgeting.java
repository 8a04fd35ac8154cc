package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.award.domain.AwardDecision;
import vn.vinhdanh.award.domain.Budget;
import vn.vinhdanh.problem.ProblemException;

/**
 * A fund's budget for a year: an officer sets it, and each signed decision commits its total against it. Both work
 * under the budget row's lock, so neither can pass a check the other is about to invalidate.
 */
@ApplicationScoped
public class Budgeting {

    private final Caller caller;
    private final AuditTrail audit;
    private final Clock clock;

    public Budgeting(Caller caller, AuditTrail audit, Clock clock) {
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    public record BudgetChange(Budget budget, boolean created) {}

    /** Sets a fund's budget for a year, or changes it; never below what signed decisions already committed. */
    @Transactional
    public BudgetChange set(SetBudget command) {
        int year = command.year();
        String fund = command.fund();
        long amountVnd = command.amountVnd();
        Budget budget = Budget.findById(new Budget.Key(year, fund), LockModeType.PESSIMISTIC_WRITE);
        boolean created = budget == null;
        if (created) {
            budget = new Budget();
            budget.key = new Budget.Key(year, fund);
            budget.committedVnd = 0;
        } else if (amountVnd < budget.committedVnd) {
            throw ProblemException.conflict(
                    "budget-below-committed",
                    "fund " + fund + " has already committed "
                            + budget.committedVnd + " VND in " + year + "; its budget cannot be lowered to " + amountVnd
                            + " VND",
                    "Quỹ " + fund + " đã cam kết chi " + budget.committedVnd + " đồng trong năm " + year
                            + "; không thể giảm dự toán xuống " + amountVnd + " đồng.");
        }
        long previous = budget.amountVnd;
        budget.amountVnd = amountVnd;
        touch(budget);
        if (created) {
            budget.persist();
        }
        audit.record(
                created ? "budget.create" : "budget.change",
                "budget",
                year + "/" + fund,
                (created ? "" : previous + " → ") + amountVnd + " VND");
        return new BudgetChange(budget, created);
    }

    /**
     * Commits a decision's total against its fund's budget for the decision's year, under the budget row's lock
     * until the signing commits: decisions signed at the same time are checked one after the other.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void commit(AwardDecision decision, long totalVnd) {
        int year = decision.decisionDate.getYear();
        Budget budget = Budget.findById(new Budget.Key(year, decision.fund), LockModeType.PESSIMISTIC_WRITE);
        if (budget == null) {
            throw ProblemException.conflict(
                    "no-budget",
                    "fund " + decision.fund + " has no budget for " + year
                            + "; record one with POST /api/v1/budgets before signing decision " + decision.id,
                    "Quỹ " + decision.fund + " chưa có dự toán năm " + year + "; lập dự toán trước khi ký.");
        }
        if (totalVnd > budget.remainingVnd()) {
            throw ProblemException.conflict(
                    "budget-exceeded",
                    "decision " + decision.id + " totals " + totalVnd
                            + " VND, but fund " + decision.fund + " has only " + budget.remainingVnd()
                            + " VND remaining for "
                            + year + " (budget " + budget.amountVnd + " VND, committed " + budget.committedVnd
                            + " VND)",
                    "Quyết định cần " + totalVnd + " đồng nhưng quỹ " + decision.fund + " chỉ còn "
                            + budget.remainingVnd() + " đồng của dự toán năm " + year + ".");
        }
        budget.committedVnd += totalVnd;
        touch(budget);
    }

    private void touch(Budget budget) {
        budget.updatedAt = Instant.now(clock);
        budget.updatedBy = caller.label();
    }
}
