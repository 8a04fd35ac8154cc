package vn.vinhdanh.award.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Mức lương cơ sở: in force from its date until the next row's. */
@Entity
@Table(name = "base_salary")
public class BaseSalary extends PanacheEntityBase {

    @Id
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "amount_vnd", nullable = false)
    public long amountVnd;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    /** 1 as recorded, one more with each correction; the audit trail keeps what each correction replaced. */
    @Column(nullable = false)
    public int revision = 1;
}
