package vn.vinhdanh.award.service;

import java.time.LocalDate;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.Sector;

/**
 * Pay a special reward: {@code achievements} (null for 1) of the tier, e.g. two gold medals. {@code sourceDocument}:
 * the document the officer read the amount in (e.g. QĐ 1234/QĐ-UBND), required for a tier no source confirmed.
 */
public record GrantSpecialReward(
        String scheduleCode,
        Sector field,
        String tier,
        NomineeKind recipientKind,
        String recipientName,
        String achievement,
        LocalDate awardDate,
        Integer achievements,
        String sourceDocument) {}
