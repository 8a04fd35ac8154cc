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

/**
 * A commendation decision ("Quyết định số 123/QĐ-UBND"): one signed act that grants many recipients their awards,
 * paid from one fund. It has no number until it is signed, so an abandoned draft never leaves a gap in the numbering.
 */
@Entity
@Table(name = "award_decision")
public class AwardDecision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String issuer;

    /** The date the decision bears; the reward rules of this date price its awards, and its year numbers it. */
    @Column(name = "decision_date", nullable = false)
    public LocalDate decisionDate;

    /** Null until signed. */
    public Integer number;

    /** "number/issuer", null until signed. */
    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(nullable = false)
    public String signer;

    @Column(nullable = false)
    public String fund;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionStatus status;

    /** What the signed decision pays in total; null while a draft, whose awards may still be repriced. */
    @Column(name = "total_amount_vnd")
    public Long totalAmountVnd;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "signed_at")
    public Instant signedAt;

    @Column(name = "signed_by")
    public String signedBy;
}
