package vn.vinhdanh.review.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Small request bodies of the review API. */
public final class ReviewRequests {

    private ReviewRequests() {
    }

    /** {@code memberId} only when the secretary records a member's conflict; a member declares their own. */
    public record ConflictDeclaration(@Size(max = 200) String memberId, @NotBlank @Size(max = 2000) String reason) {
    }

    public record Reason(@NotBlank @Size(max = 2000) String reason) {
    }

    public record AutoAssign(
            @NotEmpty @Size(max = 500) List<@NotNull UUID> caseIds,
            @NotNull @Min(1) @Max(15) Integer reviewersPerCase) {
    }

    public record DueDate(@NotNull LocalDate dueOn) {
    }

    /** {@code workingDays} defaults to what the title's vote rule requires. */
    public record PublicComment(@NotNull LocalDate from, @Min(1) @Max(60) Integer workingDays) {
    }

    public record CouncilMove(@NotNull UUID councilId) {
    }

    public record BulkDecision(@NotEmpty @Size(max = 500) List<@NotNull @Valid Item> items) {

        public record Item(@NotNull UUID caseId, @NotNull vn.vinhdanh.events.ReviewOutcome outcome,
                @Size(max = 5000) String reason) {
        }
    }
}
