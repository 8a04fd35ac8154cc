package vn.vinhdanh.nomination.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.nomination.domain.MovementKind;
import vn.vinhdanh.nomination.service.CreateMovement;

public record MovementRequest(
        @NotBlank
        @Size(max = 50)
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "letters, digits, '.', '_' and '-' only")
        String code,

        @NotBlank @Size(max = 300) String name,
        @NotNull MovementKind kind,
        @NotNull Level level,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @Size(max = 300) String organizer,
        Sector sector,
        /** For a movement that runs several years, typically a thematic one; absent for a one-year movement. */
        @Valid Period period,
        /** Sơ kết. */
        LocalDate preliminaryReviewOn,
        /** Tổng kết. */
        LocalDate finalReviewOn) {

    public CreateMovement toCommand() {
        return new CreateMovement(
                code,
                name,
                kind,
                level,
                year,
                organizer,
                sector,
                period == null ? null : new CreateMovement.Period(period.fromYear(), period.toYear()),
                preliminaryReviewOn,
                finalReviewOn);
    }

    public record Period(
            @NotNull @Min(2000) @Max(2100) Integer fromYear,
            @NotNull @Min(2000) @Max(2100) Integer toYear) {}
}
