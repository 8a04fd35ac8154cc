package vn.vinhdanh.award.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An issuer of decisions ("QĐ-UBND") and the authority it acts for. */
@Entity
@Table(name = "decision_issuer")
public class DecisionIssuer extends PanacheEntityBase {

    @Id
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Authority authority;

    @Column(name = "name_vi", nullable = false)
    public String nameVi;

    /** The full name of who signs its decisions, printed under the signer's title; null when none is recorded. */
    @Column(name = "signer_name")
    public String signerName;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
