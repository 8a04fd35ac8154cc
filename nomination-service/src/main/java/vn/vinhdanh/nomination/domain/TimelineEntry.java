package vn.vinhdanh.nomination.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One step of a nomination's journey, at the time it happened in the service that made it happen: a status step, or
 * an {@link TimelineEvent event} that left the status as it was ({@code status} is then the status at that moment).
 */
@Entity
@Table(name = "nomination_timeline")
public class TimelineEntry {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "nomination_id")
    public Nomination nomination;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NominationStatus status;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    public String note;

    /** What happened besides the status; null for a status step. */
    @Enumerated(EnumType.STRING)
    public TimelineEvent event;

    /** The event that reported this step; null for steps taken in this service. */
    @Column(name = "source_event_id", unique = true)
    public UUID sourceEventId;
}
