package vn.vinhdanh.review.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.review.service.OpenMeeting;

public record MeetingRequest(
        @NotNull UUID councilId,
        @NotBlank @Size(max = 300) String title,
        @NotNull LocalDate heldOn,
        @NotEmpty @Size(max = 500) List<@NotNull UUID> caseIds) {

    public OpenMeeting toCommand() {
        return new OpenMeeting(councilId, title, heldOn, caseIds);
    }
}
