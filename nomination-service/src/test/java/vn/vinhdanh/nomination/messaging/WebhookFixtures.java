package vn.vinhdanh.nomination.messaging;

import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.deploy.infra.Callers.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.util.UUID;
import vn.vinhdanh.nomination.messaging.WebhookReceiver.Received;

/** What the webhook tests share: a nomination of an agency to hear about, and a delivery read as its CloudEvent. */
final class WebhookFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WebhookFixtures() {}

    /** A nomination submitted by {@code agencyCode} in a movement of its own. */
    static String submitNomination(String agencyCode) {
        String movementId = as("admin")
                .contentType(ContentType.JSON)
                .body("""
                        {"code":"LC-WH-%s","name":"Phong trào thi đua","kind":"REGULAR","level":"PROVINCE",
                         "year":2025}""".formatted(UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/movements")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return agency(agencyCode)
                .contentType(ContentType.JSON)
                .body("""
                        {"movementId":"%s","agencyCode":"%s",
                         "nominee":{"kind":"INDIVIDUAL","name":"Lò Thị Mai","organization":"Trạm y tế xã Bản Lầu",
                                    "targetGroup":"PUBLIC_EMPLOYEE"},
                         "level":"PROVINCE","sector":"HEALTH","proposedAward":"BANG_KHEN_CHU_TICH_UBND_TINH",
                         "achievements":"Khám chữa bệnh cho đồng bào vùng cao.","publicityConsent":true}""".formatted(movementId, agencyCode))
                .post("/api/v1/nominations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static JsonNode event(Received request) {
        try {
            return JSON.readTree(request.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + request.body(), e);
        }
    }
}
