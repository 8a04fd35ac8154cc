package vn.vinhdanh.publicity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import vn.vinhdanh.events.RecurringDay;
import vn.vinhdanh.events.Sector;

/** A traditional day as award-service last published it (traditional-day.published.v1), the highest revision kept. */
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

    /** Sector names, comma-separated, as the event listed them. */
    @Column(nullable = false)
    public String sectors;

    @Column(name = "families_day", nullable = false)
    public boolean familiesDay;

    @Column(name = "every_other_sector", nullable = false)
    public boolean everyOtherSector;

    @Column(nullable = false)
    public long revision;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    public List<Sector> sectorList() {
        return sectors.isEmpty()
                ? List.of()
                : Arrays.stream(sectors.split(",")).map(Sector::valueOf).toList();
    }

    public SectorDays.Day toDay() {
        return new SectorDays.Day(nameVi, new RecurringDay(monthOfYear, dayOfMonth));
    }
}
