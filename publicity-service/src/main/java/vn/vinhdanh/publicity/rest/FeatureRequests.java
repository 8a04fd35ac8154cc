package vn.vinhdanh.publicity.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import vn.vinhdanh.publicity.service.DeskCommands;

/** Request bodies of the editorial workflow; each maps onto its command with the feature from the path. */
public final class FeatureRequests {

    private FeatureRequests() {}

    public record Edit(
            @NotBlank @Size(max = 500) String title,
            @NotBlank @Size(max = 2000) String summary,
            @NotBlank @Size(max = 100000) String body,
            @Size(max = 1000) String note) {

        DeskCommands.Edit toCommand(UUID featureId, long expectedVersion) {
            return new DeskCommands.Edit(featureId, expectedVersion, title, summary, body, note);
        }
    }

    public record Schedule(@NotNull Instant publishAt) {

        DeskCommands.Schedule toCommand(UUID featureId) {
            return new DeskCommands.Schedule(featureId, publishAt);
        }
    }

    /** {@code body} replaces the text when the correction changes it; the note is shown to readers either way. */
    public record Correction(
            @NotBlank @Size(max = 2000) String note,
            @Size(max = 100000) String body) {

        DeskCommands.Correct toCommand(UUID featureId, long expectedVersion) {
            return new DeskCommands.Correct(featureId, expectedVersion, note, body);
        }
    }

    public record Kill(@NotBlank @Size(max = 2000) String reason) {

        DeskCommands.Kill toCommand(UUID featureId) {
            return new DeskCommands.Kill(featureId, reason);
        }
    }

    public record Assignment(@NotBlank @Size(max = 200) String assignee) {

        DeskCommands.Assign toCommand(UUID featureId) {
            return new DeskCommands.Assign(featureId, assignee);
        }
    }

    public record Comment(@NotBlank @Size(max = 5000) String body) {

        DeskCommands.Comment toCommand(UUID featureId) {
            return new DeskCommands.Comment(featureId, body);
        }
    }

    /** The body is optional: without one, no comment. */
    public record ChangeRequest(@Size(max = 5000) String comment) {

        static DeskCommands.RequestChanges toCommand(UUID featureId, ChangeRequest request) {
            return new DeskCommands.RequestChanges(featureId, request == null ? null : request.comment());
        }
    }
}
