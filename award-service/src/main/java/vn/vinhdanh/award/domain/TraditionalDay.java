package vn.vinhdanh.award.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.vinhdanh.events.CeremonyOccasion;
import vn.vinhdanh.events.RecurringDay;
import vn.vinhdanh.events.Sector;

/**
 * A sector's traditional day (ngày truyền thống): when ceremonies are held and, without one, when a story of the
 * sector is suggested for publication. award-service owns the table; publicity reads it as events.
 */
@Entity
@Table(name = "traditional_day")
public class TraditionalDay extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_vi", nullable = false)
    public String nameVi;

    @Column(name = "month_of_year", nullable = false)
    public int monthOfYear;

    @Column(name = "day_of_month", nullable = false)
    public int dayOfMonth;

    /** Sector names, comma-separated: a sector has one day, so the list stays short and is read whole. */
    @Column(nullable = false)
    public String sectors = "";

    @Column(name = "families_day", nullable = false)
    public boolean familiesDay;

    @Column(name = "every_other_sector", nullable = false)
    public boolean everyOtherSector;

    @Column(name = "established_by", nullable = false)
    public String establishedBy;

    @Column(nullable = false)
    public String source;

    @Column(nullable = false)
    public boolean verified;

    /** 1 as recorded, one more with each correction; the audit trail keeps what each correction replaced. */
    @Column(nullable = false)
    public int revision = 1;

    /** The revision last sent to the outbox; null until the day is first published. */
    @Column(name = "published_revision")
    public Integer publishedRevision;

    public RecurringDay recurring() {
        return new RecurringDay(monthOfYear, dayOfMonth);
    }

    public List<Sector> sectorList() {
        return sectors.isEmpty()
                ? List.of()
                : Arrays.stream(sectors.split(",")).map(Sector::valueOf).toList();
    }

    /** Stores the sectors in the order of {@link Sector}, so the same set is always the same text. */
    public void setSectors(List<Sector> honoured) {
        sectors = honoured.stream().distinct().sorted().map(Sector::name).collect(Collectors.joining(","));
    }

    public boolean honours(Sector sector) {
        return sectorList().contains(sector);
    }

    /**
     * The occasion a ceremony on this day is held for: the five days {@link CeremonyOccasion} names are their own
     * occasion, every other day is {@link CeremonyOccasion#SECTOR_DAY}.
     */
    public CeremonyOccasion occasion() {
        return Arrays.stream(CeremonyOccasion.values())
                .filter(o -> o.name().equals(code))
                .findFirst()
                .orElse(CeremonyOccasion.SECTOR_DAY);
    }

    /** As a reader reads it: "Ngày Báo chí cách mạng Việt Nam (21/6)". */
    public String nameWithDay() {
        return nameVi + " (" + recurring().dayMonth() + ")";
    }
}
