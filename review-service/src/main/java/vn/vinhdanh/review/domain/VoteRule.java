package vn.vinhdanh.review.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import vn.vinhdanh.events.Level;

/**
 * When a council vote carries a case: the quorum, the approval threshold and its base, and the public comment period
 * the title needs first. Rows are configuration (the thresholds after Decree 91/2017 are not confirmed); a null award
 * code or level matches any, and the most specific row applies.
 */
@Entity
@Table(name = "vote_rule")
public class VoteRule extends PanacheEntityBase {

    /** What the approvals are counted against. */
    public enum Base {
        /** Every member entitled to vote on the case, present or not ("90 % of all council members"). */
        ALL_MEMBERS,
        /** The ballots returned, abstentions included (a majority of those who voted). */
        VOTES_CAST
    }

    @Id
    public UUID id;

    @Column(name = "award_code")
    public String awardCode;

    @Enumerated(EnumType.STRING)
    public Level level;

    @Column(name = "quorum_percent", nullable = false)
    public int quorumPercent;

    /** true: at least the percentage; false: more than it (a majority is "more than 50 %"). */
    @Column(name = "quorum_inclusive", nullable = false)
    public boolean quorumInclusive;

    @Column(name = "approval_percent", nullable = false)
    public int approvalPercent;

    @Column(name = "approval_inclusive", nullable = false)
    public boolean approvalInclusive;

    @Enumerated(EnumType.STRING)
    @Column(name = "approval_base", nullable = false)
    public Base approvalBase;

    /** Working days the list must be public before the council decides; 0 when the title needs none. */
    @Column(name = "public_comment_days", nullable = false)
    public int publicCommentDays;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    @Column(nullable = false)
    public boolean verified;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    /** Award code and level beat award code alone, which beats level alone, which beats the default row. */
    public static VoteRule applicable(String awardCode, Level level) {
        return VoteRule.<VoteRule>list(
                        "(awardCode is null or awardCode = ?1) and (level is null or level = ?2)", awardCode, level)
                .stream()
                .max(Comparator.comparingInt(VoteRule::specificity))
                .orElseThrow(() -> new IllegalStateException("vote_rule has no default row (null award, null level)"));
    }

    private int specificity() {
        return (awardCode == null ? 0 : 2) + (level == null ? 0 : 1);
    }

    public Tally.Result evaluate(Tally tally) {
        return tally.evaluate(quorumPercent, quorumInclusive, approvalPercent, approvalInclusive, approvalBase);
    }
}
