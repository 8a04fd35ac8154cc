package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.vinhdanh.award.domain.Budget;
import vn.vinhdanh.problem.ProblemException;

/** Reads of the funds' budgets. */
@ApplicationScoped
public class BudgetQueries {

    /** Of one year (by fund), or all (newest year first). */
    public List<Budget> list(Integer year) {
        return year == null
                ? Budget.list("order by key.year desc, key.fund")
                : Budget.list("key.year = ?1 order by key.fund", year);
    }

    public Budget get(int year, String fund) {
        return Budget.<Budget>findByIdOptional(new Budget.Key(year, fund))
                .orElseThrow(() -> ProblemException.notFound("budget", "dự toán", year + "/" + fund));
    }
}
