package vn.vinhdanh.nomination.web;

import io.quarkus.qute.TemplateExtension;
import vn.vinhdanh.nomination.domain.NominationStatus;
import vn.vinhdanh.nomination.domain.TimelineEvent;

/** A nomination's status, and what else its timeline records, as the agency's pages name them. */
@TemplateExtension
final class StatusLabels {

    private StatusLabels() {}

    static String vi(NominationStatus status) {
        return switch (status) {
            case SUBMITTED -> "Đã gửi";
            case UNDER_REVIEW -> "Hội đồng đang xét";
            case APPROVED -> "Hội đồng đã thông qua";
            case REJECTED -> "Không được thông qua";
            case RETURNED -> "Trả lại để bổ sung";
            case AWARDED -> "Đã có quyết định khen thưởng";
            case PUBLICIZED -> "Đã tuyên truyền";
            case WITHDRAWN -> "Đã rút";
        };
    }

    static String vi(TimelineEvent event) {
        return switch (event) {
            case AWARD_BLOCKED -> "Chưa lập được khen thưởng theo hình thức đề nghị";
            case TITLE_CORRECTED -> "Đã sửa hình thức đề nghị";
            case AWARD_UNBLOCKED -> "Đã lập khen thưởng theo hình thức đã sửa";
            case UPWARD_PROPOSED -> "Đã đề nghị cấp trên khen thưởng";
            case UPWARD_SUBMITTED -> "Đã trình cấp trên";
            case UPWARD_REFUSED -> "Cấp trên không khen thưởng";
            case AWARD_REVOKED -> "Khen thưởng bị hủy bỏ";
            case FEATURE_KILLED -> "Bài tuyên truyền bị gỡ bỏ";
        };
    }
}
