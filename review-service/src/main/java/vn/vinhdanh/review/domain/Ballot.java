package vn.vinhdanh.review.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The secret ballot on one case. Only the counts are stored; who voted is in {@link BallotVoter}, without the
 * choice. The rule is copied in when the ballot opens so that a later change of the rule cannot change a result.
 */
@Entity
@Table(name = "review_ballot")
public class Ballot extends PanacheEntityBase {

    public enum Status {
        OPEN,
        CLOSED,
        /** The nomination was withdrawn while the ballot was open. */
        CANCELLED
    }

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /**
     * The council's voting seats, recused members included; with {@link #eligible} it follows every conflict
     * declared or lifted while the ballot is open, and is fixed when it closes.
     */
    @Column(nullable = false)
    public int members;

    /** The voting seats without a conflict of interest on the case: those who may cast a ballot paper. */
    @Column(nullable = false)
    public int eligible;

    @Column(name = "quorum_percent", nullable = false)
    public int quorumPercent;

    @Column(name = "quorum_inclusive", nullable = false)
    public boolean quorumInclusive;

    @Column(name = "approval_percent", nullable = false)
    public int approvalPercent;

    @Column(name = "approval_inclusive", nullable = false)
    public boolean approvalInclusive;

    @Enumerated(EnumType.STRING)
    @Column(name = "approval_base", nullable = false)
    public VoteRule.Base approvalBase;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_base", nullable = false)
    public VoteRule.MemberBase memberBase;

    @Column(name = "rule_basis", nullable = false)
    public String ruleBasis;

    /** The rule row copied in, so that its period is never withdrawn; null for ballots opened before it was kept. */
    @Column(name = "vote_rule_id")
    public UUID voteRuleId;

    @Column(nullable = false)
    public int approvals;

    @Column(nullable = false)
    public int rejections;

    @Column(nullable = false)
    public int abstentions;

    @Column(nullable = false)
    public int participants;

    @Column(name = "in_writing", nullable = false)
    public int inWriting;

    public Boolean passed;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    public Tally tally() {
        return new Tally(members, eligible, participants, approvals, rejections, abstentions);
    }

    public Tally.Result result() {
        return tally().evaluate(
                        quorumPercent, quorumInclusive, approvalPercent, approvalInclusive, approvalBase, memberBase);
    }

    /** Copies in the rule in force on the meeting's day; later changes of the rule leave this ballot alone. */
    public void voteUnder(VoteRule rule) {
        quorumPercent = rule.quorumPercent;
        quorumInclusive = rule.quorumInclusive;
        approvalPercent = rule.approvalPercent;
        approvalInclusive = rule.approvalInclusive;
        approvalBase = rule.approvalBase;
        memberBase = rule.memberBase;
        ruleBasis = rule.legalBasis;
        voteRuleId = rule.id;
    }
}
