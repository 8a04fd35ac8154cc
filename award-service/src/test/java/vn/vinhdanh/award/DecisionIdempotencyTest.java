package vn.vinhdanh.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.vinhdanh.deploy.infra.Callers.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A retried POST of a decision with the same Idempotency-Key never creates a second decision. */
@QuarkusTest
class DecisionIdempotencyTest {

    private static Map<String, Object> body(String date, String fund, List<String> awardIds) {
        return Map.of("decisionDate", date, "signer", "Chủ tịch UBND tỉnh Lào Cai", "fund", fund, "awardIds", awardIds);
    }

    private static Response post(RequestSpecification caller, String key, Map<String, Object> body) {
        return caller.header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/decisions");
    }

    @Test
    void theSameKeyAndBodyAnswerTheSameDecisionAndAnotherBodyIsRefused() throws Exception {
        String fund = AwardSteps.newFund();
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = post(as("award-officer"), key, body("2026-12-01", fund, List.of()))
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo(null))
                .extract();
        String id = first.path("id");
        post(as("award-officer"), key, body("2026-12-01", fund, List.of()))
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .body("id", equalTo(id));
        assertThat(AwardSteps.count("select count(*) from award_decision where fund = ?", fund))
                .isEqualTo(1);

        post(as("award-officer"), key, body("2026-12-02", fund, List.of()))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", containsString("idempotency-key-reused"));

        // keys are per caller: another officer's same key is another request
        String theirs = post(as("another-officer", "award-officer"), key, body("2026-12-01", fund, List.of()))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertThat(theirs).isNotEqualTo(id);

        // a refused request does not use the key up
        String retry = UUID.randomUUID().toString();
        post(
                        as("award-officer"),
                        retry,
                        body("2026-12-01", fund, List.of(UUID.randomUUID().toString())))
                .then()
                .statusCode(422)
                .body("type", containsString("unknown-award"));
        post(as("award-officer"), retry, body("2026-12-01", fund, List.of()))
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo(null));
        assertThat(AwardSteps.count("select count(*) from award_decision where fund = ?", fund))
                .isEqualTo(3);
    }
}
