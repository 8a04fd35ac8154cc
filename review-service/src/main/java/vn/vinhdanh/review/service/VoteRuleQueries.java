package vn.vinhdanh.review.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.review.domain.VoteRule;

/** The vote rules, and the one a title and level vote under. */
@ApplicationScoped
public class VoteRuleQueries {

    /** One page of the rules, most general first, and how many there are. */
    public Found<VoteRule> list(int page, int size) {
        PanacheQuery<VoteRule> found = VoteRule.find("order by awardCode nulls first, level nulls first, id");
        return new Found<>(found.page(Page.of(page, size)).list(), found.count());
    }

    /** The most specific rule for the title and level. */
    public VoteRule applicable(String awardCode, Level level) {
        return VoteRule.applicable(awardCode, level);
    }
}
