package vn.vinhdanh.award.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import vn.vinhdanh.events.CeremonyOccasion;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.province.ProvinceClock;

/** An honouring ceremony at which awards are presented. */
@Entity
public class Ceremony extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CeremonyOccasion occasion;

    @Column(name = "ceremony_date", nullable = false)
    public LocalDate ceremonyDate;

    /** Local time in Việt Nam; null while only the day is known. */
    @Column(name = "start_time")
    public LocalTime startTime;

    @Column(nullable = false)
    public String place;

    /**
     * The code of the traditional day it is held on: the five fixed occasions' own day, or the day a SECTOR_DAY names;
     * null for a review or another occasion.
     */
    @Column(name = "traditional_day_code")
    public String traditionalDayCode;

    /** Null: a ceremony for every sector. */
    @Enumerated(EnumType.STRING)
    public Sector sector;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CeremonyStatus status;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    /** The start as an instant, for the event; null while only the day is known. Start times are local in Lào Cai. */
    public Instant startsAt() {
        return startTime == null
                ? null
                : ceremonyDate.atTime(startTime).atZone(ProvinceClock.ZONE).toInstant();
    }
}
