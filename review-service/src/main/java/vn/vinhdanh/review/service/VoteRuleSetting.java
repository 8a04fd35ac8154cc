package vn.vinhdanh.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.review.domain.VoteRule;

/** The admin sets the quorum, threshold and public comment period of a title and level; open ballots keep theirs. */
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

    /** Creates or replaces the rule for the command's award code and level (either may be null: any). */
    @Transactional
    public VoteRule put(SetVoteRule command) {
        VoteRule rule = VoteRule.<VoteRule>find(
                        "awardCode is not distinct from ?1 and level is not distinct from ?2",
                        command.awardCode(),
                        command.level())
                .firstResult();
        if (rule == null) {
            rule = new VoteRule();
            rule.id = UUID.randomUUID();
            rule.awardCode = command.awardCode();
            rule.level = command.level();
        }
        rule.quorumPercent = command.quorumPercent();
        rule.quorumInclusive = command.quorumInclusive();
        rule.approvalPercent = command.approvalPercent();
        rule.approvalInclusive = command.approvalInclusive();
        rule.approvalBase = command.approvalBase();
        rule.publicCommentDays = command.publicCommentDays();
        rule.legalBasis = command.legalBasis().strip();
        rule.verified = command.verified();
        rule.updatedAt = Instant.now(clock);
        rule.updatedBy = caller.label();
        rule.persist();
        audit.record(
                "review.vote-rule",
                "vote-rule",
                rule.id,
                (rule.awardCode == null ? "*" : rule.awardCode) + "/"
                        + (rule.level == null ? "*" : rule.level) + ": quorum " + rule.quorumPercent + "%, approval "
                        + rule.approvalPercent + "% of " + rule.approvalBase + ", public comment "
                        + rule.publicCommentDays);
        return rule;
    }
}
