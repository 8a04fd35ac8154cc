package vn.vinhdanh.deploy.stack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Arrays;
import java.util.Optional;

/** One HTTP exchange's outcome, with the request kept for error messages. */
public final class ApiResponse {

    private final String method;
    private final URI uri;
    private final int status;
    private final HttpHeaders headers;
    private final String body;
    private final ObjectMapper json;

    ApiResponse(String method, URI uri, int status, HttpHeaders headers, String body, ObjectMapper json) {
        this.method = method;
        this.uri = uri;
        this.status = status;
        this.headers = headers;
        this.body = body == null ? "" : body;
        this.json = json;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The body parsed as JSON; a missing node for an empty body. */
    public JsonNode json() {
        if (body.isBlank()) {
            return json.missingNode();
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(describe() + " did not return JSON: " + e.getOriginalMessage(), this);
        }
    }

    /**
     * This response if its status is one of {@code expected}.
     *
     * @throws ApiException otherwise, quoting the status and body (a problem+json body says what was wrong)
     */
    public ApiResponse expect(int... expected) {
        if (Arrays.stream(expected).noneMatch(candidate -> candidate == status)) {
            throw new ApiException(
                    describe() + " answered " + status + ", expected " + Arrays.toString(expected) + ": "
                            + abbreviate(body),
                    this);
        }
        return this;
    }

    /** E.g. {@code POST http://127.0.0.1:8081/api/v1/movements}. */
    public String describe() {
        return method + " " + uri;
    }

    /** {@code text} on one line, cut after 600 characters: a response body quoted in a message. */
    public static String abbreviate(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 600 ? oneLine : oneLine.substring(0, 600) + "...";
    }
}
