package vn.vinhdanh.award.service;

import vn.vinhdanh.award.domain.AwardStatus;

/** An award's status as a refusal says it of the award in Vietnamese ("Khen thưởng … đang chờ quyết định"). */
final class AwardStatusInVietnamese {

    private AwardStatusInVietnamese() {}

    static String of(AwardStatus status) {
        return switch (status) {
            case DRAFT -> "đang chờ quyết định";
            case GRANTED -> "đã được cấp";
            case REVOKED -> "đã bị thu hồi";
        };
    }
}
