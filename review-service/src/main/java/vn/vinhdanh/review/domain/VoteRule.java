package vn.vinhdanh.review.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.vinhdanh.events.Level;

/**
 * When a council vote carries a case: the quorum, the approval threshold and its base, and the public comment period
 * the title needs first, for one period of validity with the legal basis of that period. Rows are configuration (the
 * thresholds after Decree 91/2017 are not confirmed); a null award code or level matches any, the rule in force on
 * the day counts, and of those the most specific row applies.
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

    /**
     * Who "the members" are, for the quorum and an {@link Base#ALL_MEMBERS} threshold. A member with a conflict of
     * interest never votes on the case; the two kinds differ in whether that member still counts.
     */
    public enum MemberBase {
        /**
         * Every voting seat of the council, recused members included, who count as not approving: "tính trên tổng số
         * thành viên của Hội đồng" (Decree 91/2017 Art. 45(8)). The secretary's seat, which has no vote, is not one.
         */
        FULL_MEMBERSHIP,
        /** The voting seats without a conflict on the case: a recused member leaves the base. */
        VOTING_MEMBERS
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

    @Enumerated(EnumType.STRING)
    @Column(name = "member_base", nullable = false)
    public MemberBase memberBase;

    /** First day the rule is in force; null: since before any other period of its title and level. */
    @Column(name = "valid_from")
    public LocalDate validFrom;

    /** Last day the rule is in force, inclusive; null: until a later period is added. */
    @Column(name = "valid_to")
    public LocalDate validTo;

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

    /** 1 when written; one more with every change of the row (a correction, an end set by a later period). */
    @Column(nullable = false)
    public int revision;

    /**
     * The period whose PUT ended this one, open-ended until then, the day before it starts; withdrawing that period
     * gives its days back to this one. Null when an administrator set the end, or the row was never ended.
     */
    @Column(name = "ended_by")
    public UUID endedBy;

    /**
     * The rule a title and level vote under on {@code day}: of the rules in force that day, award code and level beat
     * award code alone, which beats level alone, which beats the default row.
     */
    public static VoteRule applicable(String awardCode, Level level, LocalDate day) {
        return VoteRule.<VoteRule>list(
                        "(awardCode is null or awardCode = ?1) and (level is null or level = ?2)"
                                + " and (validFrom is null or validFrom <= ?3) and (validTo is null or validTo >= ?3)",
                        awardCode,
                        level,
                        day)
                .stream()
                .max(Comparator.comparingInt(VoteRule::specificity))
                .orElseThrow(() -> new IllegalStateException(
                        "vote_rule has no default row (null award, null level)" + " in force on " + day));
    }

    private int specificity() {
        return (awardCode == null ? 0 : 2) + (level == null ? 0 : 1);
    }

    /** Whether this rule's period shares a day with {@code from}–{@code to} (either end null: open). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        boolean startsBeforeItsEnd = from == null || validTo == null || !from.isAfter(validTo);
        boolean endsAfterItsStart = to == null || validFrom == null || !to.isBefore(validFrom);
        return startsBeforeItsEnd && endsAfterItsStart;
    }

    /** One period of validity, as {@link #coverEveryDay} checks them. */
    public record Period(LocalDate from, LocalDate to) {}

    /**
     * Whether periods that do not overlap leave no day without a rule: the first open at its start, each next one
     * starting the day after the one before ends, the last open at its end. The default row must, since every title
     * falls back on it.
     */
    public static boolean coverEveryDay(List<Period> periods) {
        List<Period> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(Period::from, Comparator.nullsFirst(Comparator.naturalOrder())));
        if (sorted.isEmpty() || sorted.get(0).from() != null) {
            return false;
        }
        for (int i = 1; i < sorted.size(); i++) {
            LocalDate end = sorted.get(i - 1).to();
            if (end == null || !Objects.equals(sorted.get(i).from(), end.plusDays(1))) {
                return false;
            }
        }
        return sorted.get(sorted.size() - 1).to() == null;
    }
}
