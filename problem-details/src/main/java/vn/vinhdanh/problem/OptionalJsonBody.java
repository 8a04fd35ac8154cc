package vn.vinhdanh.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/**
 * A JSON body that may be left out (a withdrawal's reason, a retry's note), read by hand from the raw body. A JSON body
 * parameter would make JAX-RS answer a bare POST without a {@code Content-Type} with 415; so the resource takes the
 * body as a String under {@code @Consumes(MediaType.WILDCARD)}, and this reads it: no body (or only white space, or
 * the JSON literal {@code null}) is the default; a body with content must be {@code application/json} (415
 * {@code unsupported-media-type} otherwise, said in both languages); the object read is bean-validated. Malformed
 * JSON and violations leave as the exception mappers answer them ({@link ProblemMappers}), as for a body parameter.
 *
 * @param <T> the body's type
 */
public final class OptionalJsonBody<T> {

    private final Class<T> type;
    private final T absent;
    private final String what;
    private final String whatVi;

    private OptionalJsonBody(Class<T> type, T absent, String what, String whatVi) {
        this.type = type;
        this.absent = absent;
        this.what = what;
        this.whatVi = whatVi;
    }

    /**
     * @param absent what no body means (a request with every field null)
     * @param what   the body as the 415 names it in English ("a withdrawal body": "… must be application/json")
     * @param whatVi the same in Vietnamese ("Nội dung kèm theo khi rút hồ sơ": "… phải ở dạng application/json.")
     */
    public static <T> OptionalJsonBody<T> of(Class<T> type, T absent, String what, String whatVi) {
        return new OptionalJsonBody<>(type, absent, what, whatVi);
    }

    /**
     * @param body        the raw body; null or blank when none was sent
     * @param contentType the request's {@code Content-Type} header; null when none was sent
     * @return the body read and valid, or the default when there is none
     * @throws ProblemException            415 when a body with content is not JSON
     * @throws JsonProcessingException     when the body is not JSON of the type (400 through the mappers)
     * @throws ConstraintViolationException when the object read is not valid (400 naming each field)
     */
    public T read(String body, String contentType, ObjectMapper mapper, Validator validator)
            throws JsonProcessingException {
        if (body == null || body.isBlank()) {
            return absent;
        }
        if (contentType == null || !MediaType.valueOf(contentType).isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            throw new ProblemException(
                    415,
                    "unsupported-media-type",
                    "Unsupported Media Type",
                    what + " must be application/json",
                    whatVi + " phải ở dạng application/json.",
                    null);
        }
        T read = mapper.readValue(body, type);
        if (read == null) {
            // the JSON literal null says as little as no body at all
            return absent;
        }
        Set<ConstraintViolation<T>> violations = validator.validate(read);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return read;
    }
}
