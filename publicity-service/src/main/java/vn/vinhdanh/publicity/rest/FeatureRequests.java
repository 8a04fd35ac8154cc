package vn.vinhdanh.publicity.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Request bodies of the editorial workflow. */
public final class FeatureRequests {

    private FeatureRequests() {
    }

    public record Edit(@NotBlank @Size(max = 500) String title, @NotBlank @Size(max = 2000) String summary,
            @NotBlank @Size(max = 100000) String body, @Size(max = 1000) String note) {
    }

    public record Schedule(@NotNull Instant publishAt) {
    }

    /** {@code body} replaces the text when the correction changes it; the note is shown to readers either way. */
    public record Correction(@NotBlank @Size(max = 2000) String note, @Size(max = 100000) String body) {
    }

    public record Kill(@NotBlank @Size(max = 2000) String reason) {
    }

    public record Assignment(@NotBlank @Size(max = 200) String assignee) {
    }

    public record Comment(@NotBlank @Size(max = 5000) String body) {
    }

    public record ChangeRequest(@Size(max = 5000) String comment) {
    }
}
