package vn.vinhdanh.award.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.vinhdanh.award.service.CorrectTraditionalDay;
import vn.vinhdanh.events.Sector;

/**
 * A traditional day's fields, all of them (a PUT replaces them), from the {@code expectedRevision} read; {@code
 * sectors} empty for a day of no sector; {@code reason} goes to the audit trail. Whether it is the families' day or
 * the day of every other sector is the table's structure and not corrected here.
 */
public record TraditionalDayCorrectionRequest(
        @NotNull @Min(1) Long expectedRevision,
        @NotBlank @Size(max = 200) String nameVi,
        @NotNull @Min(1) @Max(12) Integer month,
        @NotNull @Min(1) @Max(31) Integer day,
        @NotNull @Size(max = 11) List<@NotNull Sector> sectors,
        @NotBlank @Size(max = 300) String establishedBy,
        @NotBlank @Size(max = 1000) String source,
        @NotNull Boolean verified,
        @NotBlank @Size(max = 500) String reason) {

    CorrectTraditionalDay toCommand() {
        return new CorrectTraditionalDay(
                expectedRevision, nameVi, month, day, sectors, establishedBy, source, verified, reason);
    }
}
