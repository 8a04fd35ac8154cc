package vn.vinhdanh.nomination.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.deploy.infra.Callers.as;
import static vn.vinhdanh.nomination.NominationFixtures.sendBack;
import static vn.vinhdanh.nomination.rest.NominationApi.createMovement;
import static vn.vinhdanh.nomination.rest.NominationApi.individualOf;
import static vn.vinhdanh.nomination.rest.NominationApi.post;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/**
 * Idempotency-Key on every creating POST besides the submission (IdempotencyKeyTest): a movement, a draft, a
 * revision. A retry answers 201 with the first one's Location and Idempotent-Replayed; another body is 422.
 */
@QuarkusTest
class IdempotentCreationsTest {

    @Test
    void aMovementIsCreatedOncePerKey() {
        String key = UUID.randomUUID().toString();
        String code = "LC-IDEM-" + UUID.randomUUID().toString().substring(0, 8);
        String body = movement(code, "Phong trào thi đua Dân vận khéo");
        ExtractableResponse<Response> first = send(as("admin"), key, body, "/api/v1/movements")
                .then()
                .statusCode(201)
                .extract();
        // without the key the retry would be 409 duplicate-movement; with it, the original
        ExtractableResponse<Response> retry = send(as("admin"), key, body, "/api/v1/movements")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .extract();
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.<String>path("id")).isEqualTo(first.path("id"));
        send(as("admin"), key, movement(code, "Phong trào khác"), "/api/v1/movements")
                .then()
                .statusCode(422)
                .body("type", endsWith("/idempotency-key-reused"));
    }

    @Test
    void aDraftIsSavedOncePerKey() {
        String movementId = createMovement();
        String key = UUID.randomUUID().toString();
        String body = individualOf("SO-GDDT", movementId, "Sùng A Páo").toString();
        ExtractableResponse<Response> first = send(agency("SO-GDDT"), key, body, "/api/v1/nominations/drafts")
                .then()
                .statusCode(201)
                .extract();
        ExtractableResponse<Response> retry = send(agency("SO-GDDT"), key, body, "/api/v1/nominations/drafts")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .extract();
        assertThat(retry.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(agency("SO-GDDT")
                        .get("/api/v1/nominations/drafts")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("id", String.class))
                .containsOnlyOnce(first.<String>path("id"));
        send(
                        agency("SO-GDDT"),
                        key,
                        individualOf("SO-GDDT", movementId, "Sùng A Dế").toString(),
                        "/api/v1/nominations/drafts")
                .then()
                .statusCode(422);
    }

    @Test
    void aRevisionIsWrittenOncePerKey() {
        String movementId = createMovement();
        ObjectNode nomination = individualOf("SO-GDDT", movementId, "Vàng Thị Mỷ");
        String id = post("SO-GDDT", nomination).then().statusCode(201).extract().path("id");
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            sendBack(kafka, "SO-GDDT", id, "Thiếu biên bản họp xét");
        }
        ObjectNode amended = nomination.deepCopy();
        amended.put("changeNote", "Bổ sung biên bản họp xét số 7/BB");
        String key = UUID.randomUUID().toString();
        String revisions = "/api/v1/nominations/" + id + "/revisions";

        ExtractableResponse<Response> first = send(agency("SO-GDDT"), key, amended.toString(), revisions)
                .then()
                .statusCode(201)
                .extract();
        assertThat(first.header("Location")).endsWith(revisions + "/2");
        // the nomination is SUBMITTED again: without the key a retry is 409 not-returned
        send(agency("SO-GDDT"), key, amended.toString(), revisions)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", endsWith(revisions + "/2"))
                .body("revision", equalTo(2));
        send(agency("SO-GDDT"), null, amended.toString(), revisions)
                .then()
                .statusCode(409)
                .body("type", endsWith("/not-returned"));
        agency("SO-GDDT").get(revisions).then().body("size()", equalTo(2));
    }

    private static Response send(RequestSpecification caller, String key, String body, String path) {
        RequestSpecification request = caller.contentType(ContentType.JSON).body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post(path);
    }

    private static String movement(String code, String name) {
        return """
                {"code":"%s","name":"%s","kind":"THEMATIC","level":"PROVINCE","year":2026,
                 "organizer":"UBND tỉnh Lào Cai"}""".formatted(code, name);
    }
}
