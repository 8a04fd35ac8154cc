package vn.vinhdanh.publicity;

import static org.hamcrest.Matchers.equalTo;
import static vn.vinhdanh.deploy.infra.Callers.as;

import java.util.UUID;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/**
 * The way a test sets a story up before what it tests: the draft a council approval opens, then the editor's steps
 * through the API, each checked for the status it must reach, so that a set-up that went wrong fails where it went
 * wrong and not in the assertions after it.
 */
final class EditorialSteps {

    static final String FEATURES = "/api/v1/features/";

    private EditorialSteps() {}

    /**
     * Sends {@code approval} (a {@code review.decided.v1} body for {@code nominationId}) and waits for the draft it
     * opens; returns the feature id.
     */
    static String draft(String nominationId, String approval) {
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            kafka.sendCloudEvent("review.events", nominationId, UUID.randomUUID(), "review.decided.v1", approval);
        }
        return Stories.awaitFeature(nominationId);
    }

    /** {@code DRAFT → IN_REVIEW}; returns the id. */
    static String submitted(String featureId) {
        step(featureId, "submit-for-review", "IN_REVIEW");
        return featureId;
    }

    /** {@code DRAFT → IN_REVIEW → APPROVED}; returns the id. */
    static String approved(String featureId) {
        submitted(featureId);
        step(featureId, "approve", "APPROVED");
        return featureId;
    }

    /** {@code DRAFT → IN_REVIEW → APPROVED → PUBLISHED}; returns the id. */
    static String published(String featureId) {
        approved(featureId);
        step(featureId, "publish", "PUBLISHED");
        return featureId;
    }

    private static void step(String featureId, String action, String status) {
        as("editor")
                .post(FEATURES + featureId + "/" + action)
                .then()
                .statusCode(200)
                .body("status", equalTo(status));
    }
}
