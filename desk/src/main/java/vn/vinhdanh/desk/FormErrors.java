package vn.vinhdanh.desk;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vinhdanh.problem.FieldNames;
import vn.vinhdanh.problem.Problem;
import vn.vinhdanh.problem.ProblemException;

/**
 * What a page shows when a use case refuses a form: one message per field, next to the field and in the error
 * summary at the top, named exactly as the API's problem+json names them (so {@code nominee.name} is the field of the
 * input {@code nominee.name}). A refusal that names no field is the page's own message.
 */
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(Map.of(), null);

    private final Map<String, String> byField;
    private final String general;

    private FormErrors(Map<String, String> byField, String general) {
        this.byField = byField;
        this.general = general;
    }

    public static FormErrors none() {
        return NONE;
    }

    /** The refusal of a use case: its field errors, or its detail when it names no field; in Vietnamese where given. */
    public static FormErrors of(ProblemException refusal) {
        Problem problem = refusal.toProblem(null);
        if (problem.errors() == null || problem.errors().isEmpty()) {
            String vietnamese = refusal.vietnameseDetail();
            return new FormErrors(Map.of(), vietnamese != null ? vietnamese : problem.detail());
        }
        Map<String, String> byField = new LinkedHashMap<>();
        problem.errors().forEach(error -> {
            String vietnamese = refusal.vietnameseReason(error.field());
            if (vietnamese != null) {
                // one Vietnamese text says all of a field's reasons
                byField.put(error.field(), vietnamese);
            } else {
                byField.merge(error.field(), error.reason(), (a, b) -> a + "; " + b);
            }
        });
        return new FormErrors(byField, null);
    }

    /**
     * Inputs the page could not read as their type, then Bean Validation of the request the form was read into, with
     * the API's field names; a field that could not be read keeps that message only (its "required" would mislead).
     */
    public static FormErrors of(
            Map<String, String> unreadable, Collection<? extends ConstraintViolation<?>> violations) {
        Map<String, String> byField = new LinkedHashMap<>(unreadable);
        violations.stream()
                .filter(v -> !unreadable.containsKey(FieldNames.of(v)))
                .sorted((a, b) -> FieldNames.of(a).compareTo(FieldNames.of(b)))
                .forEach(v -> byField.merge(FieldNames.of(v), v.getMessage(), (a, b) -> a + "; " + b));
        return new FormErrors(byField, null);
    }

    public boolean any() {
        return !byField.isEmpty() || general != null;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message of {@code field}, or an empty string. */
    public String of(String field) {
        return byField.getOrDefault(field, "");
    }

    /** The page's own message: a refusal that names no field. */
    public String general() {
        return general == null ? "" : general;
    }

    /** The summary at the top, in the order of the fields; each links to its input. */
    public List<Entry> summary() {
        List<Entry> entries = new ArrayList<>();
        byField.forEach((field, message) -> entries.add(new Entry(field, inputId(field), message)));
        return entries;
    }

    /** The id of a field's input: its name with the characters an id selector would trip over replaced. */
    public static String inputId(String field) {
        return "f-" + field.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    public record Entry(String field, String inputId, String message) {}
}
