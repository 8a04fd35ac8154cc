package vn.vinhdanh.award.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import vn.vinhdanh.award.service.SetBudget;

public record BudgetRequest(
        @NotNull @Min(2000) @Max(2100) Integer year,

        @NotNull
        @Size(max = 60)
        @Pattern(regexp = "[\\p{Lu}\\p{N}][\\p{Lu}\\p{N}_-]*", message = "must be like QTDKT-TINH")
        String fund,

        @NotNull @Positive Long amountVnd) {

    SetBudget toCommand() {
        return new SetBudget(year, fund, amountVnd);
    }
}
