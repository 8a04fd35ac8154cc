package vn.vinhdanh.deploy.stack;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The platform's REST API as the demo loader and the end-to-end test use it: one method per call, plus the waits
 * for what happens asynchronously through Kafka. Works on JSON trees rather than DTOs so that it depends on the
 * services' published API only, not on their classes.
 */
public final class PlatformClient {

    private final ApiClient api;
    private final Map<Service, URI> baseUrls;

    public PlatformClient(ApiClient api, Map<Service, URI> baseUrls) {
        this.api = api;
        this.baseUrls = Map.copyOf(baseUrls);
        for (Service service : Service.values()) {
            if (!this.baseUrls.containsKey(service)) {
                throw new IllegalArgumentException("No base URL for " + service.moduleName());
            }
        }
    }

    public ApiClient api() {
        return api;
    }

    // --- nomination-service

    /**
     * Creates a movement.
     *
     * @return the created movement, with its {@code id}
     * @throws ApiException with status 409 if the code exists
     */
    public JsonNode createMovement(Object movement) {
        return api.post(url(Service.NOMINATION, "/api/v1/movements"), movement).expect(201).json();
    }

    public List<JsonNode> movements() {
        return list(api.get(url(Service.NOMINATION, "/api/v1/movements")).expect(200).json());
    }

    public Optional<JsonNode> findMovement(String code) {
        return movements().stream().filter(movement -> code.equals(movement.path("code").asText())).findFirst();
    }

    /** Submits a nomination; returns it as created, with {@code id}, {@code status} and {@code timeline}. */
    public JsonNode submitNomination(Object nomination) {
        return api.post(url(Service.NOMINATION, "/api/v1/nominations"), nomination).expect(201).json();
    }

    public JsonNode nomination(String nominationId) {
        return api.get(url(Service.NOMINATION, "/api/v1/nominations/" + nominationId)).expect(200).json();
    }

    /** The statuses of a nomination's timeline, oldest first. */
    public static List<String> timelineStatuses(JsonNode nomination) {
        List<String> statuses = new ArrayList<>();
        nomination.path("timeline").forEach(step -> statuses.add(step.path("status").asText()));
        return statuses;
    }

    // --- review-service

    public List<JsonNode> reviewCases(String nominationId) {
        return list(api.get(url(Service.REVIEW, "/api/v1/reviews?nominationId=" + encode(nominationId)))
                .expect(200).json());
    }

    /** Records the council's decision: outcome APPROVED, REJECTED or RETURNED; a reason unless APPROVED. */
    public JsonNode decide(String reviewCaseId, String outcome, String reason) {
        Map<String, String> decision = reason == null
                ? Map.of("outcome", outcome)
                : Map.of("outcome", outcome, "reason", reason);
        return api.post(url(Service.REVIEW, "/api/v1/reviews/" + reviewCaseId + "/decision"), decision)
                .expect(200).json();
    }

    // --- award-service

    public List<JsonNode> awards(String nominationId) {
        return list(api.get(url(Service.AWARD, "/api/v1/awards?nominationId=" + encode(nominationId)))
                .expect(200).json());
    }

    // --- publicity-service

    public List<JsonNode> features(String nominationId) {
        return list(api.get(url(Service.PUBLICITY, "/api/v1/features?nominationId=" + encode(nominationId)))
                .expect(200).json());
    }

    public JsonNode publishFeature(String featureId) {
        return api.post(url(Service.PUBLICITY, "/api/v1/features/" + featureId + "/publish"), null)
                .expect(200).json();
    }

    /** The public Atom feed as XML text. */
    public String atomFeed() {
        return api.get(url(Service.PUBLICITY, "/feed.atom"), "application/atom+xml").expect(200).body();
    }

    // --- waiting for the asynchronous steps

    /** The review case that review-service opens when it receives the nomination's submitted event. */
    public JsonNode awaitOpenReviewCase(String nominationId) {
        return Await.until("an OPEN review case for nomination " + nominationId, () -> reviewCases(nominationId)
                .stream().filter(reviewCase -> "OPEN".equals(reviewCase.path("status").asText())).findFirst());
    }

    /** The nomination once its status is {@code status}. */
    public JsonNode awaitStatus(String nominationId, String status) {
        AtomicReference<String> seen = new AtomicReference<>("never read");
        return Await.until("nomination " + nominationId + " to reach status " + status, Await.DEFAULT_TIMEOUT, () -> {
            JsonNode nomination = nomination(nominationId);
            seen.set(nomination.path("status").asText());
            return status.equals(seen.get()) ? Optional.of(nomination) : Optional.empty();
        }, () -> "its status is " + seen.get());
    }

    /** The award that award-service grants after an approval. */
    public JsonNode awaitAward(String nominationId) {
        return Await.until("the award of nomination " + nominationId,
                () -> awards(nominationId).stream().findFirst());
    }

    /** The press feature draft that publicity-service writes after an approval, once it may be published. */
    public JsonNode awaitPublishableDraft(String nominationId) {
        AtomicReference<String> seen = new AtomicReference<>("no feature yet");
        return Await.until("a publishable feature draft for nomination " + nominationId, Await.DEFAULT_TIMEOUT,
                () -> features(nominationId).stream()
                        .peek(feature -> seen.set("feature " + feature.path("status").asText()
                                + blockerNote(feature)))
                        .filter(feature -> "DRAFT".equals(feature.path("status").asText()))
                        .filter(feature -> feature.path("publicationBlocker").isNull()
                                || feature.path("publicationBlocker").isMissingNode())
                        .findFirst(),
                seen::get);
    }

    private static String blockerNote(JsonNode feature) {
        JsonNode blocker = feature.path("publicationBlocker");
        return blocker.isTextual() ? " (blocked: " + blocker.asText() + ")" : "";
    }

    private URI url(Service service, String pathAndQuery) {
        return baseUrls.get(service).resolve(pathAndQuery);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<JsonNode> list(JsonNode array) {
        if (!array.isArray()) {
            throw new IllegalStateException("Expected a JSON array, got: " + array);
        }
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
