package vn.vinhdanh.award.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.vinhdanh.award.service.GrantSpecialReward;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.Sector;

/**
 * {@code achievements} (default 1): how many achievements of the tier the reward is for, e.g. two gold medals.
 * {@code sourceDocument}: the number of the document the officer read the amount in (e.g. QĐ 1234/QĐ-UBND), which
 * confirms a tier no source verified (422 unverified-tier without it).
 */
public record SpecialRewardRequest(
        @NotBlank @Size(max = 40) String scheduleCode,
        @NotNull Sector field,
        @NotBlank @Size(max = 60) String tier,
        @NotNull NomineeKind recipientKind,
        @NotBlank @Size(max = 200) String recipientName,
        @NotBlank @Size(max = 2000) String achievement,
        @NotNull LocalDate awardDate,
        @Min(1) @Max(100) Integer achievements,
        @Size(min = 1, max = 200) String sourceDocument) {

    GrantSpecialReward toCommand() {
        return new GrantSpecialReward(
                scheduleCode,
                field,
                tier,
                recipientKind,
                recipientName,
                achievement,
                awardDate,
                achievements,
                sourceDocument);
    }
}
