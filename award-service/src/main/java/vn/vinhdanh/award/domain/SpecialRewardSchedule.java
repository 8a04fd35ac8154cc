package vn.vinhdanh.award.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A provincial resolution on special rewards (e.g. NQ 38/2016/NQ-HĐND of Lào Cai) and its schedule of amounts. */
@Entity
@Table(name = "special_reward_schedule")
public class SpecialRewardSchedule extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    @Column(name = "name_vi", nullable = false)
    public String nameVi;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    /** False where the resolution itself was not found (its number is unknown). */
    @Column(nullable = false)
    public boolean verified;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SpecialRewardKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Territory territory;

    /** The first day a reward may be dated under it; null where the resolution's date was not found. */
    @Column(name = "valid_from")
    public LocalDate validFrom;

    /** The last day; null while in force. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    /** The most one reward under it may pay, when the resolution sets one; null: no cap. */
    @Column(name = "cap_vnd")
    public Long capVnd;

    /** What was read and what is assumed (an unverified date, a support resolution rather than a reward one). */
    @Column
    public String note;

    /** 1 as seeded or recorded, one more per correction; the audit trail keeps the values each one replaced. */
    @Column(nullable = false)
    public int revision;

    /** Whether a reward dated {@code day} falls within the schedule's validity (an unknown bound does not limit). */
    public boolean inForceOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
