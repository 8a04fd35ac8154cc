package vn.vinhdanh.award.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * The money a fund (quỹ thi đua, khen thưởng) may pay out in one year. {@code committedVnd} grows by each signed
 * decision's total, in the signing transaction and under this row's lock, so two decisions signed at the same time
 * can never together overspend it.
 */
@Entity
@Table(name = "budget")
public class Budget extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "amount_vnd", nullable = false)
    public long amountVnd;

    @Column(name = "committed_vnd", nullable = false)
    public long committedVnd;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    public long remainingVnd() {
        return amountVnd - committedVnd;
    }

    @Embeddable
    public record Key(
            @Column(name = "year") int year,
            @Column(name = "fund") String fund) implements Serializable {}
}
