package vn.vinhdanh.publicity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** A visible correction of a published story ("Đính chính"). */
@Entity
@Table(name = "feature_correction")
public class FeatureCorrection extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "feature_id", nullable = false)
    public UUID featureId;

    @Column(nullable = false)
    public String note;

    @Column(name = "corrected_by", nullable = false)
    public String correctedBy;

    @Column(name = "corrected_at", nullable = false)
    public Instant correctedAt;

    public static List<FeatureCorrection> of(UUID featureId) {
        return list("featureId = ?1 order by correctedAt, id", featureId);
    }

    /** Corrections of many features in one query, for the feeds. */
    public static List<FeatureCorrection> ofAll(Collection<UUID> featureIds) {
        return featureIds.isEmpty() ? List.of() : list("featureId in ?1 order by correctedAt, id", featureIds);
    }
}
