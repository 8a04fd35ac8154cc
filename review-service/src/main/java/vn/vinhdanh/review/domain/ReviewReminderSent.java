package vn.vinhdanh.review.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A reminder already published for a case, so that each kind goes out once. */
@Entity
@Table(name = "review_reminder")
public class ReviewReminderSent extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    @Embeddable
    public record Key(
            @Column(name = "case_id") UUID caseId,
            @Column(name = "kind") String kind) implements Serializable {}
}
