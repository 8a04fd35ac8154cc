package vn.vinhdanh.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vinhdanh.deploy.infra.LocalJwt;

/**
 * The REST calls of the workload, each with the token of the role that makes it (signed by the local stand-in for
 * the identity provider, as the services expect). A long request timeout: a 500-case decision on a busy 2-core
 * machine takes a while, and a timeout would be an error of the benchmark, not of the platform.
 */
final class Api {

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(180);

    private final HttpClient http;
    private final ObjectMapper json;
    private final LocalJwt jwt;
    private final Errors errors;
    private final Map<String, String> bearers = new ConcurrentHashMap<>();

    Api(HttpClient http, ObjectMapper json, LocalJwt jwt, Errors errors) {
        this.http = http;
        this.json = json;
        this.jwt = jwt;
        this.errors = errors;
    }

    String bearer(String subject, String role, String agency) {
        return bearers.computeIfAbsent(subject + "/" + role, k ->
                "Bearer " + jwt.issue(subject, role, agency, Duration.ofHours(12)));
    }

    String admin() {
        return bearer("bench-admin", "admin", null);
    }

    String secretary() {
        return bearer("bench-secretary", "council-secretary", null);
    }

    String officer() {
        return bearer("bench-officer", "award-officer", null);
    }

    String editor() {
        return bearer("bench-editor", "editor", null);
    }

    String member(String seat) {
        return bearer(seat, "council-member", null);
    }

    String agency(String code) {
        return bearer("portal-" + code, "agency", code);
    }

    HttpRequest.Builder request(URI uri, String bearer, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json").header("Authorization", bearer);
        if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8));
        }
        return request;
    }

    /** POST, expecting one of {@code expected}; any other answer or failure is counted and null returned. */
    JsonNode post(String stage, URI uri, String bearer, Object body, int... expected) {
        return send(stage, request(uri, bearer, body).build(), expected);
    }

    JsonNode get(String stage, URI uri, String bearer) {
        return send(stage, HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).header("Accept", "application/json")
                .header("Authorization", bearer).GET().build(), 200);
    }

    JsonNode send(String stage, HttpRequest request, int... expected) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (int status : expected) {
                if (response.statusCode() == status) {
                    return response.body().isBlank() ? json.missingNode() : json.readTree(response.body());
                }
            }
            errors.record(stage, request.method() + " " + request.uri().getPath() + " answered "
                    + response.statusCode() + ": " + HttpLoad.abbreviate(response.body()));
        } catch (IOException e) {
            errors.record(stage, request.method() + " " + request.uri().getPath() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            errors.record(stage, "interrupted");
        }
        return null;
    }

    String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
