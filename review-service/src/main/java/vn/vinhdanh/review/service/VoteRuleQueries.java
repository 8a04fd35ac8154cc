package vn.vinhdanh.review.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.review.domain.VoteRule;

/** The vote rules, and the one a title and level vote under on a day. */
@ApplicationScoped
public class VoteRuleQueries {

    private final CouncilCalendar calendar;

    public VoteRuleQueries(CouncilCalendar calendar) {
        this.calendar = calendar;
    }

    /** One page of the rules, most general first, each title's periods in order, and how many there are. */
    public Found<VoteRule> list(int page, int size) {
        PanacheQuery<VoteRule> found =
                VoteRule.find("order by awardCode nulls first, level nulls first, validFrom nulls first, id");
        return new Found<>(found.page(Page.of(page, size)).list(), found.count());
    }

    /** The most specific rule for the title and level in force on {@code day}; today in the province when null. */
    public VoteRule applicable(String awardCode, Level level, LocalDate day) {
        return VoteRule.applicable(awardCode, level, day == null ? calendar.today() : day);
    }
}
