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
 * amount beyond 200,000,000 VND is refused (422 special-reward-cap-exceeded).
 */
public record SpecialRewardTierRequest(
        @NotNull Sector field,

        @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Z0-9][A-Z0-9_]*", message = "must be like NATIONAL_FIRST")
        String tier,

        @NotBlank @Size(max = 400) String descriptionVi,
        @NotNull @Positive Long amountVnd,
        @NotNull Boolean verified) {

    AddSpecialRewardTier toCommand() {
        return new AddSpecialRewardTier(field, tier, descriptionVi, amountVnd, verified);
    }
}
