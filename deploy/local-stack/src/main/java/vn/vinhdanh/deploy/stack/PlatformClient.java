package vn.vinhdanh.deploy.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import vn.vinhdanh.deploy.infra.KeycloakTokens;

/**
 * The {@link PlatformApi} plus the waits for what happens asynchronously through Kafka: the review case that a
 * submission opens, a status the nomination reaches, the award an approval drafts, the feature draft that may be
 * published. Each wait polls the API ({@link Await}), so it is as fast as the platform and as patient as a busy
 * machine needs.
 */
public final class PlatformClient extends PlatformApi {

    /**
     * @param tokens each caller's token from the realm, as a real user of that role has it: an agency's portal by its
     *               client credentials, the demo person of a role or a council seat by their password
     */
    public PlatformClient(ApiClient api, Map<Service, URI> baseUrls, KeycloakTokens tokens) {
        super(api, baseUrls, tokens);
    }

    /** The review case that review-service opens when it receives the nomination's submitted event. */
    public JsonNode awaitOpenReviewCase(String nominationId) {
        return Await.until(
                "an OPEN review case for nomination " + nominationId,
                () -> reviewCases(nominationId).stream()
                        .filter(reviewCase ->
                                "OPEN".equals(reviewCase.path("status").asText()))
                        .findFirst());
    }

    /** The nomination once its status is {@code status}. */
    public JsonNode awaitStatus(String nominationId, String status) {
        AtomicReference<String> seen = new AtomicReference<>("never read");
        return Await.until(
                "nomination " + nominationId + " to reach status " + status,
                Await.DEFAULT_TIMEOUT,
                () -> {
                    JsonNode nomination = nomination(nominationId);
                    seen.set(nomination.path("status").asText());
                    return status.equals(seen.get()) ? Optional.of(nomination) : Optional.empty();
                },
                () -> "its status is " + seen.get());
    }

    /** The award that award-service drafts after an approval (status DRAFT until a decision is signed). */
    public JsonNode awaitAward(String nominationId) {
        return Await.until(
                "the award of nomination " + nominationId,
                () -> awards(nominationId).stream().findFirst());
    }

    /**
     * The press feature draft that publicity-service writes after an approval, once it carries its award (the award
     * arrives on its own topic and rewrites the draft; an editor acting before that would race the rewrite) and may
     * be published.
     */
    public JsonNode awaitPublishableDraft(String nominationId) {
        AtomicReference<String> seen = new AtomicReference<>("no feature yet");
        return Await.until(
                "a publishable feature draft for nomination " + nominationId,
                Await.DEFAULT_TIMEOUT,
                () -> features(nominationId).stream()
                        .peek(feature ->
                                seen.set("feature " + feature.path("status").asText() + blockerNote(feature)))
                        .filter(feature -> "DRAFT".equals(feature.path("status").asText()))
                        .filter(feature -> feature.path("decisionNumber").isTextual())
                        .filter(feature -> feature.path("publicationBlocker").isNull()
                                || feature.path("publicationBlocker").isMissingNode())
                        .findFirst(),
                seen::get);
    }

    private static String blockerNote(JsonNode feature) {
        JsonNode blocker = feature.path("publicationBlocker");
        return blocker.isTextual() ? " (blocked: " + blocker.asText() + ")" : "";
    }
}
