package vn.vinhdanh.nomination.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.vinhdanh.events.TargetGroup;

/**
 * One version of a movement's criteria, for all target groups. Written once and never changed: replacing the criteria
 * writes the next version, so every nomination can still be shown the criteria it was judged against.
 */
@Entity
@Table(name = "movement_criteria_version")
public class CriteriaVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "movement_id", nullable = false)
    public UUID movementId;

    @Column(nullable = false)
    public int version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @ElementCollection
    @CollectionTable(name = "movement_criterion", joinColumns = @JoinColumn(name = "criteria_version_id"))
    @OrderColumn(name = "position")
    public List<Criterion> criteria = new ArrayList<>();

    public static Optional<CriteriaVersion> find(UUID movementId, int version) {
        return find("movementId = ?1 and version = ?2", movementId, version).firstResultOptional();
    }

    /** A version the movement has: one it points at, or one a nomination was judged against. */
    public static CriteriaVersion existing(UUID movementId, int version) {
        return find(movementId, version)
                .orElseThrow(() ->
                        new IllegalStateException("movement " + movementId + " lacks criteria version " + version));
    }

    public List<Criterion> of(TargetGroup targetGroup) {
        return criteria.stream()
                .filter(criterion -> criterion.targetGroup == targetGroup)
                .toList();
    }
}
