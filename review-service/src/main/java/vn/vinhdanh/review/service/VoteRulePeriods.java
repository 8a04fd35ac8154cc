package vn.vinhdanh.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.domain.VoteRule;

/**
 * The periods of one title and level as the writes of vote rules see them: read under a lock, named in messages,
 * and for the default rule never leaving a day uncovered. Shared by setting and withdrawing a period, so that both
 * refuse a gap the same way.
 */
@ApplicationScoped
public class VoteRulePeriods {

    /** The title and level as messages name them, e.g. {@code CHIEN_SI_THI_DUA_CAP_TINH/PROVINCE}; {@code *}: any. */
    static String scope(String awardCode, Level level) {
        return (awardCode == null ? "*" : awardCode) + "/" + (level == null ? "*" : level);
    }

    static String period(Object from, Object to) {
        return (from == null ? "…" : from.toString()) + " – " + (to == null ? "…" : to.toString());
    }

    static boolean isDefault(String awardCode, Level level) {
        return awardCode == null && level == null;
    }

    /**
     * Every period of the title and level, after taking the scope's lock for the transaction: two admins writing
     * periods of one title and level at once would each miss the other's overlap or gap.
     */
    List<VoteRule> lockAndList(String awardCode, Level level) {
        VoteRule.getEntityManager()
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) locked")
                .setParameter(1, "vote_rule:" + scope(awardCode, level))
                .getSingleResult();
        return VoteRule.list("awardCode is not distinct from ?1 and level is not distinct from ?2", awardCode, level);
    }

    /** 409 vote-rule-gap unless the default rule's periods, as they would be, cover every day; every title falls back on it. */
    void requireDefaultCovers(List<VoteRule.Period> after, String change, String changeVi) {
        if (!VoteRule.coverEveryDay(after)) {
            throw ProblemException.conflict(
                    "vote-rule-gap",
                    "the default rule (any title, any level) must be in force on every day; " + change
                            + " would leave days without one",
                    "Quy tắc mặc định (mọi danh hiệu, mọi cấp) phải có hiệu lực liên tục; " + changeVi
                            + " để trống một số ngày.");
        }
    }
}
