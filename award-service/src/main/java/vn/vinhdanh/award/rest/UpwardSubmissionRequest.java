package vn.vinhdanh.award.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.vinhdanh.award.service.SubmitUpward;

/** The province's Tờ trình that submits an upward proposal: {@code 109/TTr-UBND} and its date. */
public record UpwardSubmissionRequest(
        @NotBlank @Size(max = 40) String submissionNumber,
        @NotNull LocalDate submittedOn) {

    SubmitUpward toCommand() {
        return new SubmitUpward(submissionNumber, submittedOn);
    }
}
