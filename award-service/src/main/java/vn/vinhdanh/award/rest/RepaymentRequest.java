package vn.vinhdanh.award.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.vinhdanh.award.service.RecordRepayment;

/** Money paid back on a revoked award; {@code reference} is e.g. the receipt or transfer number. */
public record RepaymentRequest(
        @NotNull @Positive @Max(1_000_000_000_000L) Long amountVnd,
        @NotNull LocalDate paidOn,
        @Size(max = 200) String reference) {

    RecordRepayment toCommand() {
        return new RecordRepayment(amountVnd, paidOn, reference);
    }
}
