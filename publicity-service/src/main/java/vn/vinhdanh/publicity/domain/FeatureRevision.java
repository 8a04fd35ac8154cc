package vn.vinhdanh.publicity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The text of a feature as it was before an edit: the revision history. */
@Entity
@Table(name = "feature_revision")
public class FeatureRevision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "feature_id", nullable = false)
    public UUID featureId;

    /** The feature's version this text belonged to. */
    @Column(nullable = false)
    public long version;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String summary;

    @Column(nullable = false)
    public String body;

    @Column(name = "edited_by", nullable = false)
    public String editedBy;

    @Column(name = "edited_at", nullable = false)
    public Instant editedAt;

    public String note;

    public static FeatureRevision of(Feature feature, String editedBy, Instant at, String note) {
        FeatureRevision revision = new FeatureRevision();
        revision.id = UUID.randomUUID();
        revision.featureId = feature.id;
        revision.version = feature.version;
        revision.title = feature.title;
        revision.summary = feature.summary;
        revision.body = feature.body;
        revision.editedBy = editedBy;
        revision.editedAt = at;
        revision.note = note;
        return revision;
    }

    public static List<FeatureRevision> of(UUID featureId) {
        return list("featureId = ?1 order by editedAt, id", featureId);
    }
}
