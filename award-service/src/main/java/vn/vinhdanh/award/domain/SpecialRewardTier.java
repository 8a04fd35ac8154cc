package vn.vinhdanh.award.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.vinhdanh.events.Sector;

/** The amount a schedule pays for one achievement tier in one field. */
@Entity
@Table(name = "special_reward_tier")
public class SpecialRewardTier extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "schedule_code", nullable = false)
    public String scheduleCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sector field;

    @Column(nullable = false)
    public String tier;

    @Column(name = "description_vi", nullable = false)
    public String descriptionVi;

    @Column(name = "amount_vnd", nullable = false)
    public long amountVnd;

    /** False for the seeded figures: the official amount tables were not found. */
    @Column(nullable = false)
    public boolean verified;

    /** The document the amount was read in (e.g. the resolution's annex), when an officer recorded it. */
    @Column(name = "source_document")
    public String sourceDocument;

    /** 1 as seeded or added, one more per correction. */
    @Column(nullable = false)
    public int revision;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
