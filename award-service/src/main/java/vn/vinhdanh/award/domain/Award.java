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
import vn.vinhdanh.events.RevocationCategory;
import vn.vinhdanh.events.Sector;

/**
 * An award from its drafting (the council's approval) to its grant (a signed decision) and perhaps its revocation.
 * The figures it is paid by are stored with it and never change once granted, whatever the law later says.
 */
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

    /** An individual's gender as the nomination recorded it; null when it did not, and for a collective. */
    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_gender")
    public Gender recipientGender;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sector sector;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AwardStatus status;

    /** The nominating agency; null for awards drafted before it was recorded. */
    @Column(name = "agency_code")
    public String agencyCode;

    /** The nominee's organisation, as the nomination gave it. */
    public String organization;

    @Column(name = "movement_name")
    public String movementName;

    /** The emulation year the award is for; null for awards drafted before it was recorded. */
    @Column(name = "movement_year")
    public Integer movementYear;

    /**
     * The movement the nomination was made in: with {@link #movementYear}, the achievement the award is for. Null for
     * awards drafted before V19.
     */
    @Column(name = "movement_id")
    public UUID movementId;

    /**
     * An individual's birth year as the nomination gave it: with the name, how a person is told apart (as
     * nomination-service's duplicate check does). Null when not given, for collectives and before V19.
     */
    @Column(name = "recipient_birth_year")
    public Integer recipientBirthYear;

    /** The date of the council's approval: a draft is priced by the rules of this date. */
    @Column(name = "council_decision_date", nullable = false)
    public LocalDate councilDecisionDate;

    /** The decision that lists this award; null while the award waits for one. */
    @Column(name = "decision_id")
    public UUID decisionId;

    /** The signed decision's number, copied at signing; null before. */
    @Column(name = "decision_number")
    public String decisionNumber;

    /** The signed decision's date, whose rules price a granted award; null before signing. */
    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    @Column(nullable = false)
    public BigDecimal multiplier;

    @Column(name = "collective_factor", nullable = false)
    public BigDecimal collectiveFactor;

    @Column(name = "base_salary_vnd", nullable = false)
    public long baseSalaryVnd;

    /** What the award pays: {@link #pricedAmountVnd}, unless a rule of payment lowered it ({@link #paymentNote}). */
    @Column(name = "amount_vnd", nullable = false)
    public long amountVnd;

    /** What the reward rules price the award at, before the rule "only the highest amount" (HighestAmountRule). */
    @Column(name = "priced_amount_vnd", nullable = false)
    public long pricedAmountVnd;

    /** Why the award pays less than it is priced at, or why that rule could not be applied; null when neither. */
    @Column(name = "payment_note")
    public String paymentNote;

    @Column(name = "granted_at")
    public Instant grantedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "revocation_category")
    public RevocationCategory revocationCategory;

    @Column(name = "revocation_reason")
    public String revocationReason;

    /** What the recipient has to pay back after a revocation: the amount the award paid. */
    @Column(name = "recovery_amount_vnd")
    public Long recoveryAmountVnd;

    /** The sum of the repayments recorded against {@link #recoveryAmountVnd}. */
    @Column(name = "recovered_vnd", nullable = false)
    public long recoveredVnd;

    /** What is still to be recovered: null unless revoked. */
    public Long outstandingVnd() {
        return recoveryAmountVnd == null ? null : recoveryAmountVnd - recoveredVnd;
    }

    /** The date whose reward rules the stored figures follow. */
    public LocalDate pricedOn() {
        return decisionDate != null ? decisionDate : councilDecisionDate;
    }

    public void price(RewardQuote quote) {
        legalBasis = quote.legalBasis();
        multiplier = quote.multiplier();
        collectiveFactor = quote.collectiveFactor();
        baseSalaryVnd = quote.baseSalaryVnd();
        pricedAmountVnd = quote.amountVnd();
        amountVnd = quote.amountVnd();
        paymentNote = null;
    }

    /** Pays less than the price, for the reason the note gives. */
    public void pay(long paidVnd, String note) {
        amountVnd = paidVnd;
        paymentNote = note;
    }
}
