package vn.vinhdanh.review.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A council meeting that votes by secret ballot on a list of cases. */
@Entity
@Table(name = "review_meeting")
public class Meeting extends PanacheEntityBase {

    public enum Status {
        VOTING,
        CLOSED
    }

    @Id
    public UUID id;

    @Column(name = "council_id", nullable = false)
    public UUID councilId;

    @Column(nullable = false)
    public String title;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "closed_at")
    public Instant closedAt;
}
