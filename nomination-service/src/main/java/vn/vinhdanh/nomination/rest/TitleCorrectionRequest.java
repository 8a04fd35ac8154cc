package vn.vinhdanh.nomination.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.vinhdanh.nomination.service.CorrectTitle;

/**
 * Body of a title correction: the title to propose instead of the one award-service could not draft, and why.
 * {@code proposedAward} has the constraints of the nomination's own.
 */
public record TitleCorrectionRequest(
        @NotBlank
        @Size(max = 60)
        @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "an award code such as BANG_KHEN_CHU_TICH_UBND_TINH")
        String proposedAward,

        @NotBlank @Size(max = 2000) String reason) {

    public CorrectTitle toCommand() {
        return new CorrectTitle(proposedAward, reason);
    }
}
