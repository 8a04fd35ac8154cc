package vn.vinhdanh.award.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import vn.vinhdanh.events.AwardBlockReason;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.ReviewDecided;

/**
 * A council approval that could not become a draft award, kept whole until a corrected title or the board's retry
 * drafts it; then it stays, resolved, with the award it became (or none, when the corrected title is a form decided
 * above the province and it was proposed upward). At most one per nomination.
 */
@Entity
@Table(name = "blocked_approval")
public class BlockedApproval extends PanacheEntityBase {

    @Id
    @Column(name = "nomination_id")
    public UUID nominationId;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    /** The title of the last attempt: the approval's own, then each correction's. */
    @Column(name = "award_code", nullable = false)
    public String awardCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_kind", nullable = false)
    public NomineeKind nomineeKind;

    @Column(name = "nominee_name", nullable = false)
    public String nomineeName;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "council_decision_date", nullable = false)
    public LocalDate councilDecisionDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AwardBlockReason cause;

    @Column(nullable = false)
    public String reason;

    @Column(name = "reason_vi", nullable = false)
    public String reasonVi;

    /** The {@code review.decided.v1} payload as the council decided it (JSON), to be drafted again. */
    @Column(nullable = false)
    public String approval;

    /** When the current block happened. */
    @Column(name = "blocked_at", nullable = false)
    public Instant blockedAt;

    /** When it was drafted at last (a corrected title, or the board's retry); null while blocked. */
    @Column(name = "unblocked_at")
    public Instant unblockedAt;

    /** The award it became; null while blocked, and when it was proposed upward instead. */
    @Column(name = "award_id")
    public UUID awardId;

    /** Resolved by an upward proposal: the corrected title is decided above the province, so no award is drafted. */
    @Column(name = "proposed_upward", nullable = false)
    public boolean proposedUpward;

    /** A new row for an approval that could not be drafted; {@code approvalJson} is the approval itself. */
    public static BlockedApproval of(ReviewDecided approval, String approvalJson, DraftBlock block, Instant at) {
        BlockedApproval blocked = new BlockedApproval();
        blocked.nominationId = approval.nominationId();
        blocked.caseId = approval.caseId();
        blocked.nomineeKind = approval.nomination().nominee().kind();
        blocked.nomineeName = approval.nomination().nominee().name();
        blocked.agencyCode = approval.nomination().agencyCode();
        blocked.councilDecisionDate = approval.decisionDate();
        blocked.approval = approvalJson;
        blocked.blockedBy(block, at);
        return blocked;
    }

    public boolean resolved() {
        return unblockedAt != null;
    }

    /** Blocked (again): the title tried and why it does not fit replace what was said before. */
    public void blockedBy(DraftBlock block, Instant at) {
        awardCode = block.awardCode();
        cause = block.cause();
        reason = block.reason();
        reasonVi = block.reasonVi();
        blockedAt = at;
    }

    /**
     * Whether {@code block} says what the current block says: the same title, cause and reason in both languages. A
     * retry that meets the same block changes nothing and is not announced again.
     */
    public boolean isBlockedBy(DraftBlock block) {
        return Objects.equals(awardCode, block.awardCode())
                && cause == block.cause()
                && Objects.equals(reason, block.reason())
                && Objects.equals(reasonVi, block.reasonVi());
    }

    /** Proposed upward under {@code awardCode}, a form decided above the province: resolved, without an award. */
    public void proposedUpward(String awardCode, Instant at) {
        this.awardCode = awardCode;
        proposedUpward = true;
        unblockedAt = at;
    }

    /** Drafted at last: the row stays, as the record of the block and of how it ended. */
    public void unblocked(Award award, Instant at) {
        awardCode = award.awardCode;
        awardId = award.id;
        unblockedAt = at;
    }
}
