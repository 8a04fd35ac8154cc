package vn.vinhdanh.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.PlatformTestResource;
import vn.vinhdanh.province.ProvinceClock;

/**
 * createOnce: the first request with a key claims it and creates; a retry gets back what the first created; the same
 * key with another body is refused; keys belong to their caller; an empty key is refused before anything happens.
 */
@QuarkusTest
class IdempotencyKeysTest {

    @Inject
    EntityManager entityManager;

    @Test
    void theFirstRequestWithAKeyClaimsItAndCreates() {
        String key = UUID.randomUUID().toString();

        String id = post("portal-SO-YTE", key, "Xin chào")
                .statusCode(201)
                .header(IdempotencyKeys.REPLAYED_HEADER, nullValue())
                .body("text", equalTo("Xin chào"))
                .extract()
                .path("id");

        assertThat(greetings("Xin chào")).isEqualTo(1);
        assertThat(claimed("portal-SO-YTE", key).resourceId).isEqualTo(UUID.fromString(id));
    }

    @Test
    void aRetryWithTheSameKeyAndBodyGetsBackWhatTheFirstCreated() {
        String key = UUID.randomUUID().toString();
        ValidatableResponse first = post("portal-SO-YTE", key, "Chào buổi sáng").statusCode(201);
        String id = first.extract().path("id");
        String location = first.extract().header("Location");

        post("portal-SO-YTE", key, "Chào buổi sáng")
                .statusCode(201)
                .header(IdempotencyKeys.REPLAYED_HEADER, equalTo("true"))
                .header("Location", equalTo(location))
                .body("id", equalTo(id));

        assertThat(greetings("Chào buổi sáng")).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        post("portal-SO-YTE", key, "Lần thứ nhất").statusCode(201);

        post("portal-SO-YTE", key, "Lần thứ hai")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/idempotency-key-reused"));

        assertThat(greetings("Lần thứ hai")).isZero();
    }

    @Test
    void anotherCallerMayUseTheSameKey() {
        String key = UUID.randomUUID().toString();
        String mine = post("portal-SO-YTE", key, "Của hai người")
                .statusCode(201)
                .extract()
                .path("id");

        String theirs = post("portal-SO-GDDT", key, "Của hai người")
                .statusCode(201)
                .header(IdempotencyKeys.REPLAYED_HEADER, nullValue())
                .extract()
                .path("id");

        assertThat(theirs).isNotEqualTo(mine);
    }

    @Test
    void withoutAKeyEveryRequestCreates() {
        String first = post("portal-SO-YTE", null, "Không khóa")
                .statusCode(201)
                .extract()
                .path("id");
        String second = post("portal-SO-YTE", null, "Không khóa")
                .statusCode(201)
                .extract()
                .path("id");

        assertThat(second).isNotEqualTo(first);
        assertThat(greetings("Không khóa")).isEqualTo(2);
    }

    @Test
    void anEmptyKeyIsRefusedAndNothingIsCreated() {
        post("portal-SO-YTE", "", "Khóa rỗng")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(IdempotencyKeys.HEADER))
                .body("errors[0].reason", equalTo("must not be empty"));

        assertThat(greetings("Khóa rỗng")).isZero();
    }

    @Test
    void aKeyIsDatedByThePlatformsClock() {
        Instant midnight = Instant.parse("2025-06-30T17:00:00Z");
        QuarkusMock.installMockForType(Clock.fixed(midnight, ProvinceClock.ZONE), Clock.class);
        String key = UUID.randomUUID().toString();

        post("portal-SO-YTE", key, "Ngày 1 tháng 7").statusCode(201);

        assertThat(claimed("portal-SO-YTE", key).createdAt).isEqualTo(midnight);
    }

    private static ValidatableResponse post(String caller, String key, String text) {
        var request = RestAssured.given()
                .auth()
                .oauth2(PlatformTestResource.token(caller, "agency", caller.substring("portal-".length())))
                .contentType(ContentType.JSON)
                .body("{\"text\":\"" + text + "\"}");
        if (key != null) {
            request.header(IdempotencyKeys.HEADER, key);
        }
        return request.post(GreetingResource.PATH).then();
    }

    private long greetings(String text) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from greeting where text = ?1")
                                .setParameter(1, text)
                                .getSingleResult())
                        .longValue());
    }

    private static IdempotencyKey claimed(String caller, String key) {
        return QuarkusTransaction.requiringNew()
                .call(() -> IdempotencyKey.findById(new IdempotencyKey.Key(caller, key)));
    }
}
