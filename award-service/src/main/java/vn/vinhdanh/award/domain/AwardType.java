package vn.vinhdanh.award.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** An emulation title or commendation form of the catalogue. */
@Entity
@Table(name = "award_type")
public class AwardType extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_vi", nullable = false)
    public String nameVi;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Recipient recipient;

    @Column(name = "granted_by", nullable = false)
    public String grantedBy;

    /** Collectives receive this many times the individual amount (2 for certificates of merit and commendation). */
    @Column(name = "collective_factor", nullable = false)
    public BigDecimal collectiveFactor;

    @Enumerated(EnumType.STRING)
    @Column(name = "certificate_kind", nullable = false)
    public CertificateKind certificateKind;
}
