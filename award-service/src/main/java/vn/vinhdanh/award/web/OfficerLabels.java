package vn.vinhdanh.award.web;

import io.quarkus.qute.TemplateExtension;
import vn.vinhdanh.award.domain.AwardStatus;
import vn.vinhdanh.award.domain.UpwardProposalStatus;
import vn.vinhdanh.events.CeremonyOccasion;

/** An award's status, a ceremony's occasion and an upward proposal's status as the officer's pages name them. */
@TemplateExtension
final class OfficerLabels {

    private OfficerLabels() {}

    static String vi(CeremonyOccasion occasion) {
        return switch (occasion) {
            case ANNUAL_REVIEW -> "Tổng kết năm";
            case MOVEMENT_REVIEW -> "Sơ kết, tổng kết phong trào";
            // the days' dates are the table's (the ceremony page shows the day it is held on)
            case PATRIOTIC_EMULATION_DAY -> "Ngày Bác Hồ ra Lời kêu gọi thi đua ái quốc";
            case TEACHERS_DAY -> "Ngày Nhà giáo Việt Nam";
            case DOCTORS_DAY -> "Ngày Thầy thuốc Việt Nam";
            case YOUTH_UNION_DAY -> "Ngày thành lập Đoàn TNCS Hồ Chí Minh";
            case FAMILY_DAY -> "Ngày Gia đình Việt Nam";
            case SECTOR_DAY -> "Ngày truyền thống của ngành";
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

    static String vi(UpwardProposalStatus status) {
        return switch (status) {
            case AWAITING_SUBMISSION -> "Chờ tỉnh trình";
            case SUBMITTED -> "Đã trình, chờ cấp trên";
            case DECIDED -> "Cấp trên đã khen thưởng";
            case REFUSED -> "Cấp trên không khen thưởng";
        };
    }
}
