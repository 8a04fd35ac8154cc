package vn.vinhdanh.publicity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An editor's note on a feature, for the desk; never published. */
@Entity
@Table(name = "feature_comment")
public class FeatureComment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "feature_id", nullable = false)
    public UUID featureId;

    @Column(nullable = false)
    public String author;

    @Column(nullable = false)
    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<FeatureComment> of(UUID featureId) {
        return list("featureId = ?1 order by createdAt, id", featureId);
    }
}
