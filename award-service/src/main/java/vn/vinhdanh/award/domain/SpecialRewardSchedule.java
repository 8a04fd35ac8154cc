package vn.vinhdanh.award.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A provincial resolution on special rewards (e.g. NQ 38/2016/NQ-HĐND of Lào Cai) and its schedule of amounts. */
@Entity
@Table(name = "special_reward_schedule")
public class SpecialRewardSchedule extends PanacheEntityBase {

    /** No special reward pays more than this, whatever a schedule says. */
    public static final long CAP_VND = 200_000_000L;

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
}
