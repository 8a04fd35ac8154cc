package vn.vinhdanh.award.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.Sector;

/** A granted award with the figures it was paid by; amounts never change when the law later does. */
@Entity
public class Award extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "nomination_id", nullable = false, unique = true)
    public UUID nominationId;

    @Column(name = "review_case_id", nullable = false)
    public UUID reviewCaseId;

    @Column(name = "award_code", nullable = false)
    public String awardCode;

    @Column(name = "award_name", nullable = false)
    public String awardName;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false)
    public NomineeKind recipientKind;

    @Column(name = "recipient_name", nullable = false)
    public String recipientName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sector sector;

    /** Unique within the decision's year only: numbering restarts every year. */
    @Column(name = "decision_number", nullable = false)
    public String decisionNumber;

    @Column(name = "decision_date", nullable = false)
    public LocalDate decisionDate;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    @Column(nullable = false)
    public BigDecimal multiplier;

    @Column(name = "collective_factor", nullable = false)
    public BigDecimal collectiveFactor;

    @Column(name = "base_salary_vnd", nullable = false)
    public long baseSalaryVnd;

    @Column(name = "amount_vnd", nullable = false)
    public long amountVnd;

    @Column(name = "granted_at", nullable = false)
    public Instant grantedAt;
}
