package vn.vinhdanh.award.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import vn.vinhdanh.award.service.CorrectBaseSalary;

/**
 * The corrected amount and legal basis of a base salary row, and why (kept in the audit trail); {@code confirm: true}
 * records an amount more than 50 % away from the row before it.
 */
public record BaseSalaryCorrectionRequest(
        @NotNull @Positive @Max(1_000_000_000L) Long amountVnd,
        @NotBlank @Size(max = 100) String legalBasis,
        @NotBlank @Size(max = 500) String reason,
        Boolean confirm) {

    CorrectBaseSalary toCommand() {
        return new CorrectBaseSalary(amountVnd, legalBasis, reason, Boolean.TRUE.equals(confirm));
    }
}
