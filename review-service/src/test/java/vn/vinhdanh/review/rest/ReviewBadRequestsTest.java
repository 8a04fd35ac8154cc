package vn.vinhdanh.review.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static vn.vinhdanh.deploy.infra.BadRequestTable.invalid;
import static vn.vinhdanh.deploy.infra.BadRequestTable.problem;
import static vn.vinhdanh.review.Callers.agency;
import static vn.vinhdanh.review.Callers.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.BadRequestTable;
import vn.vinhdanh.deploy.infra.BadRequestTable.Case;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.LocalJwt;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/**
 * Hard edges: every bad request to the review service is refused with the exact 4xx and RFC 9457 problem details,
 * and none of them writes a row. The table runs in one test method so that the row counts before and after cover
 * all of it and nothing else.
 */
@QuarkusTest
class ReviewBadRequestsTest {

    private static final String REVIEWS = "/api/v1/reviews";
    private static final String AUDIT = "/api/v1/admin/audit";
    private static final String DEAD_LETTERS = "/api/v1/admin/dead-letters";
    /** The tables of this service: its own migrations, the outbox and inbox, the audit trail. */
    private static final List<String> TABLES = List.of("review_case", "review_assignment", "outbox_event",
            "processed_event", "audit_entry");

    private static final ObjectMapper JSON = new ObjectMapper();


    /** Review cases the table refers to, opened (and one decided) before the row counts are taken. */
    record Fixture(String openCase, String decidedCase) {
    }

    @Test
    void everyBadRequestGetsItsProblemDetailsAndWritesNothing() throws Exception {
        Fixture fixture = fixture();
        BadRequestTable.run(cases(fixture), TABLES);
    }

