package vn.vinhdanh.award.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import vn.vinhdanh.award.service.CorrectMultiplier;

/**
 * The official figure of a period (and its legal basis, when that was wrong too), and where it was read (kept in the
 * audit trail). {@code confirm: true} is needed for a verified period and for an implausible figure.
 */
public record MultiplierCorrectionRequest(
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 3, fraction = 3)
        BigDecimal multiplier,

        @Size(min = 1, max = 100) String legalBasis,
        @NotBlank @Size(max = 500) String reason,
        Boolean confirm) {

    CorrectMultiplier toCommand() {
        return new CorrectMultiplier(multiplier, legalBasis, reason, Boolean.TRUE.equals(confirm));
    }
}
