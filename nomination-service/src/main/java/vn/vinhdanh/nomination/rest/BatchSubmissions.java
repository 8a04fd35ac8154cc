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
import vn.vinhdanh.nomination.service.NominationBatch;
import vn.vinhdanh.problem.FieldNames;
import vn.vinhdanh.problem.Problem;

/**
 * Reads the items of a batch body one by one, as a single POST would read its body, and hands each readable one to
 * {@link NominationBatch}; answers for each item what a single POST would have answered.
 */
@ApplicationScoped
public class BatchSubmissions {

    private final ObjectMapper objectMapper;
    private final Validator validator;
    private final NominationBatch batch;

    public BatchSubmissions(ObjectMapper objectMapper, Validator validator, NominationBatch batch) {
        this.objectMapper = objectMapper;
        this.validator = validator;
        this.batch = batch;
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
            return refused(
                    index,
                    ProblemBodies.validation(
                            List.of(new Problem.FieldError("items[" + index + "]", "must be a nomination object")),
                            itemInstance),
                    400);
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
                    .map(v -> new Problem.FieldError(FieldNames.of(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return refused(index, ProblemBodies.validation(errors, itemInstance), 400);
        }
        NominationBatch.Outcome outcome = batch.submit(index, request.toCommand());
        if (outcome.refusal() != null) {
            return refused(
                    index,
                    ProblemBodies.of(outcome.refusal(), itemInstance),
                    outcome.refusal().status());
        }
        return new BatchItemResult(index, 201, outcome.id(), null);
    }

    private static BatchItemResult refused(int index, Map<String, Object> problem, int status) {
        return new BatchItemResult(index, status, null, problem);
    }

    private static Problem.FieldError fieldErrorOf(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new Problem.FieldError(
                    FieldNames.of(mapping),
                    e instanceof UnrecognizedPropertyException ? "unknown field" : "has the wrong type or format");
        }
        return new Problem.FieldError("body", e.getOriginalMessage());
    }
}
