package vn.vinhdanh.award.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.vinhdanh.award.domain.Budget;
import vn.vinhdanh.problem.ProblemException;

/** Reads of the funds' budgets. */
@ApplicationScoped
public class BudgetQueries {

    /** Of one year (by fund), or all (newest year first). */
    public List<Budget> list(Integer year) {
        return query(year).list();
    }

    /** One page of {@link #list(Integer)}, and how many budgets match. */
    public Found<Budget> list(Integer year, int page, int size) {
        PanacheQuery<Budget> found = query(year);
        return new Found<>(found.page(Page.of(page, size)).list(), found.count());
    }

    private static PanacheQuery<Budget> query(Integer year) {
        return year == null
                ? Budget.find("order by key.year desc, key.fund")
                : Budget.find("key.year = ?1 order by key.fund", year);
    }

    public Budget get(int year, String fund) {
        return Budget.<Budget>findByIdOptional(new Budget.Key(year, fund))
                .orElseThrow(() -> ProblemException.notFound("budget", "dự toán", year + "/" + fund));
    }
}
