package vn.vinhdanh.nomination.web;

import io.quarkus.qute.TemplateExtension;
import vn.vinhdanh.nomination.domain.NominationStatus;

/** A nomination's status as the agency's pages name it. */
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
}
