package vn.vinhdanh.nomination.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.deploy.infra.Callers.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The registration API of webhooks: the secret is shown once, a list pages, an agency sees only its own endpoints,
 * an admin registers for an agency it names, Idempotency-Key is honoured, endpoints are paused and removed. The URL
 * and event type refusals are in NominationBadRequestsTest; deliveries in WebhookDeliveryTest.
 */
@QuarkusTest
class WebhookRegistrationTest {

    private static final String WEBHOOKS = "/api/v1/webhooks";
    /** Never called: no nomination of these agencies is submitted here. */
    private static final String URL = "https://portal.example.vn/hooks/vinhdanh";

    @Test
    void theSecretIsShownOnceAndNeverRead() {
        String agencyCode = newAgency();
        ExtractableResponse<Response> created = register(agency(agencyCode), null, body(URL, List.of("APPROVED")))
                .then()
                .statusCode(201)
                .body("agencyCode", equalTo(agencyCode))
                .body("url", equalTo(URL))
                .body("eventTypes", equalTo(List.of("APPROVED")))
                .body("enabled", equalTo(true))
                .body("secret", startsWith("whsec_"))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(WEBHOOKS + "/" + id);
        String secret = created.path("secret");
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length())))
                .hasSizeGreaterThanOrEqualTo(24);

        String read = agency(agencyCode)
                .get(created.header("Location"))
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .extract()
                .asString();
        assertThat(read).doesNotContain("\"secret\"").doesNotContain(secret);
        String listed = agency(agencyCode)
                .get(WEBHOOKS)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(listed).contains(id).doesNotContain("\"secret\"");
    }

    @Test
    void anAgencySeesItsOwnEndpointsInPagesAndNoOtherAgencys() {
        String agencyCode = newAgency();
        List<String> ids = List.of(
                registered(agencyCode, URL + "/1"),
                registered(agencyCode, URL + "/2"),
                registered(agencyCode, URL + "/3"));
        String other = registered(newAgency(), URL + "/other");

        Response first = agency(agencyCode).queryParam("size", 2).get(WEBHOOKS);
        first.then()
                .statusCode(200)
                .header("X-Total-Count", "3")
                .header("Link", containsString("rel=\"next\""))
                .body("size()", equalTo(2));
        // newest first
        assertThat(first.jsonPath().getList("id", String.class)).containsExactly(ids.get(2), ids.get(1));
        agency(agencyCode)
                .queryParam("size", 2)
                .queryParam("page", 1)
                .get(WEBHOOKS)
                .then()
                .header("X-Total-Count", "3")
                .body("id", equalTo(List.of(ids.get(0))));

        agency(agencyCode).get(WEBHOOKS + "/" + other).then().statusCode(404);
        agency(agencyCode).post(WEBHOOKS + "/" + other + "/disable").then().statusCode(404);
        agency(agencyCode).delete(WEBHOOKS + "/" + other).then().statusCode(404);
        agency(agencyCode).get(WEBHOOKS + "/" + other + "/deliveries").then().statusCode(404);
        as("admin").get(WEBHOOKS + "/" + other).then().statusCode(200);
    }

    @Test
    void anAdminRegistersForTheAgencyItNames() {
        String agencyCode = newAgency();
        register(as("admin"), null, body(URL, List.of()))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("agencyCode"));
        Map<String, Object> forAgency = new HashMap<>(body(URL, List.of()));
        forAgency.put("agencyCode", agencyCode);
        String id = register(as("admin"), null, forAgency)
                .then()
                .statusCode(201)
                .body("agencyCode", equalTo(agencyCode))
                .body("eventTypes", equalTo(List.of("*")))
                .extract()
                .path("id");
        agency(agencyCode).get(WEBHOOKS + "/" + id).then().statusCode(200);
        // an agency naming another is refused rather than registered for itself
        Map<String, Object> forOther = new HashMap<>(body(URL, List.of()));
        forOther.put("agencyCode", newAgency());
        register(agency(agencyCode), null, forOther).then().statusCode(403);
    }

    @Test
    void eventTypesAreStepsEachOnceAndStarMeansAll() {
        String agencyCode = newAgency();
        register(agency(agencyCode), null, body(URL, List.of("APPROVED", "SUBMITTED", "APPROVED")))
                .then()
                .statusCode(201)
                .body("eventTypes", equalTo(List.of("APPROVED", "SUBMITTED")));
        register(agency(agencyCode), null, body(URL, List.of("APPROVED", "*")))
                .then()
                .statusCode(201)
                .body("eventTypes", equalTo(List.of("*")));
        register(agency(agencyCode), null, Map.of("url", URL))
                .then()
                .statusCode(201)
                .body("eventTypes", equalTo(List.of("*")));
    }

    @Test
    void aRegistrationIsMadeOncePerIdempotencyKey() {
        String agencyCode = newAgency();
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = register(agency(agencyCode), key, body(URL, List.of()))
                .then()
                .statusCode(201)
                .extract();
        // the caller lost the first answer: the retry gives the same endpoint and, not yet rotated, its secret
        register(agency(agencyCode), key, body(URL, List.of()))
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.path("id")))
                .body("secret", equalTo(first.path("secret")));
        agency(agencyCode).get(WEBHOOKS).then().header("X-Total-Count", "1");
        register(agency(agencyCode), key, body(URL + "/other", List.of()))
                .then()
                .statusCode(422)
                .body("type", endsWith("/idempotency-key-reused"));

        String id = first.path("id");
        agency(agencyCode).post(WEBHOOKS + "/" + id + "/rotate-secret").then().statusCode(200);
        register(agency(agencyCode), key, body(URL, List.of()))
                .then()
                .statusCode(201)
                .body("id", equalTo(id))
                .body("$", not(hasKey("secret")));
    }

    @Test
    void anEndpointIsPausedResumedAndRemoved() {
        String agencyCode = newAgency();
        String id = registered(agencyCode, URL);
        agency(agencyCode)
                .post(WEBHOOKS + "/" + id + "/disable")
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false));
        agency(agencyCode).get(WEBHOOKS + "/" + id).then().body("enabled", equalTo(false));
        agency(agencyCode)
                .post(WEBHOOKS + "/" + id + "/enable")
                .then()
                .statusCode(200)
                .body("enabled", equalTo(true));
        agency(agencyCode)
                .get(WEBHOOKS + "/" + id + "/deliveries/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        agency(agencyCode)
                .post(WEBHOOKS + "/" + id + "/deliveries/" + UUID.randomUUID() + "/redeliver")
                .then()
                .statusCode(404);
        agency(agencyCode).delete(WEBHOOKS + "/" + id).then().statusCode(204);
        agency(agencyCode).get(WEBHOOKS + "/" + id).then().statusCode(404);
    }

    private static String newAgency() {
        return "WR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static Map<String, Object> body(String url, List<String> eventTypes) {
        return Map.of("url", url, "eventTypes", eventTypes, "description", "Cổng thông tin điện tử");
    }

    private static String registered(String agencyCode, String url) {
        return register(agency(agencyCode), null, body(url, List.of()))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Response register(RequestSpecification caller, String key, Map<String, Object> body) {
        RequestSpecification request = caller.contentType(ContentType.JSON).body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post(WEBHOOKS);
    }
}
