package vn.vinhdanh.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a JSON body as its type and names every field to fix at once, instead of the first that does not map: a
 * value of the wrong type (or an unknown field) is recorded, left out of a copy of the tree, and the body read again,
 * up to {@value #MAX_TYPE_ERRORS} such fields; the object then read is bean-validated, and violations on a field that
 * already has a type error (it was left out, so it reads as absent) are not reported twice. Fields and reasons are
 * those of the exception mappers: {@link FieldNames#of(JsonMappingException)}, {@link JsonReasons}, the violation's
 * message as interpolated in the request's language. A body that is not JSON, or not an object of the type at all,
 * stays one {@code malformed-json} refusal, as the mappers answer it.
 */
public final class TolerantJson {

    /** At most this many fields of the wrong type are named; the body is not read again after that many. */
    public static final int MAX_TYPE_ERRORS = 100;

    private TolerantJson() {}

    /**
     * One thing to fix: {@code vietnamese} is null for a Bean Validation message, which is in the request's language
     * already.
     */
    private record Finding(String field, String reason, String vietnamese) {}

    /**
     * @throws ProblemException {@code malformed-json} when the body is absent (JSON {@code null}) or does not read as
     *     an object of {@code type} even with the fields of the wrong type left out
     */
    public static <T> Reading<T> read(ObjectMapper mapper, Validator validator, JsonNode body, Class<T> type) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            throw ProblemMappers.emptyBody();
        }
        JsonNode tree = body;
        boolean copied = false;
        List<Finding> findings = new ArrayList<>();
        Set<String> typeErrors = new LinkedHashSet<>();
        T value;
        while (true) {
            try {
                value = mapper.treeToValue(tree, type);
                break;
            } catch (JsonMappingException e) {
                if (e.getPath().isEmpty() || causeOf(e, JsonParseException.class) != null) {
                    // the body as a whole is not of the type (an array, a string): nothing to name
                    throw ProblemMappers.jsonProblem(e);
                }
                String field = FieldNames.of(e);
                if (!typeErrors.add(field)) {
                    // left out, the field still does not read: the rest cannot be read either
                    value = null;
                    break;
                }
                JsonReasons.Reason reason = JsonReasons.of(e);
                findings.add(new Finding(field, reason.english(), reason.vietnamese()));
                if (!copied) {
                    tree = tree.deepCopy();
                    copied = true;
                }
                if (typeErrors.size() >= MAX_TYPE_ERRORS || !leaveOut(tree, e)) {
                    value = null;
                    break;
                }
            } catch (JsonProcessingException e) {
                throw ProblemMappers.jsonProblem(e);
            }
        }
        if (value != null) {
            for (ConstraintViolation<T> violation : validator.validate(value)) {
                String field = FieldNames.of(violation);
                if (!isUnder(field, typeErrors)) {
                    findings.add(new Finding(field, violation.getMessage(), null));
                }
            }
        }
        return new Reading<>(value, findings);
    }

    /**
     * What was read, and what to fix in it.
     *
     * @param <T> the body's type
     */
    public static final class Reading<T> {

        private final T value;
        private final List<Finding> findings;

        private Reading(T value, List<Finding> findings) {
            this.value = value;
            this.findings = List.copyOf(findings);
        }

        /**
         * The body as read, the fields of the wrong type left out (absent); null only when the body could not be
         * read even so (more than {@value #MAX_TYPE_ERRORS} such fields).
         */
        public T value() {
            return value;
        }

        /** Nothing to fix: of the right types and valid. */
        public boolean isValid() {
            return findings.isEmpty();
        }

        /** The fields to fix in English, sorted by field (a field's own reasons in the order found). */
        public List<Problem.FieldError> errors() {
            return sorted(findings).stream()
                    .map(f -> new Problem.FieldError(f.field(), f.reason()))
                    .toList();
        }

        /** Whether {@code field}, or a field that holds it, has something to fix already. */
        public boolean hasErrorOn(String field) {
            return isUnder(field, findings.stream().map(Finding::field).collect(Collectors.toSet()));
        }

        /** The value when there is nothing to fix; else the 400 naming every field to fix is thrown. */
        public T orThrow() {
            if (!isValid()) {
                throw refusal(List.of());
            }
            return value;
        }

        /**
         * The 400 {@code validation} that names every field to fix: these, and the fields the use case's own rules
         * refuse ({@code alsoRefused}: 400s that name fields; others are not the body's) where the body has nothing
         * to fix on the field already. One {@code errors[]}, sorted by field; in Vietnamese each field's own reason
         * (the rule's, or the type's), where every reason on that field has one.
         *
         * @return null when nothing is refused at all
         */
        public ProblemException refusal(Collection<ProblemException> alsoRefused) {
            List<Finding> all = new ArrayList<>(findings);
            for (ProblemException refused : alsoRefused) {
                if (refused == null || refused.status() != 400) {
                    continue;
                }
                for (Problem.FieldError error :
                        refused.toProblem(null, ProblemLanguage.ENGLISH).errors()) {
                    if (!hasErrorOn(error.field())) {
                        all.add(new Finding(error.field(), error.reason(), refused.vietnameseReason(error.field())));
                    }
                }
            }
            if (all.isEmpty()) {
                return null;
            }
            List<Finding> sorted = sorted(all);
            List<Problem.FieldError> errors = sorted.stream()
                    .map(f -> new Problem.FieldError(f.field(), f.reason()))
                    .distinct()
                    .toList();
            Map<String, List<Finding>> byField = sorted.stream()
                    .collect(Collectors.groupingBy(Finding::field, LinkedHashMap::new, Collectors.toList()));
            Map<String, String> vietnamese = new LinkedHashMap<>();
            byField.forEach((field, found) -> {
                if (found.stream().allMatch(f -> f.vietnamese() != null)) {
                    vietnamese.put(
                            field,
                            found.stream().map(Finding::vietnamese).distinct().collect(Collectors.joining("; ")));
                }
            });
            String detail =
                    errors.stream().map(e -> e.field() + ": " + e.reason()).collect(Collectors.joining("; "));
            return ProblemException.edge(400, "validation", "Invalid request", detail, null, errors, vietnamese);
        }

        private static List<Finding> sorted(List<Finding> findings) {
            // a stable sort: a field's reasons keep the order they were found in
            return findings.stream()
                    .sorted(Comparator.comparing(Finding::field))
                    .toList();
        }
    }

    /** {@code nominee.name} is under {@code nominee}, {@code evidence[1].text} under {@code evidence[1]}. */
    private static boolean isUnder(String field, Set<String> fields) {
        for (String given : fields) {
            if (field.equals(given) || field.startsWith(given + ".") || field.startsWith(given + "[")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Leaves the value at the exception's path out of {@code tree}: an unknown field is removed, any other value
     * becomes null. False when the path names nothing in the tree.
     */
    private static boolean leaveOut(JsonNode tree, JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        JsonNode parent = tree;
        for (int i = 0; i < path.size() - 1; i++) {
            parent = step(parent, path.get(i));
            if (parent == null) {
                return false;
            }
        }
        JsonMappingException.Reference last = path.get(path.size() - 1);
        if (last.getFieldName() != null && parent instanceof ObjectNode object && object.has(last.getFieldName())) {
            if (e instanceof UnrecognizedPropertyException) {
                object.remove(last.getFieldName());
            } else if (object.get(last.getFieldName()).isNull()) {
                // already null and still not readable: leaving it out again would not help
                return false;
            } else {
                object.set(last.getFieldName(), NullNode.getInstance());
            }
            return true;
        }
        if (last.getFieldName() == null
                && last.getIndex() >= 0
                && parent instanceof ArrayNode array
                && last.getIndex() < array.size()
                && !array.get(last.getIndex()).isNull()) {
            array.set(last.getIndex(), NullNode.getInstance());
            return true;
        }
        return false;
    }

    private static JsonNode step(JsonNode node, JsonMappingException.Reference reference) {
        if (reference.getFieldName() != null) {
            return node instanceof ObjectNode ? node.get(reference.getFieldName()) : null;
        }
        if (reference.getIndex() >= 0 && node instanceof ArrayNode && reference.getIndex() < node.size()) {
            return node.get(reference.getIndex());
        }
        return null;
    }

    private static <E extends Throwable> E causeOf(Throwable e, Class<E> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
