package vn.vinhdanh.publicity.service;

import java.time.Instant;
import java.util.UUID;

/**
 * What an editor asks of a feature, whatever the channel (the API today, a desk page tomorrow). Texts arrive as
 * typed; the use case strips them.
 */
public final class DeskCommands {

    private DeskCommands() {}

    /** {@code expectedVersion} is the version the editor read. */
    public record Edit(UUID featureId, long expectedVersion, String title, String summary, String body, String note) {}

    /** {@code comment}, for the writer, may be null. */
    public record RequestChanges(UUID featureId, String comment) {}

    public record Schedule(UUID featureId, Instant publishAt) {}

    /** {@code body} replaces the text when the correction changes it, else null; readers see the note either way. */
    public record Correct(UUID featureId, long expectedVersion, String note, String body) {}

    public record Kill(UUID featureId, String reason) {}

    public record Assign(UUID featureId, String assignee) {}

    public record Comment(UUID featureId, String body) {}
}
