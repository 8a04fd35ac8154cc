package vn.vinhdanh.nomination.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.vinhdanh.nomination.service.NominationService;
import vn.vinhdanh.problem.Problem;
import vn.vinhdanh.problem.ProblemException;

/**
 * Submits batch items one by one, each in its own transaction, and answers for each what a single POST would have
 * answered. One transaction per item rather than one for all the valid ones: whether an item is valid is only known
 * for sure at its commit (a duplicate submitted concurrently, a constraint), and an item that fails there must not
 * take the others down; a 201 in the results then always means committed, with its event in the outbox.
 */
@ApplicationScoped
public class BatchSubmissions {

    private static final Logger LOG = Logger.getLogger(BatchSubmissions.class);

    private final ObjectMapper objectMapper;
    private final Validator validator;
    private final NominationService nominations;

    public BatchSubmissions(ObjectMapper objectMapper, Validator validator, NominationService nominations) {
        this.objectMapper = objectMapper;
        this.validator = validator;
        this.nominations = nominations;
    }

    public List<BatchItemResult> submit(List<JsonNode> items, String instance) {
        List<BatchItemResult> results = new ArrayList<>(items.size());
        for (int index = 0; index < items.size(); index++) {
            results.add(submitItem(index, items.get(index), instance));
        }
        return results;
    }

    private BatchItemResult submitItem(int index, JsonNode item, String instance) {
        String itemInstance = instance + "#items[" + index + "]";
        if (item == null || !item.isObject()) {
            return refused(index, ProblemBodies.validation(
                    List.of(new Problem.FieldError("items[" + index + "]", "must be a nomination object")),
                    itemInstance), 400);
        }
        NominationRequest request;
        try {
            request = objectMapper.treeToValue(item, NominationRequest.class);
        } catch (JsonProcessingException e) {
            return refused(index, ProblemBodies.validation(List.of(fieldErrorOf(e)), itemInstance), 400);
        }
        Set<ConstraintViolation<NominationRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            List<Problem.FieldError> errors = violations.stream()
                    .map(v -> new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return refused(index, ProblemBodies.validation(errors, itemInstance), 400);
        }
        try {
            ListElements.check(validator, request);
            UUID id = nominations.submitAlone(request);
            return new BatchItemResult(index, 201, id, null);
        } catch (ProblemException e) {
            return refused(index, ProblemBodies.of(e, itemInstance), e.status());
        } catch (RuntimeException e) {
            ProblemException problem = causeOf(e);
            if (problem != null) {
                return refused(index, ProblemBodies.of(problem, itemInstance), problem.status());
            }
            String reference = UUID.randomUUID().toString();
            LOG.errorf(e, "Unexpected error %s on batch item %d", reference, index);
            return refused(index, ProblemBodies.of(new Problem(Problem.type("internal"), "Internal error", 500,
                    "The item could not be submitted. Reference: " + reference, itemInstance, null)), 500);
        }
    }

    private static BatchItemResult refused(int index, Map<String, Object> problem, int status) {
        return new BatchItemResult(index, status, null, problem);
    }

    private static ProblemException causeOf(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem;
            }
        }
        return null;
    }

    private static Problem.FieldError fieldErrorOf(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder field = new StringBuilder();
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                if (reference.getFieldName() != null) {
                    field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    field.append('[').append(reference.getIndex()).append(']');
                }
            }
            return new Problem.FieldError(field.toString(),
                    e instanceof UnrecognizedPropertyException ? "unknown field" : "has the wrong type or format");
        }
        return new Problem.FieldError("body", e.getOriginalMessage());
    }
}
