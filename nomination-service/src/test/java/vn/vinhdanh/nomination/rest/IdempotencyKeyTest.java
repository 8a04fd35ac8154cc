package vn.vinhdanh.nomination.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.nomination.rest.NominationApi.createMovement;
import static vn.vinhdanh.nomination.rest.NominationApi.individual;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A retried submission with the same Idempotency-Key never creates a second nomination. */
@QuarkusTest
class IdempotencyKeyTest {

    @Test
    void aRetryReturnsTheOriginalAndAnotherBodyIsRefused() {
        String movementId = createMovement();
        String key = UUID.randomUUID().toString();
        String body = individual(movementId, "Ma Văn Kháng");

        ExtractableResponse<Response> first =
                post(key, body).then().statusCode(201).extract();
        ExtractableResponse<Response> retry = post(key, body)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .extract();
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.<String>path("id")).isEqualTo(first.path("id"));

        post(key, individual(movementId, "Ma Văn Khoa"))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/idempotency-key-reused"));

        agency("SO-GDDT")
                .queryParam("movementId", movementId)
                .get("/api/v1/nominations")
                .then()
                .body("size()", equalTo(1));
    }

    @Test
    void concurrentRetriesStillCreateOneNomination() {
        String movementId = createMovement();
        String key = UUID.randomUUID().toString();
        String body = individual(movementId, "Hầu A Lềnh");
        var attempts = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> post(key, body).then().extract()))
                .toList();
        var ids = attempts.stream()
                .map(CompletableFuture::join)
                .peek(response -> assertThat(response.statusCode()).isEqualTo(201))
                .map(response -> response.<String>path("id"))
                .distinct()
                .toList();
        assertThat(ids).hasSize(1);
        agency("SO-GDDT")
                .queryParam("movementId", movementId)
                .get("/api/v1/nominations")
                .then()
                .body("size()", equalTo(1));
    }

    @Test
    void keysAreScopedToTheCaller() {
        String movementId = createMovement();
        String key = UUID.randomUUID().toString();
        String mine = post(key, individual(movementId, "Lý Seo Chứ"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String theirs = agency("SO-YTE")
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                // another nominee: the same one from another agency would be refused as a possible duplicate
                .body(individual(movementId, "Lý Seo Dìn").replace("SO-GDDT", "SO-YTE"))
                .post("/api/v1/nominations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertThat(theirs).isNotEqualTo(mine);
    }

    private static Response post(String key, String body) {
        return agency("SO-GDDT")
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/nominations");
    }
}
