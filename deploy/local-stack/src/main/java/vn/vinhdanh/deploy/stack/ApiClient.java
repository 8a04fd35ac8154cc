package vn.vinhdanh.deploy.stack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The one place where the launcher's tools, the tests and the benchmark talk HTTP to the services: java.net.http
 * over one connection pool, bodies written as JSON by Jackson, an answer that is not the expected one raised as an
 * {@link ApiException} quoting the service's problem+json. Headers that every call of a caller needs (its
 * {@code Authorization: Bearer ...}) are added by {@link #withHeader}, and nowhere else.
 *
 * <p>{@link #withHeader} shares the connection pool: a client per caller costs no connections.</p>
 */
public final class ApiClient {

    private static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http;
    private final ObjectMapper json;
    private final Duration requestTimeout;
    private final Map<String, Supplier<String>> headers;

    /** A client whose requests time out after 15 s. */
    public ApiClient() {
        this(DEFAULT_REQUEST_TIMEOUT);
    }

    /** A client whose requests time out after {@code requestTimeout}, e.g. long for a benchmark's 500-case calls. */
    public ApiClient(Duration requestTimeout) {
        this(
                HttpClient.newBuilder()
                        // plain HTTP/1.1: the services speak it natively, and h2c upgrade attempts only add noise
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build(),
                new ObjectMapper(),
                Objects.requireNonNull(requestTimeout, "requestTimeout"),
                Map.of());
    }

    private ApiClient(
            HttpClient http, ObjectMapper json, Duration requestTimeout, Map<String, Supplier<String>> headers) {
        this.http = http;
        this.json = json;
        this.requestTimeout = requestTimeout;
        this.headers = headers;
    }

    /**
     * A client that sends {@code name: value.get()} on every request. The supplier is asked per request, so a
     * token that expires can be refreshed behind it.
     */
    public ApiClient withHeader(String name, Supplier<String> value) {
        Map<String, Supplier<String>> more = new LinkedHashMap<>(headers);
        more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new ApiClient(http, json, requestTimeout, Map.copyOf(more));
    }

    public ObjectMapper json() {
        return json;
    }

    /**
     * The connection pool itself, for a load generator that sends the requests of {@link #request} and times each
     * exchange on its own threads.
     */
    public HttpClient http() {
        return http;
    }

    /** GET expecting JSON. */
    public ApiResponse get(URI uri) {
        return send("GET", uri, null, "application/json");
    }

    /** GET with a specific {@code Accept}, e.g. {@code application/atom+xml}. */
    public ApiResponse get(URI uri, String accept) {
        return send("GET", uri, null, accept);
    }

    /** POST of {@code body} as JSON ({@code null}: an empty body). */
    public ApiResponse post(URI uri, Object body) {
        return send("POST", uri, body, "application/json");
    }

    /**
     * Sends one request. Any status comes back as a response; only a failure to talk to the server at all (refused
     * connection, timeout) is an exception.
     *
     * @throws UncheckedIOException if the server could not be reached or did not answer in time
     */
    public ApiResponse send(String method, URI uri, Object body, String accept) {
        try {
            HttpResponse<String> response = http.send(
                    request(method, uri, body, accept).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiResponse(method, uri, response.statusCode(), response.headers(), response.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + method + " " + uri, e);
        }
    }

    /**
     * The request {@link #send} would send, with this client's timeout and headers, for a caller that adds a header
     * of its own or sends it itself.
     */
    public HttpRequest.Builder request(String method, URI uri, Object body, String accept) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(requestTimeout).header("Accept", accept);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(toJson(body), StandardCharsets.UTF_8));
        }
        headers.forEach((name, value) -> request.header(name, value.get()));
        return request;
    }

    private String toJson(Object body) {
        if (body instanceof String text) {
            return text;
        }
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write request body as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
