package vn.vinhdanh.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.review.domain.VoteRule;

/** The vote rules, and the one a title and level vote under. */
@ApplicationScoped
public class VoteRuleQueries {

    /** Most general first. */
    public List<VoteRule> list() {
        return VoteRule.list("order by awardCode nulls first, level nulls first");
    }

    /** The most specific rule for the title and level. */
    public VoteRule applicable(String awardCode, Level level) {
        return VoteRule.applicable(awardCode, level);
    }
}