    private static List<Case> cases(Fixture f) {
        String unknownId = UUID.randomUUID().toString();
        String decision = REVIEWS + "/" + f.openCase() + "/decision";
        String assignments = REVIEWS + "/" + f.openCase() + "/assignments";
        List<Case> cases = new ArrayList<>();

        // --- POST /api/v1/reviews/{id}/decision
        cases.add(problem("decision: malformed JSON", 400, "malformed-json",
                () -> post(as("council-secretary"), decision, "{\"outcome\":")));
        cases.add(problem("decision: empty body", 400, "malformed-json",
                () -> post(as("council-secretary"), decision, "")));
        cases.add(problem("decision: JSON array instead of an object", 400, "malformed-json",
                () -> post(as("council-secretary"), decision, "[{\"outcome\":\"APPROVED\"}]")));
        cases.add(problem("decision: text/plain body", 415, "unsupported-media-type",
                () -> as("council-secretary").contentType(ContentType.TEXT).body("APPROVED").post(decision)));
        cases.add(problem("decision: application/xml body", 415, "unsupported-media-type",
                () -> as("council-secretary").contentType(ContentType.XML)
                        .body("<decision><outcome>APPROVED</outcome></decision>").post(decision)));
        cases.add(invalid("decision: unknown outcome", "outcome",
                () -> post(as("council-secretary"), decision, "{\"outcome\":\"MAYBE\"}")));
        cases.add(invalid("decision: unknown field", "comment",
                () -> post(as("council-secretary"), decision, "{\"outcome\":\"APPROVED\",\"comment\":\"ok\"}")));
        cases.add(invalid("decision: missing outcome", "outcome",
                () -> post(as("council-secretary"), decision, "{\"reason\":\"không rõ\"}")));
        cases.add(invalid("decision: null outcome", "outcome",
                () -> post(as("council-secretary"), decision, "{\"outcome\":null}")));
        cases.add(invalid("decision: outcome as an object", "outcome",
                () -> post(as("council-secretary"), decision, "{\"outcome\":{\"value\":\"APPROVED\"}}")));
        cases.add(invalid("decision: reason over 5000 characters", "reason",
                () -> post(as("council-secretary"), decision,
                        "{\"outcome\":\"REJECTED\",\"reason\":\"" + "x".repeat(5_001) + "\"}")));
        cases.add(invalid("decision: RETURNED with a blank reason", "reason",
                () -> post(as("council-secretary"), decision, "{\"outcome\":\"RETURNED\",\"reason\":\"  \"}")));
        cases.add(invalid("decision: REJECTED without a reason", "reason",
                () -> post(as("council-secretary"), decision, "{\"outcome\":\"REJECTED\"}")));
        cases.add(invalid("decision: reason as an array", "reason",
                () -> post(as("council-secretary"), decision, "{\"outcome\":\"REJECTED\",\"reason\":[\"a\"]}")));
        cases.add(problem("decision: the case is already decided", 409, "already-decided",
                () -> post(as("council-secretary"), REVIEWS + "/" + f.decidedCase() + "/decision",
                        "{\"outcome\":\"REJECTED\",\"reason\":\"đổi ý\"}")));
        cases.add(problem("decision: case that does not exist", 404, "not-found",
                () -> post(as("council-secretary"), REVIEWS + "/" + unknownId + "/decision",
                        "{\"outcome\":\"APPROVED\"}")));
        cases.add(problem("decision: case id that is not a UUID", 404, "not-found",
                () -> post(as("council-secretary"), REVIEWS + "/case-1/decision", "{\"outcome\":\"APPROVED\"}")));
        cases.add(problem("decision: by a council member", 403, "forbidden",
                () -> post(as("council-member"), decision, "{\"outcome\":\"APPROVED\"}")));
        cases.add(problem("decision: by an admin", 403, "forbidden",
                () -> post(as("admin"), decision, "{\"outcome\":\"APPROVED\"}")));
        cases.add(problem("decision: without a token", 401, "unauthenticated",
                () -> post(given(), decision, "{\"outcome\":\"APPROVED\"}")));
        cases.add(problem("decision: with an expired token", 401, "unauthenticated",
                () -> post(given().auth().oauth2(PlatformTestResource.expiredToken("test-council-secretary",
                        "council-secretary", null)), decision, "{\"outcome\":\"APPROVED\"}")));
        cases.add(problem("decision: body over the 2 MB limit", 413, "content-too-large",
                () -> post(expectingContinue(as("council-secretary")), decision,
                        "{\"outcome\":\"REJECTED\",\"reason\":\"" + "x".repeat(2_500_000) + "\"}")));

        // --- POST /api/v1/reviews/{id}/assignments
        cases.add(problem("assignment: the case is already decided", 409, "already-decided",
                () -> post(as("council-secretary"), REVIEWS + "/" + f.decidedCase() + "/assignments",
                        "{\"memberId\":\"member-late\"}")));
        cases.add(invalid("assignment: blank memberId", "memberId",
                () -> post(as("council-secretary"), assignments, "{\"memberId\":\" \"}")));
        cases.add(invalid("assignment: missing memberId", "memberId",
                () -> post(as("council-secretary"), assignments, "{}")));
        cases.add(invalid("assignment: memberId over 200 characters", "memberId",
                () -> post(as("council-secretary"), assignments, "{\"memberId\":\"" + "m".repeat(201) + "\"}")));
        cases.add(invalid("assignment: memberId as an array", "memberId",
                () -> post(as("council-secretary"), assignments, "{\"memberId\":[\"member-a\",\"member-b\"]}")));
        cases.add(invalid("assignment: unknown field", "role",
                () -> post(as("council-secretary"), assignments, "{\"memberId\":\"member-a\",\"role\":\"chair\"}")));
        cases.add(problem("assignment: malformed JSON", 400, "malformed-json",
                () -> post(as("council-secretary"), assignments, "{memberId: member-a}")));
        cases.add(problem("assignment: text/plain body", 415, "unsupported-media-type",
                () -> as("council-secretary").contentType(ContentType.TEXT).body("member-a").post(assignments)));
        cases.add(problem("assignment: case that does not exist", 404, "not-found",
                () -> post(as("council-secretary"), REVIEWS + "/" + unknownId + "/assignments",
                        "{\"memberId\":\"member-a\"}")));
        cases.add(problem("assignment: by a council member", 403, "forbidden",
                () -> post(as("member-a", "council-member"), assignments, "{\"memberId\":\"member-a\"}")));
        cases.add(problem("assignment: with a token signed by an unknown key", 401, "unauthenticated",
                () -> post(given().auth().oauth2(LocalJwt.generate().issue("test-council-secretary",
                        "council-secretary", null, Duration.ofHours(1))), assignments, "{\"memberId\":\"member-a\"}")));

        // --- GET /api/v1/reviews and /{id}
        cases.add(problem("list: unknown status filter", 404, "not-found",
                () -> as("council-secretary").queryParam("status", "CLOSED").get(REVIEWS)));
        cases.add(problem("list: nominationId that is not a UUID", 404, "not-found",
                () -> as("council-secretary").queryParam("nominationId", "12345").get(REVIEWS)));
        cases.add(invalid("list: page size of 201", "size",
                () -> as("council-secretary").queryParam("size", 201).get(REVIEWS)));
        cases.add(invalid("list: negative page", "page",
                () -> as("council-secretary").queryParam("page", -1).get(REVIEWS)));
        cases.add(problem("list: page size that is not a number", 404, "not-found",
                () -> as("council-secretary").queryParam("size", "all").get(REVIEWS)));
        cases.add(problem("list: by an agency", 403, "forbidden", () -> agency("SO-YTE").get(REVIEWS)));
        cases.add(problem("list: by an editor", 403, "forbidden", () -> as("editor").get(REVIEWS)));
        cases.add(problem("list: with a token that is not a JWT", 401, "unauthenticated",
                () -> given().auth().oauth2("eyJhbGciOiJub25lIn0.e30.").get(REVIEWS)));
        cases.add(problem("read: case id that is not a UUID", 404, "not-found",
                () -> as("council-secretary").get(REVIEWS + "/not-a-uuid")));
        cases.add(problem("read: case that does not exist", 404, "not-found",
                () -> as("council-secretary").get(REVIEWS + "/" + unknownId)));
        cases.add(problem("read: case not assigned to the council member", 404, "not-found",
                () -> as("member-z", "council-member").get(REVIEWS + "/" + f.openCase())));
        cases.add(problem("DELETE on a case", 405, "method-not-allowed",
                () -> as("council-secretary").delete(REVIEWS + "/" + f.openCase())));
        cases.add(problem("PUT on a decision", 405, "method-not-allowed",
                () -> as("council-secretary").contentType(ContentType.JSON).body("{\"outcome\":\"APPROVED\"}")
                        .put(decision)));
        cases.add(problem("GET on a decision", 405, "method-not-allowed",
                () -> as("council-secretary").get(decision)));

        // --- administration
        cases.add(invalid("audit page size of 0", "size", () -> as("admin").queryParam("size", 0).get(AUDIT)));
        cases.add(problem("audit trail for the council secretary", 403, "forbidden",
                () -> as("council-secretary").get(AUDIT)));
        cases.add(invalid("dead letters limit over 1000", "limit",
                () -> as("admin").queryParam("limit", 1_001).get(DEAD_LETTERS)));
        cases.add(problem("redrive by the council secretary", 403, "forbidden",
                () -> as("council-secretary").post(DEAD_LETTERS + "/redrive")));
        return cases;
    }

