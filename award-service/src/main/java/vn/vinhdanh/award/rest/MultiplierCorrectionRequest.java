package vn.vinhdanh.award.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import vn.vinhdanh.award.service.CorrectMultiplier;

/** The official figure of an unverified period, and where it was read (kept in the audit trail). */
public record MultiplierCorrectionRequest(
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 3, fraction = 3)
        BigDecimal multiplier,

        @NotBlank @Size(max = 500) String reason) {

    CorrectMultiplier toCommand() {
        return new CorrectMultiplier(multiplier, reason);
    }
}
