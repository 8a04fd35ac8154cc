package vn.vinhdanh.nomination.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import vn.vinhdanh.nomination.domain.NominationDraft;

/** A draft with what was typed so far ({@code content}, a nomination request body) and, once submitted, its nomination. */
public record DraftView(
        UUID id,
        String agencyCode,
        UUID movementId,
        JsonNode content,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        UUID submittedNominationId,
        Instant submittedAt) {

    static DraftView of(NominationDraft draft, JsonNode content) {
        return new DraftView(
                draft.id,
                draft.agencyCode,
                draft.movementId,
                content,
                draft.createdAt,
                draft.createdBy,
                draft.updatedAt,
                draft.submittedNominationId,
                draft.submittedAt);
    }
}
