package vn.vinhdanh.award.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import vn.vinhdanh.events.ReviewDecided;

/**
 * A blocked approval is kept as the JSON of its {@code review.decided.v1} payload, written and read with the same
 * mapper the outbox and the inbox use, so a stored approval reads back as the event did.
 */
@ApplicationScoped
public class StoredApprovals {

    private final ObjectMapper objectMapper;

    public StoredApprovals(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    String write(ReviewDecided approval) {
        try {
            return objectMapper.writeValueAsString(approval);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("approval of nomination " + approval.nominationId() + " cannot be kept", e);
        }
    }

    /** Tolerant, as the inbox is: a row written by a later version with more fields still reads. */
    ReviewDecided read(String json) {
        try {
            return objectMapper
                    .readerFor(ReviewDecided.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a kept approval cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
