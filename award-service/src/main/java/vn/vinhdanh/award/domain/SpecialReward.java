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
import vn.vinhdanh.events.Sector;

/**
 * A special reward paid under a provincial schedule. The tier's figures are copied: a later change of the schedule
 * does not change what was paid.
 */
@Entity
@Table(name = "special_reward")
public class SpecialReward extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tier_id", nullable = false)
    public UUID tierId;

    @Column(name = "schedule_code", nullable = false)
    public String scheduleCode;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sector field;

    @Column(nullable = false)
    public String tier;

    @Column(name = "tier_verified", nullable = false)
    public boolean tierVerified;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false)
    public NomineeKind recipientKind;

    @Column(name = "recipient_name", nullable = false)
    public String recipientName;

    @Column(nullable = false)
    public String achievement;

    @Column(name = "award_date", nullable = false)
    public LocalDate awardDate;

    @Column(nullable = false)
    public int achievements;

    @Column(name = "unit_amount_vnd", nullable = false)
    public long unitAmountVnd;

    @Column(name = "amount_vnd", nullable = false)
    public long amountVnd;

    /**
     * The document the officer read an unverified tier's amount in (e.g. QĐ 1234/QĐ-UBND), confirming it before paying;
     * null when the tier was verified and nothing was confirmed.
     */
    @Column(name = "source_document")
    public String sourceDocument;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
