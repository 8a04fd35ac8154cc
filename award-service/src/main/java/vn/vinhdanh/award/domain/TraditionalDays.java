package vn.vinhdanh.award.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import vn.vinhdanh.events.CeremonyOccasion;
import vn.vinhdanh.events.Sector;

/**
 * The traditional days on which sectors honour their models (domain brief §7): 11 June for everyone, 20 November
 * for education, 27 February for health, 26 March for youth, 28 June for families.
 */
public final class TraditionalDays {

    public record TraditionalDay(CeremonyOccasion occasion, MonthDay day, String nameVi) {
    }

    private static final Map<CeremonyOccasion, TraditionalDay> DAYS = Map.of(
            CeremonyOccasion.PATRIOTIC_EMULATION_DAY, new TraditionalDay(CeremonyOccasion.PATRIOTIC_EMULATION_DAY,
                    MonthDay.of(6, 11), "Ngày Bác Hồ ra Lời kêu gọi thi đua ái quốc"),
            CeremonyOccasion.TEACHERS_DAY, new TraditionalDay(CeremonyOccasion.TEACHERS_DAY, MonthDay.of(11, 20),
                    "Ngày Nhà giáo Việt Nam"),
            CeremonyOccasion.DOCTORS_DAY, new TraditionalDay(CeremonyOccasion.DOCTORS_DAY, MonthDay.of(2, 27),
                    "Ngày Thầy thuốc Việt Nam"),
            CeremonyOccasion.YOUTH_UNION_DAY, new TraditionalDay(CeremonyOccasion.YOUTH_UNION_DAY, MonthDay.of(3, 26),
                    "Ngày thành lập Đoàn TNCS Hồ Chí Minh"),
            CeremonyOccasion.FAMILY_DAY, new TraditionalDay(CeremonyOccasion.FAMILY_DAY, MonthDay.of(6, 28),
                    "Ngày Gia đình Việt Nam"));

    private TraditionalDays() {
    }

    /** The traditional day of a sector; a sector without its own day honours its models on 11 June. */
    public static TraditionalDay of(Sector sector) {
        CeremonyOccasion occasion = sector == null ? CeremonyOccasion.PATRIOTIC_EMULATION_DAY : switch (sector) {
            case EDUCATION_TRAINING -> CeremonyOccasion.TEACHERS_DAY;
            case HEALTH -> CeremonyOccasion.DOCTORS_DAY;
            case YOUTH -> CeremonyOccasion.YOUTH_UNION_DAY;
            default -> CeremonyOccasion.PATRIOTIC_EMULATION_DAY;
        };
        return DAYS.get(occasion);
    }

    /** The day of an occasion that falls on a fixed date, or null for reviews and other occasions. */
    public static TraditionalDay of(CeremonyOccasion occasion) {
        return DAYS.get(occasion);
    }

    /** The first date on or after {@code from} on which the day falls. */
    public static LocalDate next(TraditionalDay day, LocalDate from) {
        LocalDate thisYear = day.day().atYear(from.getYear());
        return thisYear.isBefore(from) ? day.day().atYear(from.getYear() + 1) : thisYear;
    }
}
