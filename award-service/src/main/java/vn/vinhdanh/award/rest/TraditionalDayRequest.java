package vn.vinhdanh.award.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.vinhdanh.award.service.AddTraditionalDay;
import vn.vinhdanh.events.Sector;

/** A traditional day to add: a stable code (capitals, digits, underscores), its day, sectors and source, and why. */
public record TraditionalDayRequest(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}") String code,
        @NotBlank @Size(max = 200) String nameVi,
        @NotNull @Min(1) @Max(12) Integer month,
        @NotNull @Min(1) @Max(31) Integer day,
        @NotNull @Size(max = 11) List<@NotNull Sector> sectors,
        @NotBlank @Size(max = 300) String establishedBy,
        @NotBlank @Size(max = 1000) String source,
        @NotNull Boolean verified,
        @NotBlank @Size(max = 500) String reason) {

    AddTraditionalDay toCommand() {
        return new AddTraditionalDay(code, nameVi, month, day, sectors, establishedBy, source, verified, reason);
    }
}
