package vn.vinhdanh.events;

import java.util.Locale;

/**
 * How the platform's shared kinds are named in Vietnamese: in running text (a story's copy, "ngành y tế") and as a
 * label on a page or in a feed (capitalised, "Y tế"). Written once for the four services.
 */
public final class VietnameseNames {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private VietnameseNames() {}

    public static String of(Sector sector) {
        return switch (sector) {
            case EDUCATION_TRAINING -> "giáo dục và đào tạo";
            case HEALTH -> "y tế";
            case YOUTH -> "công tác thanh niên";
            case LITERATURE_ARTS -> "văn học – nghệ thuật";
            case PRESS -> "báo chí";
            case SPORTS -> "thể dục thể thao";
            case SCIENCE_TECHNOLOGY -> "khoa học và công nghệ";
            case SECURITY -> "an ninh trật tự, phòng chống tội phạm";
            case ECONOMY -> "phát triển kinh tế";
            case AGRICULTURE -> "nông nghiệp và phát triển nông thôn";
            case OTHER -> "các lĩnh vực khác";
        };
    }

    public static String of(Level level) {
        return switch (level) {
            case PROVINCE -> "cấp tỉnh";
            case DEPARTMENT -> "cấp sở, ban, ngành";
            case DISTRICT -> "cấp huyện (trước 1/7/2025)";
            case COMMUNE -> "cấp xã";
            case ENTERPRISE -> "doanh nghiệp";
        };
    }

    public static String of(TargetGroup group) {
        return switch (group) {
            case CIVIL_SERVANT -> "cán bộ, công chức";
            case PUBLIC_EMPLOYEE -> "viên chức";
            case SOLDIER -> "lực lượng vũ trang";
            case CITIZEN -> "nhân dân";
            case WORKER -> "công nhân, người lao động";
            case COLLECTIVE -> "tập thể";
            case HOUSEHOLD -> "hộ gia đình";
        };
    }

    public static String of(NomineeKind kind) {
        return switch (kind) {
            case INDIVIDUAL -> "cá nhân";
            case COLLECTIVE -> "tập thể";
            case HOUSEHOLD -> "hộ gia đình";
        };
    }

    /** A name as a label: its first letter in capitals ("y tế" → "Y tế"). */
    public static String label(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(VIETNAMESE) + name.substring(1);
    }
}
