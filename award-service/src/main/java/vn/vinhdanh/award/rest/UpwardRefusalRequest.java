package vn.vinhdanh.award.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.vinhdanh.award.service.RecordHigherRefusal;

/** The higher level's refusal of an upward proposal; {@code refusedOn} defaults to today, {@code issuer} to the President. */
public record UpwardRefusalRequest(
        @NotBlank @Size(max = 2000) String reason,
        LocalDate refusedOn,
        @Size(min = 1, max = 200) String issuer) {

    RecordHigherRefusal toCommand() {
        return new RecordHigherRefusal(reason, refusedOn, issuer);
    }
}
