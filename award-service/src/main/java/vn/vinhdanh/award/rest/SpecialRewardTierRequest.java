package vn.vinhdanh.award.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import vn.vinhdanh.award.service.AddSpecialRewardTier;
import vn.vinhdanh.events.Sector;

/**
 * A tier of a special reward schedule. {@code verified} says whether the amount was read in the official text; an
 * amount beyond the schedule's cap, when it sets one, is refused (422 special-reward-cap-exceeded);
 * {@code sourceDocument} (optional) names the text it was read in.
 */
public record SpecialRewardTierRequest(
        @NotNull Sector field,

        @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Z0-9][A-Z0-9_]*", message = "must be like NATIONAL_FIRST")
        String tier,

        @NotBlank @Size(max = 400) String descriptionVi,
        @NotNull @Positive Long amountVnd,
        @NotNull Boolean verified,
        @Size(min = 1, max = 200) String sourceDocument) {

    AddSpecialRewardTier toCommand() {
        return new AddSpecialRewardTier(field, tier, descriptionVi, amountVnd, verified, sourceDocument);
    }
}
