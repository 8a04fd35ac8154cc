package vn.vinhdanh.award.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** An authority may grant an award type for decisions dated in [validFrom, validTo]. */
@Entity
@Table(name = "award_authority")
public class AwardAuthority extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    /** Inclusive; null while in force. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    /** Where the rule was read (an address and the article of the law or decree). */
    @Column(length = 500)
    public String source;

    /** False where the sentence that gives this authority the award was not read in a source. */
    @Column(nullable = false)
    public boolean verified;

    @Embeddable
    public record Key(
            @Enumerated(EnumType.STRING) @Column(name = "authority")
            Authority authority,

            @Column(name = "award_code") String awardCode,
            @Column(name = "valid_from") LocalDate validFrom)
            implements Serializable {}

    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(key.validFrom()) && (validTo == null || !date.isAfter(validTo));
    }
}
