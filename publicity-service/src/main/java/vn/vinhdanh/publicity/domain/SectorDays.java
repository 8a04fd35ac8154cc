package vn.vinhdanh.publicity.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.RecurringDay;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.province.VietnameseText;

/**
 * The traditional days as award-service published them, and which one a story is dated by: its sector's own day;
 * else, for a household's story or a movement about families (gia đình), the families' day; else the day of every
 * other sector. Until award-service's days have arrived (a new installation) that is 11 June, the day of the 1948
 * call for patriotic emulation, so a story is still suggested a sensible date.
 */
public final class SectorDays {

    /** A day as a story's suggestion names it. */
    public record Day(String nameVi, RecurringDay day) {

        /** "Ngày Báo chí cách mạng Việt Nam (21/6)". */
        public String nameWithDay() {
            return nameVi + " (" + day.dayMonth() + ")";
        }
    }

    /** The day of everyone while the read model is empty (and if it ever lacks one). */
    public static final Day PATRIOTIC_EMULATION_DAY =
            new Day("Ngày Bác Hồ ra Lời kêu gọi thi đua ái quốc", new RecurringDay(6, 11));

    public static final SectorDays NONE_YET = new SectorDays(List.of());

    private final List<TraditionalDay> days;

    private SectorDays(List<TraditionalDay> days) {
        // two days may list a sector for a moment while a correction moves it (their events travel on different
        // partitions): the later publication wins
        this.days = days.stream()
                .sorted(Comparator.comparing((TraditionalDay d) -> d.publishedAt)
                        .reversed())
                .toList();
    }

    public static SectorDays of(List<TraditionalDay> days) {
        return new SectorDays(days);
    }

    /** The day a story of this kind, sector and movement is dated by when no ceremony dates it. */
    public Day dayOf(NomineeKind kind, Sector sector, String movementName) {
        Optional<TraditionalDay> own = sector == null
                ? Optional.empty()
                : days.stream().filter(d -> d.sectorList().contains(sector)).findFirst();
        if (own.isPresent()) {
            return own.get().toDay();
        }
        boolean aboutFamilies = kind == NomineeKind.HOUSEHOLD
                || movementName != null && VietnameseText.fold(movementName).contains("gia dinh");
        if (aboutFamilies) {
            Optional<TraditionalDay> families =
                    days.stream().filter(d -> d.familiesDay).findFirst();
            if (families.isPresent()) {
                return families.get().toDay();
            }
        }
        return days.stream()
                .filter(d -> d.everyOtherSector)
                .findFirst()
                .map(TraditionalDay::toDay)
                .orElse(PATRIOTIC_EMULATION_DAY);
    }
}
