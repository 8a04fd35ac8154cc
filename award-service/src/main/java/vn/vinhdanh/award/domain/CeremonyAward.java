package vn.vinhdanh.award.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An award to be presented at a ceremony; an award attaches to one ceremony at most. */
@Entity
@Table(name = "ceremony_award")
public class CeremonyAward extends PanacheEntityBase {

    @Id
    @Column(name = "award_id")
    public UUID awardId;

    @Column(name = "ceremony_id", nullable = false)
    public UUID ceremonyId;

    @Column(name = "attached_at", nullable = false)
    public Instant attachedAt;

    @Column(name = "attached_by", nullable = false)
    public String attachedBy;
}
