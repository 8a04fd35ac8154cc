package vn.vinhdanh.award.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.award.service.CreateDecision;

/**
 * {@code issuer} and {@code fund} default to the configured ones. {@code awardIds} may be empty: awards can be added
 * later, but an empty decision cannot be signed.
 */
public record DecisionRequest(
        @Size(max = 40) @Pattern(regexp = "[\\p{Lu}\\p{N}][\\p{L}\\p{N}-]*", message = "must be like QĐ-UBND or QĐ-TTg")
        String issuer,

        @NotNull LocalDate decisionDate,
        @NotBlank @Size(max = 200) String signer,

        @Size(max = 60) @Pattern(regexp = "[\\p{Lu}\\p{N}][\\p{Lu}\\p{N}_-]*", message = "must be like QTDKT-TINH")
        String fund,

        @Size(max = 500) List<@NotNull UUID> awardIds) {

    CreateDecision toCommand() {
        return new CreateDecision(issuer, decisionDate, signer, fund, awardIds);
    }
}
