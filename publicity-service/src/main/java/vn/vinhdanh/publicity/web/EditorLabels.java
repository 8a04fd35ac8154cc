package vn.vinhdanh.publicity.web;

import io.quarkus.qute.TemplateExtension;
import vn.vinhdanh.publicity.domain.FeatureStatus;

/** The desk's words for a story's status and for what happened to it. */
@TemplateExtension
final class EditorLabels {

    private EditorLabels() {}

    static String vi(FeatureStatus status) {
        return switch (status) {
            case DRAFT -> "Bản nháp";
            case IN_REVIEW -> "Chờ duyệt";
            case APPROVED -> "Đã duyệt";
            case SCHEDULED -> "Hẹn giờ đăng";
            case PUBLISHED -> "Đã đăng";
            case KILLED -> "Đã gỡ";
        };
    }

    /** A desk log action ("feature.drafted", "feature.edit", ...) as a sentence's verb. */
    static String actionVi(String action) {
        return switch (action) {
            case "feature.draft" -> "Bản nháp mới";
            case "feature.award-added" -> "Đã có quyết định khen thưởng";
            case "feature.award-blocked" -> "Khen thưởng bị vướng";
            case "feature.award-unblocked" -> "Đã sửa danh hiệu khen thưởng";
            case "feature.ceremony-scheduled" -> "Đã có lịch lễ trao";
            case "feature.ceremony-cancelled" -> "Lễ trao bị hủy";
            case "feature.assign" -> "Giao người viết";
            case "feature.comment" -> "Góp ý";
            case "feature.edit" -> "Đã sửa";
            case "feature.submit-for-review" -> "Gửi duyệt";
            case "feature.request-changes" -> "Trả lại sửa";
            case "feature.approve" -> "Đã duyệt";
            case "feature.schedule" -> "Hẹn giờ đăng";
            case "feature.publish" -> "Đã đăng";
            case "feature.correct" -> "Đính chính";
            case "feature.kill" -> "Đã gỡ";
            default -> action;
        };
    }
}
