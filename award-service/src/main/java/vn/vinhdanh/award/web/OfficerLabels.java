package vn.vinhdanh.award.web;

import io.quarkus.qute.TemplateExtension;
import vn.vinhdanh.award.domain.AwardStatus;

/** An award's status as the officer's pages name it. */
@TemplateExtension
final class OfficerLabels {

    private OfficerLabels() {}

    static String vi(AwardStatus status) {
        return switch (status) {
            case DRAFT -> "Chờ quyết định";
            case GRANTED -> "Đã khen thưởng";
            case REVOKED -> "Đã thu hồi";
        };
    }
}
