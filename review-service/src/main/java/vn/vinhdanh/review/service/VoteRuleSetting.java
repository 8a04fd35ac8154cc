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
 * validity, with that period's legal basis; open ballots keep theirs.
 */
@ApplicationScoped
public class VoteRuleSetting {

    private final Caller caller;
    private final AuditTrail audit;
    private final Clock clock;

    public VoteRuleSetting(Caller caller, AuditTrail audit, Clock clock) {
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates or replaces the rule of the command's award code and level (either may be null: any) that starts on its
     * {@code validFrom}. A period starting inside the open-ended current one ends that one the day before; any other
     * that shares a day with another of the same title and level is refused (409 vote-rule-overlap), and so is one
     * that would leave a day without a default rule (409 vote-rule-gap), since every title falls back on it.
     */
    @Transactional
    public VoteRule put(SetVoteRule command) {
        if (command.validFrom() != null
                && command.validTo() != null
                && command.validTo().isBefore(command.validFrom())) {
            throw ProblemException.invalidField(
                    "validTo",
                    "must not be before validFrom (" + command.validFrom() + ")",
                    "Ngày hết hiệu lực không được trước ngày bắt đầu hiệu lực (" + command.validFrom() + ")");
        }
        String scope = (command.awardCode() == null ? "*" : command.awardCode()) + "/"
                + (command.level() == null ? "*" : command.level());
        // two admins writing periods of one title and level at once would each miss the other's overlap
        VoteRule.getEntityManager()
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) locked")
                .setParameter(1, "vote_rule:" + scope)
                .getSingleResult();
        List<VoteRule> periods = VoteRule.list(
                "awardCode is not distinct from ?1 and level is not distinct from ?2",
                command.awardCode(),
                command.level());
        VoteRule rule = periods.stream()
                .filter(r -> Objects.equals(r.validFrom, command.validFrom()))
                .findFirst()
                .orElse(null);
        // a period starting inside the open-ended current one supersedes it from that day: the law changed
        VoteRule superseded = periods.stream()
                .filter(r -> r != rule && r.validTo == null && command.validFrom() != null)
                .filter(r -> r.validFrom == null || r.validFrom.isBefore(command.validFrom()))
                .findFirst()
                .orElse(null);
        Optional<VoteRule> overlapping = periods.stream()
                .filter(r -> r != rule && r != superseded && r.overlaps(command.validFrom(), command.validTo()))
                .findFirst();
        if (overlapping.isPresent()) {
            String other = period(overlapping.get().validFrom, overlapping.get().validTo);
            throw ProblemException.conflict(
                    "vote-rule-overlap",
                    "the rule for " + scope + " in force " + other + " shares days with "
                            + period(command.validFrom(), command.validTo()) + "; end that period first",
                    "Quy tắc biểu quyết của " + scope + " có hiệu lực " + other
                            + " trùng thời gian với quy tắc mới; cần cho quy tắc đó hết hiệu lực trước.");
        }
        if (command.awardCode() == null && command.level() == null) {
            List<VoteRule.Period> after = new ArrayList<>();
            periods.stream()
                    .filter(r -> r != rule)
                    .forEach(r -> after.add(new VoteRule.Period(
                            r.validFrom, r == superseded ? command.validFrom().minusDays(1) : r.validTo)));
            after.add(new VoteRule.Period(command.validFrom(), command.validTo()));
            if (!VoteRule.coverEveryDay(after)) {
                throw ProblemException.conflict(
                        "vote-rule-gap",
                        "the default rule (any title, any level) must be in force on every day; "
                                + period(command.validFrom(), command.validTo()) + " would leave days without one",
                        "Quy tắc mặc định (mọi danh hiệu, mọi cấp) phải có hiệu lực liên tục; thời gian mới để trống"
                                + " một số ngày.");
            }
        }
        if (superseded != null) {
            superseded.validTo = command.validFrom().minusDays(1);
            superseded.updatedAt = Instant.now(clock);
            superseded.updatedBy = caller.label();
            audit.record(
                    "review.vote-rule",
                    "vote-rule",
                    superseded.id,
                    scope + " " + period(superseded.validFrom, superseded.validTo) + ": ended by the period from "
                            + command.validFrom());
        }
        VoteRule written = rule;
        if (written == null) {
            written = new VoteRule();
            written.id = UUID.randomUUID();
            written.awardCode = command.awardCode();
            written.level = command.level();
            written.validFrom = command.validFrom();
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
        written.updatedAt = Instant.now(clock);
        written.updatedBy = caller.label();
        written.persist();
        audit.record(
                "review.vote-rule",
                "vote-rule",
                written.id,
                scope + " " + period(written.validFrom, written.validTo) + ": quorum " + written.quorumPercent
                        + "%, approval " + written.approvalPercent + "% of " + written.approvalBase + " ("
                        + written.memberBase + "), public comment " + written.publicCommentDays);
        return written;
    }

    private static String period(Object from, Object to) {
        return (from == null ? "…" : from.toString()) + " – " + (to == null ? "…" : to.toString());
    }
}
