package vn.vinhdanh.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.domain.Ballot;
import vn.vinhdanh.review.domain.VoteRule;

/**
 * The admin takes back a period of a vote rule entered by mistake, with a reason. Only while no ballot has been opened
 * under it: a ballot cites its rule's legal basis, and the period it voted under is part of the record. The period it
 * ended when it was put (the open-ended one before it) gets its days back, and the default rule keeps covering every
 * day.
 */
@ApplicationScoped
public class VoteRuleWithdrawal {

    private final VoteRulePeriods periods;
    private final Caller caller;
    private final AuditTrail audit;
    private final Clock clock;

    public VoteRuleWithdrawal(VoteRulePeriods periods, Caller caller, AuditTrail audit, Clock clock) {
        this.periods = periods;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    /** 404 for an unknown id, 409 vote-rule-in-use, 409 vote-rule-gap for the default rule. */
    @Transactional
    public void withdraw(WithdrawVoteRule command) {
        VoteRule found = VoteRule.findById(command.id());
        if (found == null) {
            throw ProblemException.notFound("vote rule", "quy tắc biểu quyết", command.id());
        }
        String scope = VoteRulePeriods.scope(found.awardCode, found.level);
        List<VoteRule> existing = periods.lockAndList(found.awardCode, found.level);
        VoteRule rule = existing.stream()
                .filter(r -> r.id.equals(command.id()))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("vote rule", "quy tắc biểu quyết", command.id()));
        String period = VoteRulePeriods.period(rule.validFrom, rule.validTo);
        long ballots = ballotsUnder(rule);
        if (ballots > 0) {
            throw ProblemException.conflict(
                    "vote-rule-in-use",
                    "the rule for " + scope + " in force " + period + " was used by " + ballots
                            + " ballot(s); correct it with a PUT and a reason instead",
                    "Quy tắc biểu quyết của " + scope + " có hiệu lực " + period + " đã được áp dụng cho " + ballots
                            + " lần bỏ phiếu, không thể rút; chỉ có thể điều chỉnh kèm lý do.");
        }
        // the open-ended period this one ended when it was put, if it still ends the day before this one starts
        VoteRule previous = existing.stream()
                .filter(r -> command.id().equals(r.endedBy))
                .filter(r -> rule.validFrom != null && Objects.equals(r.validTo, rule.validFrom.minusDays(1)))
                .findFirst()
                .orElse(null);
        if (VoteRulePeriods.isDefault(rule.awardCode, rule.level)) {
            List<VoteRule.Period> after = new ArrayList<>();
            existing.stream()
                    .filter(r -> r != rule)
                    .forEach(
                            r -> after.add(new VoteRule.Period(r.validFrom, r == previous ? rule.validTo : r.validTo)));
            periods.requireDefaultCovers(after, "withdrawing " + period, "rút thời gian " + period);
        }
        Instant now = Instant.now(clock);
        String reason = command.reason().strip();
        if (previous != null) {
            previous.validTo = rule.validTo;
            previous.endedBy = rule.endedBy;
            previous.revision++;
            previous.updatedAt = now;
            previous.updatedBy = caller.label();
            audit.record(
                    "review.vote-rule",
                    "vote-rule",
                    previous.id,
                    scope + " revision " + previous.revision + ": in force "
                            + VoteRulePeriods.period(previous.validFrom, previous.validTo) + " again, the period from "
                            + rule.validFrom + " withdrawn; reason: " + reason);
        }
        audit.record(
                "review.vote-rule.withdraw",
                "vote-rule",
                rule.id,
                scope + " revision " + rule.revision + " withdrawn: " + VoteRuleSetting.values(rule) + "; reason: "
                        + reason);
        // rows it ended point at it no more (the key would refuse the delete otherwise)
        existing.stream()
                .filter(r -> r != previous && rule.id.equals(r.endedBy))
                .forEach(r -> r.endedBy = null);
        rule.delete();
    }

    /**
     * Ballots opened under the rule: those that name it, and, for ballots opened before ballots named their rule, one
     * of its title and level (either null: any) whose meeting's day falls in the period. The second is cautious: a
     * more specific rule may have been the one that applied.
     */
    static long ballotsUnder(VoteRule rule) {
        long named = Ballot.count("voteRuleId", rule.id);
        if (named > 0) {
            return named;
        }
        StringBuilder query = new StringBuilder("select count(b) from Ballot b, Meeting m, ReviewCase c"
                + " where b.voteRuleId is null and m.id = b.meetingId and c.id = b.caseId");
        List<Object> parameters = new ArrayList<>();
        if (rule.awardCode != null) {
            parameters.add(rule.awardCode);
            query.append(" and c.proposedAward = ?").append(parameters.size());
        }
        if (rule.level != null) {
            parameters.add(rule.level);
            query.append(" and c.level = ?").append(parameters.size());
        }
        if (rule.validFrom != null) {
            parameters.add(rule.validFrom);
            query.append(" and m.heldOn >= ?").append(parameters.size());
        }
        if (rule.validTo != null) {
            parameters.add(rule.validTo);
            query.append(" and m.heldOn <= ?").append(parameters.size());
        }
        var typed = Ballot.getEntityManager().createQuery(query.toString(), Long.class);
        for (int i = 0; i < parameters.size(); i++) {
            typed.setParameter(i + 1, parameters.get(i));
        }
        return typed.getSingleResult();
    }
}