    // ------------------------------------------------------------------ fixture and requests

    private static Fixture fixture() {
        String openNomination = UUID.randomUUID().toString();
        String decidedNomination = UUID.randomUUID().toString();
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            kafka.sendCloudEvent("nomination.events", openNomination, UUID.randomUUID(), "nomination.submitted.v1",
                    submitted(openNomination, "Thào Thị Mỷ"));
            kafka.sendCloudEvent("nomination.events", decidedNomination, UUID.randomUUID(),
                    "nomination.submitted.v1", submitted(decidedNomination, "Giàng Seo Phử"));
        }
        String openCase = awaitCase(openNomination);
        String decidedCase = awaitCase(decidedNomination);
        post(as("council-secretary"), REVIEWS + "/" + decidedCase + "/decision", "{\"outcome\":\"APPROVED\"}")
                .then().statusCode(200);
        return new Fixture(openCase, decidedCase);
    }

    private static String awaitCase(String nominationId) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> as("council-secretary").queryParam("nominationId", nominationId).get(REVIEWS)
                        .then().statusCode(200).extract().<String>path("[0].id"), id -> id != null);
    }

    private static String submitted(String nominationId, String name) {
        return """
                {"nominationId":"%s","revision":1,"agencyCode":"SO-NN","movementId":"%s",
                 "movementName":"Phong trào thi đua Nông thôn mới","movementYear":2025,"level":"PROVINCE",
                 "sector":"AGRICULTURE","proposedAward":"BANG_KHEN_CHU_TICH_UBND_TINH",
                 "nominee":{"kind":"INDIVIDUAL","name":"%s","gender":"MALE","birthYear":1979,"ethnicity":"Mông",
                            "position":"Trưởng thôn","organization":"Thôn Sín Chải, xã Bản Khoang",
                            "targetGroup":"CITIZEN","memberCount":null},
                 "achievements":"Vận động bà con hiến 2.000 m² đất làm đường.","goodPractices":null,
                 "publicityConsent":true,"submittedAt":"%s"}""".formatted(nominationId, UUID.randomUUID(), name,
                Instant.now());
    }

    /**
     * The server refuses an oversized body by its Content-Length alone and closes the connection. A client that
     * waits for "100 Continue" is sure to read that refusal; one that writes the whole body first may instead see the
     * connection reset, depending on socket buffers, which would make the case flaky.
     */
    private static RequestSpecification expectingContinue(RequestSpecification caller) {
        return caller.header("Expect", "100-continue");
    }

    private static Response post(RequestSpecification caller, String path, String body) {
        return caller.contentType(ContentType.JSON).body(body).post(path);
    }
}
