package vn.vinhdanh.nomination.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's verification, written from the Standard Webhooks specification rather than from the code under test:
 * base64(HMAC-SHA256(base64-decoded part after whsec_, id + "." + timestamp + "." + body)), each signature
 * {@code v1,<that>}, several separated by spaces.
 */
final class StandardWebhooks {

    private StandardWebhooks() {}

    /** The signatures of a request, in header order, each matched to the secret that verifies it (null: none). */
    static List<String> verifyingSecrets(WebhookReceiver.Received request, List<String> secrets) {
        List<String> matched = new ArrayList<>();
        for (String signature : request.header("webhook-signature").split(" ")) {
            String found = null;
            for (String secret : secrets) {
                String expected = "v1,"
                        + sign(
                                secret,
                                request.header("webhook-id"),
                                request.header("webhook-timestamp"),
                                request.body());
                if (expected.equals(signature)) {
                    found = secret;
                }
            }
            matched.add(found);
        }
        return matched;
    }

    static String sign(String secret, String id, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
