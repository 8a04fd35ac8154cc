package vn.vinhdanh.nomination.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vinhdanh.problem.Problem;
import vn.vinhdanh.problem.ProblemException;

/**
 * Validates the elements of a request's lists and names a bad one {@code evidence[1].criterionCode}. Cascading with
 * {@code List<@Valid X>} would do the checking, but the shared problem mapper puts the index on the wrong path node
 * ({@code evidence.criterionCode[1]}); once it is fixed there, the lists can cascade again.
 */
final class ListElements {

    private ListElements() {
    }

    /** @throws ProblemException 400 listing every invalid element field */
    static void check(Validator validator, Map<String, List<?>> lists) {
        List<Problem.FieldError> errors = new ArrayList<>();
        lists.forEach((name, elements) -> errors.addAll(violations(validator, name, elements)));
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(Problem.FieldError::field));
            throw new ProblemException(400, "validation", "Invalid request",
                    String.join("; ", errors.stream().map(e -> e.field() + ": " + e.reason()).toList()), errors);
        }
    }

    static void check(Validator validator, NominationRequest request) {
        Map<String, List<?>> lists = new LinkedHashMap<>();
        lists.put("evidence", request.evidence());
        lists.put("attachments", request.attachments());
        check(validator, lists);
    }

    private static List<Problem.FieldError> violations(Validator validator, String name, List<?> elements) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (elements == null) {
            return errors;
        }
        for (int i = 0; i < elements.size(); i++) {
            Object element = elements.get(i);
            if (element == null) {
                errors.add(new Problem.FieldError(name + "[" + i + "]", "must not be null"));
                continue;
            }
            for (ConstraintViolation<Object> violation : validator.validate(element)) {
                errors.add(new Problem.FieldError(name + "[" + i + "]." + violation.getPropertyPath(),
                        violation.getMessage()));
            }
        }
        return errors;
    }
}
