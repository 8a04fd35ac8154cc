package vn.vinhdanh.review.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A conflict of interest declared by the member, or recorded by the secretary for them. */
@Entity
@Table(name = "review_conflict")
public class ConflictDeclaration extends PanacheEntityBase {

    @EmbeddedId
    public CaseMemberKey key;

    @Column(nullable = false)
    public String reason;

    @Column(name = "declared_by", nullable = false)
    public String declaredBy;

    @Column(name = "declared_at", nullable = false)
    public Instant declaredAt;
}
