package vn.vinhdanh.award.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.vinhdanh.award.service.AddBaseSalary;

/** A new base salary; {@code confirm: true} records an amount more than 50 % away from the previous one. */
public record BaseSalaryRequest(
        @NotNull LocalDate effectiveFrom,
        @NotNull @Positive @Max(1_000_000_000L) Long amountVnd,
        @NotBlank @Size(max = 100) String legalBasis,
        Boolean confirm) {

    AddBaseSalary toCommand() {
        return new AddBaseSalary(effectiveFrom, amountVnd, legalBasis, Boolean.TRUE.equals(confirm));
    }
}
