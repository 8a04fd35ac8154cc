package vn.vinhdanh.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.domain.VoteRule;

/**
 * The admin sets the quorum, threshold, member base and public comment period of a title and level for a period of
 * validity, with that period's legal basis, or corrects a period with a reason; open ballots keep theirs.
 */
@ApplicationScoped
public class VoteRuleSetting {

    private final VoteRuleChecks checks;
    private final VoteRulePeriods periods;
    private final Caller caller;
    private final AuditTrail audit;
    private final Clock clock;

    public VoteRuleSetting(
            VoteRuleChecks checks, VoteRulePeriods periods, Caller caller, AuditTrail audit, Clock clock) {
        this.checks = checks;
        this.periods = periods;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates the rule of the command's award code and level (either may be null: any) that starts on its
     * {@code validFrom}, or corrects the one that does (a reason required; its revision goes up and the audit trail
     * keeps the old values). A period starting inside the open-ended current one ends that one the day before; any
     * other that shares a day with another of the same title and level is refused (409 vote-rule-overlap), and so is
     * one that would leave a day without a default rule (409 vote-rule-gap), since every title falls back on it.
     */
    @Transactional
    public VoteRule put(SetVoteRule command) {
        checks.requireValid(command);
        checks.requirePlausible(command);
        String scope = VoteRulePeriods.scope(command.awardCode(), command.level());
        List<VoteRule> existing = periods.lockAndList(command.awardCode(), command.level());
        VoteRule rule = existing.stream()
                .filter(r -> Objects.equals(r.validFrom, command.validFrom()))
                .findFirst()
                .orElse(null);
        String reason = command.reason() == null ? "" : command.reason().strip();
        if (rule != null && reason.isEmpty()) {
            // a correction changes what the council's law was on days already past: it must say why
            throw ProblemException.invalidField(
                    "reason",
                    "the rule for " + scope + " from " + (rule.validFrom == null ? "its open start" : rule.validFrom)
                            + " exists (revision " + rule.revision + "); say why it is corrected",
                    "Quy tắc biểu quyết của " + scope + " cho thời gian này đã có; cần nêu lý do điều chỉnh.");
        }
        // a period starting inside the open-ended current one supersedes it from that day: the law changed
        VoteRule superseded = existing.stream()
                .filter(r -> r != rule && r.validTo == null && command.validFrom() != null)
                .filter(r -> r.validFrom == null || r.validFrom.isBefore(command.validFrom()))
                .findFirst()
                .orElse(null);
        Optional<VoteRule> overlapping = existing.stream()
                .filter(r -> r != rule && r != superseded && r.overlaps(command.validFrom(), command.validTo()))
                .findFirst();
        if (overlapping.isPresent()) {
            String other = VoteRulePeriods.period(overlapping.get().validFrom, overlapping.get().validTo);
            throw ProblemException.conflict(
                    "vote-rule-overlap",
                    "the rule for " + scope + " in force " + other + " shares days with "
                            + VoteRulePeriods.period(command.validFrom(), command.validTo())
                            + "; end that period first",
                    "Quy tắc biểu quyết của " + scope + " có hiệu lực " + other
                            + " trùng thời gian với quy tắc mới; cần cho quy tắc đó hết hiệu lực trước.");
        }
        if (VoteRulePeriods.isDefault(command.awardCode(), command.level())) {
            List<VoteRule.Period> after = new ArrayList<>();
            existing.stream()
                    .filter(r -> r != rule)
                    .forEach(r -> after.add(new VoteRule.Period(
                            r.validFrom, r == superseded ? command.validFrom().minusDays(1) : r.validTo)));
            after.add(new VoteRule.Period(command.validFrom(), command.validTo()));
            periods.requireDefaultCovers(
                    after, VoteRulePeriods.period(command.validFrom(), command.validTo()), "thời gian mới");
        }
        Instant now = Instant.now(clock);
        VoteRule written = rule;
        String before = null;
        if (written == null) {
            written = new VoteRule();
            written.id = UUID.randomUUID();
            written.awardCode = command.awardCode();
            written.level = command.level();
            written.validFrom = command.validFrom();
            written.revision = 1;
        } else {
            before = values(written);
            written.revision++;
            if (!Objects.equals(written.validTo, command.validTo())) {
                written.endedBy = null; // the admin now says where it ends
            }
        }
        written.validTo = command.validTo();
        written.quorumPercent = command.quorumPercent();
        written.quorumInclusive = command.quorumInclusive();
        written.approvalPercent = command.approvalPercent();
        written.approvalInclusive = command.approvalInclusive();
        written.approvalBase = command.approvalBase();
        written.memberBase = command.memberBase() == null ? VoteRule.MemberBase.VOTING_MEMBERS : command.memberBase();
        written.publicCommentDays = command.publicCommentDays();
        written.legalBasis = command.legalBasis().strip();
        written.verified = command.verified();
        written.updatedAt = now;
        written.updatedBy = caller.label();
        written.persist();
        // after the row it names is there: ended_by is a foreign key
        if (superseded != null) {
            superseded.validTo = command.validFrom().minusDays(1);
            superseded.endedBy = written.id;
            superseded.revision++;
            superseded.updatedAt = now;
            superseded.updatedBy = caller.label();
            audit.record(
                    "review.vote-rule",
                    "vote-rule",
                    superseded.id,
                    scope + " " + VoteRulePeriods.period(superseded.validFrom, superseded.validTo)
                            + ": ended by the period from " + command.validFrom() + " (revision "
                            + superseded.revision + ")");
        }
        audit.record(
                "review.vote-rule",
                "vote-rule",
                written.id,
                scope + " revision " + written.revision + ": " + values(written)
                        + (before == null ? "" : "; was " + before)
                        + (reason.isEmpty() ? "" : "; reason: " + reason)
                        + (command.confirm()
                                        && (written.quorumPercent < VoteRuleChecks.MAJORITY_PERCENT
                                                || written.approvalPercent < VoteRuleChecks.MAJORITY_PERCENT)
                                ? "; below a majority, confirmed"
                                : ""));
        return written;
    }

    /** The row's values as the audit trail keeps them, before and after a correction. */
    static String values(VoteRule r) {
        return VoteRulePeriods.period(r.validFrom, r.validTo) + ", quorum " + (r.quorumInclusive ? "≥ " : "> ")
                + r.quorumPercent + "%, approval " + (r.approvalInclusive ? "≥ " : "> ") + r.approvalPercent + "% of "
                + r.approvalBase + " (" + r.memberBase + "), public comment " + r.publicCommentDays + ", "
                + (r.verified ? "verified" : "unverified") + ", legal basis \"" + r.legalBasis + "\"";
    }
}
