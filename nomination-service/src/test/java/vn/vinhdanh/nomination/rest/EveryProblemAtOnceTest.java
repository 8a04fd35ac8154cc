package vn.vinhdanh.nomination.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.nomination.rest.NominationApi.JSON;
import static vn.vinhdanh.nomination.rest.NominationApi.createMovement;
import static vn.vinhdanh.nomination.rest.NominationApi.individualOf;
import static vn.vinhdanh.nomination.rest.NominationApi.nominee;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A body with several things to fix gets them all in one 400 (types, constraints, rules between fields), and a batch
 * item with that body gets exactly the same problem, in the language the client asks for; with an Idempotency-Key a
 * batch is answered once.
 */
@QuarkusTest
class EveryProblemAtOnceTest {

    private static final String NOMINATIONS = "/api/v1/nominations";
    private static final String BATCH = NOMINATIONS + "/batch";

    /** birthYear of the wrong type, blank achievements, an individual in the COLLECTIVE group. */
    private static ObjectNode threeProblems(String movementId) {
        ObjectNode body = individualOf("SO-GDDT", movementId, "Sùng A Páo");
        nominee(body).put("birthYear", "abc").put("targetGroup", "COLLECTIVE");
        body.put("achievements", "   ");
        return body;
    }

    private static Response single(String language, Object body) {
        return agency("SO-GDDT")
                .header("Accept-Language", language)
                .contentType(ContentType.JSON)
                .body(body.toString())
                .post(NOMINATIONS);
    }

    private static Response batch(String language, String key, List<ObjectNode> items) {
        ObjectNode body = JSON.createObjectNode();
        items.forEach(body.putArray("items")::add);
        var request = agency("SO-GDDT").header("Accept-Language", language).contentType(ContentType.JSON);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.body(body.toString()).post(BATCH);
    }

    private static JsonNode withoutInstance(String json) throws Exception {
        ObjectNode problem = (ObjectNode) JSON.readTree(json);
        problem.remove("instance");
        return problem;
    }

    @Test
    void aTypeErrorAViolationAndARuleComeInOneAnswer() {
        String movementId = createMovement();
        single("en", threeProblems(movementId))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .header("Content-Language", "en")
                .body("type", endsWith("/validation"))
                .body("errors.field", contains("achievements", "nominee.birthYear", "nominee.targetGroup"))
                .body(
                        "errors.reason",
                        contains(
                                "must not be blank",
                                "'abc' is not a whole number",
                                "an individual's target group cannot be COLLECTIVE"));
        agency("SO-GDDT")
                .queryParam("movementId", movementId)
                .get(NOMINATIONS)
                .then()
                .header("X-Total-Count", "0");
    }

    @Test
    void aBatchItemGetsExactlyTheProblemOfTheSinglePostInEitherLanguage() throws Exception {
        String movementId = createMovement();
        for (String language : List.of("en", "vi")) {
            Response single = single(language, threeProblems(movementId));
            single.then().statusCode(400).header("Content-Language", language);
            Response batch = batch(language, null, List.of(threeProblems(movementId)));
            batch.then()
                    .statusCode(200)
                    .header("Content-Language", language)
                    .header("Vary", containsString("Accept-Language"))
                    .body("status", contains(400))
                    .body("[0].problem.instance", endsWith("/batch#items[0]"));
            JsonNode item = JSON.readTree(batch.asString()).get(0).get("problem");
            ((ObjectNode) item).remove("instance");
            assertThat(item).as(language).isEqualTo(withoutInstance(single.asString()));
            for (String text : List.of(single.asString(), batch.asString())) {
                assertThat(text).doesNotContain("java.").doesNotContain("vn.vinhdanh");
            }
            if (language.equals("vi")) {
                JsonNode errors = item.get("errors");
                assertThat(item.get("title").asText()).isEqualTo("Yêu cầu không hợp lệ");
                assertThat(errors.get(1).get("reason").asText()).isEqualTo("'abc' không phải một số nguyên");
                assertThat(errors.get(2).get("reason").asText())
                        .isEqualTo(
                                "Đối tượng đề nghị là cá nhân thì nhóm đối tượng không được là tập thể (COLLECTIVE).");
            }
        }
    }

    @Test
    void anAmendmentNamesEveryFieldToFixToo() {
        ObjectNode body = individualOf("SO-GDDT", UUID.randomUUID().toString(), "Sùng A Páo");
        nominee(body).put("birthYear", "abc").put("nickname", "Páo");
        agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body(body.toString())
                .post(NOMINATIONS + "/" + UUID.randomUUID() + "/revisions")
                .then()
                .statusCode(400)
                .body("errors.field", contains("changeNote", "nominee.birthYear", "nominee.nickname"));
    }

    @Test
    void aBatchRetriedWithItsKeySubmitsNothingAndAnswersTheSame() {
        String movementId = createMovement();
        String key = UUID.randomUUID().toString();
        List<ObjectNode> items = List.of(individualOf("SO-GDDT", movementId, "Lù Văn Sáng"), threeProblems(movementId));
        Response first = batch("vi", key, items);
        first.then().statusCode(200).header("Content-Language", "vi").body("status", contains(201, 400));
        assertThat(first.header("Idempotent-Replayed")).isNull();

        Response retry = batch("en", key, items);
        retry.then().statusCode(200).header("Idempotent-Replayed", "true").header("Content-Language", "vi");
        assertThat(retry.asString()).isEqualTo(first.asString());

        batch("vi", key, List.of(individualOf("SO-GDDT", movementId, "Lù Văn Sướng")))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/idempotency-key-reused"));
        agency("SO-GDDT")
                .queryParam("movementId", movementId)
                .get(NOMINATIONS)
                .then()
                .header("X-Total-Count", "1");
    }
}
