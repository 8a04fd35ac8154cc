package vn.vinhdanh.review.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The chair's decision that a member may review a case despite a conflict; kept with its reason. */
@Entity
@Table(name = "review_conflict_override")
public class ConflictOverride extends PanacheEntityBase {

    @EmbeddedId
    public CaseMemberKey key;

    @Column(nullable = false)
    public String reason;

    @Column(name = "overridden_by", nullable = false)
    public String overriddenBy;

    @Column(name = "overridden_at", nullable = false)
    public Instant overriddenAt;
}
