package vn.vinhdanh.award.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A principle of payment that is not a multiplier, as one decree states it for its period, with where it was read
 * ({@code verified} only when the sentence itself was).
 */
@Entity
@Table(name = "reward_principle")
public class RewardPrinciple extends PanacheEntityBase {

    /** Only the highest amount for several emulation titles of one achievement. */
    public static final String HIGHEST_AMOUNT = "HIGHEST_AMOUNT_SAME_ACHIEVEMENT";

    @Embeddable
    public record Key(
            @Column(name = "code") String code,
            @Column(name = "valid_from") LocalDate validFrom) implements Serializable {}

    @EmbeddedId
    public Key key;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    @Column(nullable = false)
    public String article;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(nullable = false)
    public boolean verified;

    @Column(nullable = false)
    public String source;

    /** The principle as the decree in force on the date states it; empty before the first recorded decree. */
    public static Optional<RewardPrinciple> inForce(String code, LocalDate date) {
        return RewardPrinciple.<RewardPrinciple>find(
                        "key.code = ?1 and key.validFrom <= ?2 and (validTo is null or validTo >= ?2)", code, date)
                .firstResultOptional();
    }

    /** "NĐ 152/2025/NĐ-CP, Điều 49": what a note cites. */
    public String citation() {
        return legalBasis + ", " + article;
    }
}
