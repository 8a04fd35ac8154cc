package vn.vinhdanh.nomination.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.vinhdanh.nomination.messaging.WebhookReceiver.Received;

/**
 * What the webhook tests share besides the nomination to hear about ({@code NominationFixtures.submitNomination}): a
 * delivery read as its CloudEvent.
 */
final class WebhookFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WebhookFixtures() {}

    static JsonNode event(Received request) {
        try {
            return JSON.readTree(request.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + request.body(), e);
        }
    }
}
