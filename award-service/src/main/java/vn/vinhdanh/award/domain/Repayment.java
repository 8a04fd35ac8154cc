package vn.vinhdanh.award.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Money paid back on a revoked award. */
@Entity
@Table(name = "award_repayment")
public class Repayment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "award_id", nullable = false)
    public UUID awardId;

    @Column(name = "amount_vnd", nullable = false)
    public long amountVnd;

    @Column(name = "paid_on", nullable = false)
    public LocalDate paidOn;

    public String reference;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
