package vn.vinhdanh.award.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.vinhdanh.award.service.AddBaseSalary;

public record BaseSalaryRequest(
        @NotNull LocalDate effectiveFrom,
        @NotNull @Positive @Max(1_000_000_000L) Long amountVnd,
        @NotBlank @Size(max = 100) String legalBasis) {

    AddBaseSalary toCommand() {
        return new AddBaseSalary(effectiveFrom, amountVnd, legalBasis);
    }
}
