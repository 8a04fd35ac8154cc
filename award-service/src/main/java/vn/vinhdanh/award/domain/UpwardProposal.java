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
import java.util.UUID;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.ReviewDecided;

/**
 * A council approval of a state-level form (a Huân chương, a state honorary title, the Prime Minister's forms) that the
 * province may only propose: kept whole, submitted upward by the province's Tờ trình, and answered by the higher level's decision,
 * which grants the award, or by its refusal. At most one per nomination.
 */
@Entity
@Table(name = "upward_proposal")
public class UpwardProposal extends PanacheEntityBase {

    @Id
    @Column(name = "nomination_id")
    public UUID nominationId;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

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

    /** The {@code review.decided.v1} payload as the council decided it (JSON): the award is drafted from it. */
    @Column(nullable = false)
    public String approval;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UpwardProposalStatus status;

    /** Whom the province proposes it to, who answers it: the type's {@link AwardType#decidedAbove}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "higher_authority", nullable = false)
    public Authority higherAuthority;

    /** The province's fund the reward of the higher decision is charged to; null unless decided. */
    public String fund;

    @Column(name = "proposed_at", nullable = false)
    public Instant proposedAt;

    /** The province's Tờ trình, "109/TTr-UBND"; null until submitted. */
    @Column(name = "submission_number")
    public String submissionNumber;

    @Column(name = "submitted_on")
    public LocalDate submittedOn;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    /** The higher level's decision, "1234/QĐ-CTN"; null unless decided. */
    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    /** Who decided or refused, as the higher level's text names it ("Chủ tịch nước"). */
    public String issuer;

    /** The award the decision granted; null unless decided. */
    @Column(name = "award_id")
    public UUID awardId;

    @Column(name = "refusal_reason")
    public String refusalReason;

    /** The date of the higher level's answer: its decision's date, or the date of its refusal. */
    @Column(name = "answered_on")
    public LocalDate answeredOn;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "answered_by")
    public String answeredBy;

    /**
     * A new proposal for an approval of a state-level form, to {@code type}'s higher authority; {@code approvalJson}
     * is the approval itself (its title, for a corrected one, is {@code type}).
     */
    public static UpwardProposal of(ReviewDecided approval, String approvalJson, AwardType type, Instant at) {
        UpwardProposal proposal = new UpwardProposal();
        proposal.nominationId = approval.nominationId();
        proposal.caseId = approval.caseId();
        proposal.awardCode = type.code;
        proposal.nomineeKind = approval.nomination().nominee().kind();
        proposal.nomineeName = approval.nomination().nominee().name();
        proposal.agencyCode = approval.nomination().agencyCode();
        proposal.councilDecisionDate = approval.decisionDate();
        proposal.approval = approvalJson;
        proposal.status = UpwardProposalStatus.AWAITING_SUBMISSION;
        proposal.higherAuthority = type.decidedAbove;
        proposal.proposedAt = at;
        return proposal;
    }
}
