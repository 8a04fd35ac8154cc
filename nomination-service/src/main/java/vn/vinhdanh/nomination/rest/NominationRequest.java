package vn.vinhdanh.nomination.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.events.TargetGroup;

public record NominationRequest(
        @NotNull UUID movementId,
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]*",
                message = "upper-case letters, digits, '_' and '-' only") String agencyCode,
        @NotNull @Valid NomineeRequest nominee,
        @NotNull Level level,
        @NotNull Sector sector,
        @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Z][A-Z0-9_]*",
                message = "an award code such as BANG_KHEN_CHU_TICH_UBND_TINH") String proposedAward,
        @NotBlank @Size(max = 20000) String achievements,
        @Size(max = 20000) String goodPractices,
        @NotNull Boolean publicityConsent) {

    public record NomineeRequest(
            @NotNull NomineeKind kind,
            @NotBlank @Size(max = 200) String name,
            @Pattern(regexp = "MALE|FEMALE", message = "MALE or FEMALE") String gender,
            @Min(1900) @Max(2100) Integer birthYear,
            @Size(max = 60) String ethnicity,
            @Size(max = 200) String position,
            @NotBlank @Size(max = 300) String organization,
            @NotNull TargetGroup targetGroup,
            @Min(2) @Max(1000000) Integer memberCount) {
    }
}
