package vn.vinhdanh.nomination.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import vn.vinhdanh.nomination.domain.NominationRevision;

/** {@code content} only when one revision is read: the list stays small. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RevisionView(int revision, Instant submittedAt, String submittedBy, String changeNote, JsonNode content) {

    static RevisionView of(NominationRevision revision, JsonNode content) {
        return new RevisionView(
                revision.key.revision(), revision.submittedAt, revision.submittedBy, revision.changeNote, content);
    }
}
