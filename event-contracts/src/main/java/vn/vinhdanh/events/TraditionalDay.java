package vn.vinhdanh.events;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * The traditional days on which sectors honour their models (domain brief §7), the {@link CeremonyOccasion}s that
 * fall on a fixed date: 11 June for everyone (1948, President Hồ Chí Minh's call for patriotic emulation), 20 November
 * for education, 27 February for health, 26 March for youth, 28 June for families.
 */
public enum TraditionalDay {
    PATRIOTIC_EMULATION_DAY(
            CeremonyOccasion.PATRIOTIC_EMULATION_DAY, MonthDay.of(6, 11), "Ngày Bác Hồ ra Lời kêu gọi thi đua ái quốc"),
    TEACHERS_DAY(CeremonyOccasion.TEACHERS_DAY, MonthDay.of(11, 20), "Ngày Nhà giáo Việt Nam"),
    DOCTORS_DAY(CeremonyOccasion.DOCTORS_DAY, MonthDay.of(2, 27), "Ngày Thầy thuốc Việt Nam"),
    YOUTH_UNION_DAY(CeremonyOccasion.YOUTH_UNION_DAY, MonthDay.of(3, 26), "Ngày thành lập Đoàn TNCS Hồ Chí Minh"),
    FAMILY_DAY(CeremonyOccasion.FAMILY_DAY, MonthDay.of(6, 28), "Ngày Gia đình Việt Nam");

    private final CeremonyOccasion occasion;
    private final MonthDay day;
    private final String vietnameseName;

    TraditionalDay(CeremonyOccasion occasion, MonthDay day, String vietnameseName) {
        this.occasion = occasion;
        this.day = day;
        this.vietnameseName = vietnameseName;
    }

    public CeremonyOccasion occasion() {
        return occasion;
    }

    public MonthDay day() {
        return day;
    }

    /** "Ngày Nhà giáo Việt Nam". */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** The name with its day, as printed for a reader: "Ngày Nhà giáo Việt Nam (20/11)". */
    public String vietnameseNameWithDay() {
        return vietnameseName + " (" + day.getDayOfMonth() + "/" + day.getMonthValue() + ")";
    }

    /** The traditional day of a sector; a sector without its own day (or none) honours its models on 11 June. */
    public static TraditionalDay of(Sector sector) {
        if (sector == null) {
            return PATRIOTIC_EMULATION_DAY;
        }
        return switch (sector) {
            case EDUCATION_TRAINING -> TEACHERS_DAY;
            case HEALTH -> DOCTORS_DAY;
            case YOUTH -> YOUTH_UNION_DAY;
            default -> PATRIOTIC_EMULATION_DAY;
        };
    }

    /** The day of an occasion, or empty for the occasions without a fixed date (reviews, sudden achievements). */
    public static Optional<TraditionalDay> of(CeremonyOccasion occasion) {
        for (TraditionalDay candidate : values()) {
            if (candidate.occasion == occasion) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The first date on or after {@code date} on which this day falls: a ceremony may be held today. */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate sameYear = day.atYear(date.getYear());
        return sameYear.isBefore(date) ? day.atYear(date.getYear() + 1) : sameYear;
    }

    /** The first date strictly after {@code date} on which this day falls. */
    public LocalDate after(LocalDate date) {
        return onOrAfter(date.plusDays(1));
    }
}
