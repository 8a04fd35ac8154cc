package vn.vinhdanh.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * RFC 9457 problem details. {@code errors} is this API's extension member: one entry per offending input field.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Problem types are documented under this base; the last path segment names the problem. */
    public static final String TYPE_BASE = "https://vinhdanh.vn/problems/";

    public record FieldError(String field, String reason) {}

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }
}
