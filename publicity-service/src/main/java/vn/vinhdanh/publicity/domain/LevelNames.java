package vn.vinhdanh.publicity.domain;

import vn.vinhdanh.events.Level;

/** How an organising level is named in Vietnamese copy. */
public final class LevelNames {

    private LevelNames() {}

    public static String vietnamese(Level level) {
        return switch (level) {
            case PROVINCE -> "Cấp tỉnh";
            case DEPARTMENT -> "Cấp sở, ban, ngành";
            case DISTRICT -> "Cấp huyện";
            case COMMUNE -> "Cấp xã";
            case ENTERPRISE -> "Doanh nghiệp";
        };
    }
}
