package vn.vinhdanh.award.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.vinhdanh.award.domain.Authority;
import vn.vinhdanh.award.service.RegisterIssuer;

/**
 * An issuer of decisions, e.g. {@code QĐ-SGDĐT} acting for the head of the Department of Education, and optionally the
 * full name of who signs for it ({@code signerName}), printed on its certificates under the signer's title.
 */
public record IssuerRequest(
        @NotBlank
        @Size(max = 40)
        @Pattern(regexp = "[\\p{Lu}\\p{N}][\\p{L}\\p{N}-]*", message = "must be like QĐ-UBND or QĐ-TTg")
        String code,

        @NotNull Authority authority,
        @NotBlank @Size(max = 300) String nameVi,
        @Size(max = 200) String signerName) {

    RegisterIssuer toCommand() {
        return new RegisterIssuer(code, authority, nameVi, signerName);
    }
}
