package vn.vinhdanh.award.web;

import io.quarkus.qute.TemplateExtension;
import vn.vinhdanh.award.domain.AwardStatus;
import vn.vinhdanh.events.CeremonyOccasion;

/** An award's status and a ceremony's occasion as the officer's pages name them. */
@TemplateExtension
final class OfficerLabels {

    private OfficerLabels() {}

    static String vi(CeremonyOccasion occasion) {
        return switch (occasion) {
            case ANNUAL_REVIEW -> "Tổng kết năm";
            case MOVEMENT_REVIEW -> "Sơ kết, tổng kết phong trào";
            case PATRIOTIC_EMULATION_DAY -> "Ngày Bác Hồ ra Lời kêu gọi thi đua ái quốc (11/6)";
            case TEACHERS_DAY -> "Ngày Nhà giáo Việt Nam (20/11)";
            case DOCTORS_DAY -> "Ngày Thầy thuốc Việt Nam (27/2)";
            case YOUTH_UNION_DAY -> "Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3)";
            case FAMILY_DAY -> "Ngày Gia đình Việt Nam (28/6)";
            case OTHER -> "Dịp khác (khen thưởng đột xuất)";
        };
    }

    static String vi(AwardStatus status) {
        return switch (status) {
            case DRAFT -> "Chờ quyết định";
            case GRANTED -> "Đã khen thưởng";
            case REVOKED -> "Đã thu hồi";
        };
    }
}
