package vn.vinhdanh.award.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.vinhdanh.award.service.AddMultiplier;

/**
 * A new decree's multiplier of the base salary, from {@code validFrom} on; {@code confirm: true} records a figure
 * outside 0.1–20 or beyond three times (a third of) the previous period's.
 */
public record MultiplierRequest(
        @NotBlank @Size(max = 100) String legalBasis,
        @NotNull LocalDate validFrom,

        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 3, fraction = 3)
        BigDecimal multiplier,

        Boolean confirm) {

    AddMultiplier toCommand() {
        return new AddMultiplier(legalBasis, validFrom, multiplier, Boolean.TRUE.equals(confirm));
    }
}
