package vn.vinhdanh.publicity.domain;

import vn.vinhdanh.events.Sector;

/** How a sector is named in Vietnamese copy. */
public final class SectorNames {

    private SectorNames() {}

    public static String vietnamese(Sector sector) {
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
}
