package vn.vinhdanh.nomination.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import vn.vinhdanh.nomination.domain.NominationDraft;
import vn.vinhdanh.nomination.service.DraftContent;
import vn.vinhdanh.nomination.service.SubmitNomination;

/**
 * A draft's content is read as the body of a submission, with every constraint such a body has, and every problem of
 * it told at once, as for a submission (type errors, bean validation and the cross-field rules together).
 */
@ApplicationScoped
public class DraftContentReader implements DraftContent {

    private final ObjectMapper objectMapper;
    private final NominationBodies bodies;

    public DraftContentReader(ObjectMapper objectMapper, NominationBodies bodies) {
        this.objectMapper = objectMapper;
        this.bodies = bodies;
    }

    @Override
    public SubmitNomination toSubmission(NominationDraft draft) {
        JsonNode content;
        try {
            content = objectMapper.readTree(draft.content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored draft " + draft.id + " is unreadable", e);
        }
        return bodies.submission(content).toCommand();
    }
}
