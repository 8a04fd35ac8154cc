package vn.vinhdanh.award.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The multiple of the base salary an award type pays under one decree, for decisions dated in its period. */
@Entity
@Table(name = "reward_multiplier")
public class RewardMultiplier extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "award_code", nullable = false)
    public String awardCode;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    /** Inclusive; null while the decree is in force. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(nullable = false)
    public BigDecimal multiplier;

    /** False where no source confirmed the figure for this decree: shown to officers, never silently trusted. */
    @Column(nullable = false)
    public boolean verified;

    /** Where the figure was read (an address and the article), or who recorded it; null only for old rows. */
    @Column(length = SOURCE_LENGTH)
    public String source;

    /** 1 as recorded, one more with each correction; the audit trail keeps what each correction replaced. */
    @Column(nullable = false)
    public int revision = 1;

    public static final int SOURCE_LENGTH = 500;

    /** A source as the column takes it: cut to {@link #SOURCE_LENGTH} characters. */
    public static String source(String text) {
        return text.length() <= SOURCE_LENGTH ? text : text.substring(0, SOURCE_LENGTH);
    }

    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
