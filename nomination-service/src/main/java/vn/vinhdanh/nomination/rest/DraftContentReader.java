package vn.vinhdanh.nomination.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import vn.vinhdanh.nomination.domain.NominationDraft;
import vn.vinhdanh.nomination.service.DraftContent;
import vn.vinhdanh.nomination.service.SubmitNomination;

/** A draft's content is read as the body of a submission, with every constraint such a body has. */
@ApplicationScoped
public class DraftContentReader implements DraftContent {

    private final ObjectMapper objectMapper;
    private final Validator validator;

    public DraftContentReader(ObjectMapper objectMapper, Validator validator) {
        this.objectMapper = objectMapper;
        this.validator = validator;
    }

    @Override
    public SubmitNomination toSubmission(NominationDraft draft) {
        NominationRequest request;
        try {
            request = objectMapper.readValue(draft.content, NominationRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored draft " + draft.id + " is unreadable", e);
        }
        Set<ConstraintViolation<NominationRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request.toCommand();
    }
}
