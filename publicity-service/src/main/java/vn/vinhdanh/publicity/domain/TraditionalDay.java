package vn.vinhdanh.publicity.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import vn.vinhdanh.events.Sector;

/**
 * The traditional days on which a sector honours its models, and so the day a story about one of them is best
 * published when no ceremony is known: 20/11 Teachers' Day for education, 27/2 Doctors' Day for health, 26/3 the
 * Youth Union's founding for youth work, 28/6 Family Day for a movement about families, and otherwise 11/6, the
 * anniversary of President Hồ Chí Minh's call for patriotic emulation (1948).
 */
public enum TraditionalDay {
    TEACHERS_DAY(MonthDay.of(11, 20), "Ngày Nhà giáo Việt Nam (20/11)"),
    DOCTORS_DAY(MonthDay.of(2, 27), "Ngày Thầy thuốc Việt Nam (27/2)"),
    YOUTH_UNION_DAY(MonthDay.of(3, 26), "Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3)"),
    FAMILY_DAY(MonthDay.of(6, 28), "Ngày Gia đình Việt Nam (28/6)"),
    PATRIOTIC_EMULATION_DAY(MonthDay.of(6, 11), "Ngày Bác Hồ ra Lời kêu gọi thi đua ái quốc (11/6)");

    private final MonthDay day;
    private final String vietnameseName;

    TraditionalDay(MonthDay day, String vietnameseName) {
        this.day = day;
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /**
     * The traditional day of a story's sector. No sector is "family": a movement whose name is about families (gia
     * đình) gets Family Day.
     */
    public static TraditionalDay of(Sector sector, String movementName) {
        return switch (sector) {
            case EDUCATION_TRAINING -> TEACHERS_DAY;
            case HEALTH -> DOCTORS_DAY;
            case YOUTH -> YOUTH_UNION_DAY;
            default -> isAboutFamilies(movementName) ? FAMILY_DAY : PATRIOTIC_EMULATION_DAY;
        };
    }

    /** The first occurrence of this day strictly after {@code date}. */
    public LocalDate nextAfter(LocalDate date) {
        LocalDate sameYear = day.atYear(date.getYear());
        return sameYear.isAfter(date) ? sameYear : day.atYear(date.getYear() + 1);
    }

    private static boolean isAboutFamilies(String movementName) {
        if (movementName == null) {
            return false;
        }
        String folded = Normalizer.normalize(movementName.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return folded.contains("gia dinh");
    }
}
