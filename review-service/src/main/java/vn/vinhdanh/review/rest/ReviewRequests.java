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
import vn.vinhdanh.events.ReviewOutcome;
import vn.vinhdanh.review.service.AssignAutomatically;
import vn.vinhdanh.review.service.DecideCases;
import vn.vinhdanh.review.service.DeclareConflict;
import vn.vinhdanh.review.service.MoveToCouncil;
import vn.vinhdanh.review.service.OpenPublicComment;
import vn.vinhdanh.review.service.OverrideConflict;
import vn.vinhdanh.review.service.SetDueDate;
import vn.vinhdanh.review.service.UnlockScoreSheet;

/** Small request bodies of the review API. */
public final class ReviewRequests {

    private ReviewRequests() {}

    /** {@code memberId} only when the secretary records a member's conflict; a member declares their own. */
    public record ConflictDeclaration(
            @Size(max = 200) String memberId,
            @NotBlank @Size(max = 2000) String reason) {

        public DeclareConflict toCommand() {
            return new DeclareConflict(memberId, reason);
        }
    }

    /** A reason for an action on one member, named in the path: an override of their conflict, an unlock. */
    public record Reason(@NotBlank @Size(max = 2000) String reason) {

        public OverrideConflict toOverride(String memberId) {
            return new OverrideConflict(memberId, reason);
        }

        public UnlockScoreSheet toUnlock(String memberId) {
            return new UnlockScoreSheet(memberId, reason);
        }
    }

    public record AutoAssign(
            @NotEmpty @Size(max = 500) List<@NotNull UUID> caseIds,
            @NotNull @Min(1) @Max(15) Integer reviewersPerCase) {

        public AssignAutomatically toCommand() {
            return new AssignAutomatically(caseIds, reviewersPerCase);
        }
    }

    public record DueDate(@NotNull LocalDate dueOn) {

        public SetDueDate toCommand() {
            return new SetDueDate(dueOn);
        }
    }

    /** {@code workingDays} defaults to what the title's vote rule requires. */
    public record PublicComment(
            @NotNull LocalDate from, @Min(1) @Max(60) Integer workingDays) {

        public OpenPublicComment toCommand() {
            return new OpenPublicComment(from, workingDays);
        }
    }

    public record CouncilMove(@NotNull UUID councilId) {

        public MoveToCouncil toCommand() {
            return new MoveToCouncil(councilId);
        }
    }

    public record BulkDecision(@NotEmpty @Size(max = 500) List<@NotNull @Valid Item> items) {

        public DecideCases toCommand() {
            return new DecideCases(items.stream().map(Item::toCommand).toList());
        }

        public record Item(
                @NotNull UUID caseId,
                @NotNull ReviewOutcome outcome,
                @Size(max = 5000) String reason) {

            DecideCases.Item toCommand() {
                return new DecideCases.Item(caseId, outcome, reason);
            }
        }
    }
}
