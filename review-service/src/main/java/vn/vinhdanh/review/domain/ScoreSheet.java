package vn.vinhdanh.review.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A reviewer's scores on one case; editable as a draft, locked once submitted until the secretary unlocks it. */
@Entity
@Table(name = "review_score_sheet")
public class ScoreSheet extends PanacheEntityBase {

    public enum Status {
        DRAFT,
        SUBMITTED
    }

    @EmbeddedId
    public CaseMemberKey key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public String comment;

    /** Σ score × weight / Σ weight over the scored criteria, on the 0–10 scale of the scores. */
    @Column(name = "weighted_total")
    public BigDecimal weightedTotal;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @ElementCollection
    @CollectionTable(
            name = "review_score",
            joinColumns = {
                @JoinColumn(name = "case_id", referencedColumnName = "case_id"),
                @JoinColumn(name = "member_id", referencedColumnName = "member_id")
            })
    @OrderColumn(name = "position")
    public List<Score> scores = new ArrayList<>();

    public boolean submitted() {
        return status == Status.SUBMITTED;
    }
}
