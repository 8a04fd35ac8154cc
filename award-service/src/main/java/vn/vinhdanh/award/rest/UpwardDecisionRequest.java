package vn.vinhdanh.award.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.vinhdanh.award.service.RecordHigherDecision;

/**
 * The higher level's decision on an upward proposal: {@code 1234/QĐ-CTN}, its date, "Chủ tịch nước", and optionally
 * the province's fund that pays the reward (the configured one when absent).
 */
public record UpwardDecisionRequest(
        @NotBlank @Size(max = 60) String decisionNumber,
        @NotNull LocalDate decisionDate,
        @NotBlank @Size(max = 200) String issuer,

        @Size(max = 60) @Pattern(regexp = "[\\p{Lu}\\p{N}][\\p{Lu}\\p{N}_-]*", message = "must be like QTDKT-TINH")
        String fund) {

    RecordHigherDecision toCommand() {
        return new RecordHigherDecision(decisionNumber, decisionDate, issuer, fund);
    }
}
