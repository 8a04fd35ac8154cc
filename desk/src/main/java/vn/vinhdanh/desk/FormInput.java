package vn.vinhdanh.desk;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vinhdanh.problem.ProblemException;

/**
 * What a person typed into a simple form, as sent: kept when the page comes back with errors. A form with a shape of
 * its own (the nomination's) keeps its own holder; the shared field partials only need {@link #value}.
 */
public final class FormInput {

    private static final FormInput EMPTY = new FormInput(Map.of());

    private final Map<String, List<String>> values;

    private FormInput(Map<String, List<String>> values) {
        this.values = values;
    }

    public static FormInput empty() {
        return EMPTY;
    }

    public static FormInput of(MultivaluedMap<String, String> sent) {
        return new FormInput(sent == null ? Map.of() : new HashMap<>(sent));
    }

    /** Prefilled values, e.g. a date the form proposes. */
    public static FormInput of(Map<String, String> prefilled) {
        Map<String, List<String>> values = new HashMap<>();
        prefilled.forEach((field, value) -> values.put(field, List.of(value)));
        return new FormInput(values);
    }

    /** The first value of {@code field}, stripped; an empty string when none was sent. */
    public String value(String field) {
        List<String> sent = values.get(field);
        return sent == null || sent.isEmpty() || sent.get(0) == null
                ? ""
                : sent.get(0).strip();
    }

    /** Every value of a repeated field (checkboxes). */
    public List<String> values(String field) {
        return values.getOrDefault(field, List.of());
    }

    public boolean is(String field, String value) {
        return values(field).contains(value);
    }

    /** The value of a field the person must fill in; refused next to the field with {@code message} when empty. */
    public String required(String field, String message) {
        String value = value(field);
        if (value.isEmpty()) {
            throw ProblemException.invalidField(field, "must not be empty", message);
        }
        return value;
    }

    /**
     * The field as a date typed year-month-day (what an {@code <input type="date">} sends too); refused beside the
     * field with {@code whenEmpty} when left empty, with the expected form when it is not a date.
     */
    public LocalDate date(String field, String whenEmpty) {
        String value = required(field, whenEmpty);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(
                    field,
                    "a date as year-month-day, e.g. 2026-12-31",
                    "Ngày theo dạng năm-tháng-ngày, ví dụ 2026-12-31");
        }
    }

    /** The value, or null when the field was left empty: what a use case's command expects for "not given". */
    public String valueOrNull(String field) {
        String value = value(field);
        return value.isEmpty() ? null : value;
    }
}
