package vn.vinhdanh.publicity.domain;

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
import vn.vinhdanh.events.CeremonyOccasion;

/**
 * The honouring ceremony at which a nomination's award is to be presented, from {@code ceremony.scheduled.v1}. Kept
 * per nomination whether or not its feature exists yet; the latest event wins, and a cancelled one withdraws it.
 */
@Entity
@Table(name = "ceremony_schedule")
public class CeremonySchedule extends PanacheEntityBase {

    @Id
    @Column(name = "nomination_id")
    public UUID nominationId;

    @Column(name = "ceremony_id", nullable = false)
    public UUID ceremonyId;

    @Column(name = "award_id")
    public UUID awardId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CeremonyOccasion occasion;

    @Column(name = "ceremony_date")
    public LocalDate ceremonyDate;

    @Column(name = "starts_at")
    public Instant startsAt;

    public String place;

    @Column(nullable = false)
    public boolean cancelled;

    @Column(name = "scheduled_at", nullable = false)
    public Instant scheduledAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** A ceremony that still holds the award on a known day. */
    public boolean isActive() {
        return !cancelled && ceremonyDate != null;
    }
}
