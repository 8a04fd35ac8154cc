package vn.vinhdanh.publicity.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static vn.vinhdanh.deploy.infra.BadRequestTable.invalid;
import static vn.vinhdanh.deploy.infra.BadRequestTable.problem;
import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.deploy.infra.Callers.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
 * Hard edges: every bad request to the publicity service (the editorial desk, its live stream and the public feeds)
 * is refused with the exact 4xx and RFC 9457 problem details, and none of them writes a row. The table runs in one
 * test method so that the row counts before and after cover all of it and nothing else.
 */
@QuarkusTest
class FeatureBadRequestsTest {

    private static final String FEATURES = "/api/v1/features";
    private static final String DESK = "/api/v1/desk/events";
    private static final String AUDIT = "/api/v1/admin/audit";
    private static final String DEAD_LETTERS = "/api/v1/admin/dead-letters";
    /** The tables of this service: its own migrations, the outbox and inbox, the audit trail. */
    private static final List<String> TABLES = List.of(
            "feature",
            "granted_award",
            "feature_revision",
            "feature_comment",
            "feature_correction",
            "desk_event",
            "ceremony_schedule",
            "outbox_event",
            "processed_event",
            "audit_entry");

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Features the table refers to, made before the row counts are taken, with the ETag each has then.
     *
     * @param draft a consenting individual's story, still a draft
     * @param published a consenting individual's story, published
     * @param inReviewWithoutConsent an individual's story in review whose nominee did not consent to publicity
     */
    record Fixture(
            String draft, String draftEtag, String published, String publishedEtag, String inReviewWithoutConsent) {}

    @Test
    void everyBadRequestGetsItsProblemDetailsAndWritesNothing() throws Exception {
        Fixture fixture = fixture();
        BadRequestTable.run(cases(fixture), TABLES);
    }

    private static List<Case> cases(Fixture f) {
        String unknownId = UUID.randomUUID().toString();
        String draft = FEATURES + "/" + f.draft();
        String published = FEATURES + "/" + f.published();
        String withoutConsent = FEATURES + "/" + f.inReviewWithoutConsent();
        String edit = """
                {"title":"Người nữ hộ sinh của bản Dao đỏ","summary":"Hơn 300 ca đỡ đẻ an toàn.",
                 "body":"Chị Vàng Thị Sinh đã đỡ đẻ an toàn cho hơn 300 sản phụ.","note":"biên tập lần 1"}""";
        String future = "{\"publishAt\":\"" + Instant.now().plus(Duration.ofDays(3)) + "\"}";
        List<Case> cases = new ArrayList<>();

        // --- PUT /api/v1/features/{id}: editing a draft
        cases.add(problem(
                "edit: without If-Match",
                428,
                "precondition-required",
                () -> json(as("editor"), edit).put(draft)));
        cases.add(invalid(
                "edit: If-Match that is not an ETag",
                "If-Match",
                () -> json(as("editor"), edit).header("If-Match", "latest").put(draft)));
        cases.add(problem(
                "edit: stale If-Match",
                412,
                "stale-version",
                () -> json(as("editor"), edit).header("If-Match", "\"999\"").put(draft)));
        cases.add(problem(
                "edit: malformed JSON",
                400,
                "malformed-json",
                () -> json(as("editor"), "{\"title\":\"x\",")
                        .header("If-Match", f.draftEtag())
                        .put(draft)));
        cases.add(problem(
                "edit: empty body",
                400,
                "malformed-json",
                () -> json(as("editor"), "").header("If-Match", f.draftEtag()).put(draft)));
        cases.add(problem(
                "edit: JSON array instead of an object",
                400,
                "malformed-json",
                () -> json(as("editor"), "[" + edit + "]")
                        .header("If-Match", f.draftEtag())
                        .put(draft)));
        cases.add(problem(
                "edit: text/plain body",
                415,
                "unsupported-media-type",
                () -> as("editor")
                        .contentType(ContentType.TEXT)
                        .header("If-Match", f.draftEtag())
                        .body("Tiêu đề mới")
                        .put(draft)));
        cases.add(invalid(
                "edit: blank title",
                "title",
                () -> json(as("editor"), edit.replace("\"Người nữ hộ sinh của bản Dao đỏ\"", "\"  \""))
                        .header("If-Match", f.draftEtag())
                        .put(draft)));
        cases.add(invalid(
                "edit: title over 500 characters",
                "title",
                () -> json(as("editor"), edit.replace("Người nữ hộ sinh của bản Dao đỏ", "T".repeat(501)))
                        .header("If-Match", f.draftEtag())
                        .put(draft)));
        cases.add(invalid(
                "edit: missing summary",
                "summary",
                () -> json(as("editor"), edit.replace("\"summary\":\"Hơn 300 ca đỡ đẻ an toàn.\",", ""))
                        .header("If-Match", f.draftEtag())
                        .put(draft)));
        cases.add(invalid(
                "edit: body over 100000 characters",
                "body",
                () -> json(as("editor"), edit.replace("Chị Vàng Thị Sinh", "B".repeat(100_001)))
                        .header("If-Match", f.draftEtag())
                        .put(draft)));
        cases.add(invalid(
                "edit: unknown field",
                "author",
                () -> json(as("editor"), edit.replace("{", "{\"author\":\"Ban biên tập\","))
                        .header("If-Match", f.draftEtag())
                        .put(draft)));
        cases.add(invalid(
                "edit: note as an object",
                "note",
                () -> json(as("editor"), edit.replace("\"biên tập lần 1\"", "{\"text\":\"biên tập\"}"))
                        .header("If-Match", f.draftEtag())
                        .put(draft)));
        // text PostgreSQL cannot store: refused at the edge, naming the field, instead of a 500 from the database
        cases.add(invalid(
                "edit: NUL character in the title",
                "title",
                () -> json(as("editor"), edit.replace("Người nữ hộ sinh", "Người nữ\\u0000 hộ sinh"))
                        .header("If-Match", f.draftEtag())
                        .put(draft)));
        cases.add(invalid(
                "edit: unpaired surrogate in the body",
                "body",
                () -> json(as("editor"), edit.replace("Chị Vàng Thị Sinh", "Chị \\ud800 Vàng Thị Sinh"))
                        .header("If-Match", f.draftEtag())
                        .put(draft)));
        cases.add(problem(
                "edit: form-encoded body",
                415,
                "unsupported-media-type",
                () -> as("editor")
                        .contentType(ContentType.URLENC)
                        .header("If-Match", f.draftEtag())
                        .formParam("title", "Tiêu đề mới")
                        .put(draft)));
        cases.add(invalid(
                "edit: NUL character in the feature id",
                "id",
                () -> json(as("editor"), edit)
                        .header("If-Match", f.draftEtag())
                        .urlEncodingEnabled(false)
                        .put(draft + "%00")));
        cases.add(problem(
                "edit: a published story",
                409,
                "invalid-transition",
                () -> json(as("editor"), edit)
                        .header("If-Match", f.publishedEtag())
                        .put(published)));
        cases.add(problem(
                "edit: feature that does not exist",
                404,
                "not-found",
                () -> json(as("editor"), edit).header("If-Match", "\"0\"").put(FEATURES + "/" + unknownId)));
        cases.add(problem(
                "edit: by the award officer",
                403,
                "forbidden",
                () -> json(as("award-officer"), edit)
                        .header("If-Match", f.draftEtag())
                        .put(draft)));
        cases.add(problem(
                "edit: body over the 2 MB limit",
                413,
                "content-too-large",
                () -> json(
                                as("editor").header("Expect", "100-continue"),
                                edit.replace("Chị Vàng Thị Sinh", "B".repeat(2_500_000)))
                        .header("If-Match", f.draftEtag())
                        .put(draft)));

        // --- the workflow: transitions the story's state does not allow
        cases.add(problem(
                "submit for review: a published story",
                409,
                "invalid-transition",
                () -> as("editor").post(published + "/submit-for-review")));
        // no body and so no Content-Type, as a client that has no comment sends it
        cases.add(problem(
                "request changes: a draft",
                409,
                "invalid-transition",
                () -> as("editor").noContentType().post(draft + "/request-changes")));
        cases.add(invalid(
                "request changes: comment over 5000 characters",
                "comment",
                () -> json(as("editor"), "{\"comment\":\"" + "c".repeat(5_001) + "\"}")
                        .post(withoutConsent + "/request-changes")));
        cases.add(problem(
                "request changes: text/plain body",
                415,
                "unsupported-media-type",
                () -> as("editor")
                        .contentType(ContentType.TEXT)
                        .body("Bổ sung số liệu")
                        .post(withoutConsent + "/request-changes")));
        cases.add(problem(
                "request changes: malformed JSON",
                400,
                "malformed-json",
                () -> json(as("editor"), "{\"comment\"").post(withoutConsent + "/request-changes")));
        cases.add(problem(
                "approve: nominee did not consent",
                409,
                "consent-missing",
                () -> as("editor").post(withoutConsent + "/approve")));
        cases.add(problem(
                "approve: a draft",
                409,
                "invalid-transition",
                () -> as("editor").post(draft + "/approve")));
        cases.add(problem(
                "publish: already published",
                409,
                "invalid-transition",
                () -> as("editor").post(published + "/publish")));
        cases.add(problem(
                "publish: a draft",
                409,
                "invalid-transition",
                () -> as("editor").post(draft + "/publish")));
        cases.add(invalid(
                "schedule: publishAt in the past",
                "publishAt",
                () -> json(as("editor"), "{\"publishAt\":\"2020-01-01T00:00:00Z\"}")
                        .post(draft + "/schedule")));
        cases.add(invalid(
                "schedule: publishAt that is not a time",
                "publishAt",
                () -> json(as("editor"), "{\"publishAt\":\"tomorrow morning\"}").post(draft + "/schedule")));
        cases.add(invalid(
                "schedule: missing publishAt",
                "publishAt",
                () -> json(as("editor"), "{}").post(draft + "/schedule")));
        cases.add(problem(
                "schedule: a draft",
                409,
                "invalid-transition",
                () -> json(as("editor"), future).post(draft + "/schedule")));
        cases.add(problem(
                "schedule: nominee did not consent",
                409,
                "consent-missing",
                () -> json(as("editor"), future).post(withoutConsent + "/schedule")));
        cases.add(problem(
                "schedule: text/plain body",
                415,
                "unsupported-media-type",
                () -> as("editor")
                        .contentType(ContentType.TEXT)
                        .body("2030-01-01T00:00:00Z")
                        .post(draft + "/schedule")));

        // --- corrections, kills, assignment, comments
        cases.add(problem(
                "correction: a draft",
                409,
                "invalid-transition",
                () -> json(as("editor"), "{\"note\":\"Sửa tên xã\"}")
                        .header("If-Match", f.draftEtag())
                        .post(draft + "/corrections")));
        cases.add(invalid(
                "correction: missing note",
                "note",
                () -> json(as("editor"), "{\"body\":\"Văn bản mới\"}")
                        .header("If-Match", f.publishedEtag())
                        .post(published + "/corrections")));
        cases.add(problem(
                "correction: without If-Match",
                428,
                "precondition-required",
                () -> json(as("editor"), "{\"note\":\"Sửa tên xã\"}").post(published + "/corrections")));
        cases.add(problem(
                "correction: stale If-Match",
                412,
                "stale-version",
                () -> json(as("editor"), "{\"note\":\"Sửa tên xã\"}")
                        .header("If-Match", "W/\"0\"")
                        .post(published + "/corrections")));
        cases.add(invalid(
                "correction: body over 100000 characters",
                "body",
                () -> json(as("editor"), "{\"note\":\"Sửa\",\"body\":\"" + "B".repeat(100_001) + "\"}")
                        .header("If-Match", f.publishedEtag())
                        .post(published + "/corrections")));
        cases.add(problem(
                "kill: a draft",
                409,
                "invalid-transition",
                () -> json(as("editor"), "{\"reason\":\"Gỡ bài\"}").post(draft + "/kill")));
        cases.add(invalid(
                "kill: blank reason",
                "reason",
                () -> json(as("editor"), "{\"reason\":\"\"}").post(published + "/kill")));
        cases.add(problem(
                "kill: empty body",
                400,
                "malformed-json",
                () -> json(as("editor"), "").post(published + "/kill")));
        cases.add(invalid(
                "kill: NUL character in the reason",
                "reason",
                () -> json(as("editor"), "{\"reason\":\"Gỡ\\u0000 bài\"}").post(published + "/kill")));
        cases.add(invalid(
                "kill: unpaired surrogate in the reason",
                "reason",
                () -> json(as("editor"), "{\"reason\":\"Gỡ \\ud800 bài\"}").post(published + "/kill")));
        cases.add(problem(
                "kill: form-encoded body",
                415,
                "unsupported-media-type",
                () -> as("editor")
                        .contentType(ContentType.URLENC)
                        .formParam("reason", "Gỡ bài")
                        .post(published + "/kill")));
        cases.add(invalid(
                "assignee: over 200 characters",
                "assignee",
                () -> json(as("editor"), "{\"assignee\":\"" + "e".repeat(201) + "\"}")
                        .put(draft + "/assignee")));
        cases.add(invalid(
                "assignee: an array",
                "assignee",
                () -> json(as("editor"), "{\"assignee\":[\"editor-a\",\"editor-b\"]}")
                        .put(draft + "/assignee")));
        cases.add(problem(
                "assignee: feature that does not exist",
                404,
                "not-found",
                () -> json(as("editor"), "{\"assignee\":\"editor-a\"}").put(FEATURES + "/" + unknownId + "/assignee")));
        cases.add(invalid(
                "comment: blank",
                "body",
                () -> json(as("editor"), "{\"body\":\" \"}").post(draft + "/comments")));
        cases.add(invalid(
                "comment: over 5000 characters",
                "body",
                () -> json(as("editor"), "{\"body\":\"" + "c".repeat(5_001) + "\"}")
                        .post(draft + "/comments")));
        cases.add(problem(
                "comment: feature that does not exist",
                404,
                "not-found",
                () -> json(as("editor"), "{\"body\":\"Cần ảnh\"}").post(FEATURES + "/" + unknownId + "/comments")));
        cases.add(problem(
                "comments: feature id that is not a UUID",
                404,
                "not-found",
                () -> as("editor").get(FEATURES + "/draft-1/comments")));
        cases.add(problem(
                "revisions: feature that does not exist",
                404,
                "not-found",
                () -> as("editor").get(FEATURES + "/" + unknownId + "/revisions")));
        cases.add(problem(
                "corrections: feature that does not exist",
                404,
                "not-found",
                () -> as("editor").get(FEATURES + "/" + unknownId + "/corrections")));

        // --- GET /api/v1/features and /{id}
        cases.add(invalid(
                "list: unknown status filter",
                "status",
                () -> as("editor").queryParam("status", "ARCHIVED").get(FEATURES)));
        cases.add(invalid(
                "list: nominationId that is not a UUID",
                "nominationId",
                () -> as("editor").queryParam("nominationId", "{}").get(FEATURES)));
        cases.add(invalid(
                "list: page size of 0",
                "size",
                () -> as("editor").queryParam("size", 0).get(FEATURES)));
        cases.add(invalid(
                "list: page size of 201",
                "size",
                () -> as("editor").queryParam("size", 201).get(FEATURES)));
        cases.add(invalid(
                "list: negative page",
                "page",
                () -> as("editor").queryParam("page", -1).get(FEATURES)));
        cases.add(invalid(
                "list: page that is not a number",
                "page",
                () -> as("editor").queryParam("page", "next").get(FEATURES)));
        cases.add(invalid(
                "list: NUL character in the status filter",
                "status",
                () -> as("editor").queryParam("status", "DRAFT\u0000").get(FEATURES)));
        cases.add(invalid(
                "list: undeclared query parameter",
                "sector",
                () -> as("editor").queryParam("sector", "HEALTH").get(FEATURES)));
        cases.add(invalid(
                "list: misspelt query parameter",
                "staus",
                () -> as("editor").queryParam("staus", "DRAFT").get(FEATURES)));
        cases.add(invalid(
                "read: NUL character in the feature id",
                "id",
                () -> as("editor").urlEncodingEnabled(false).get(published + "%00")));
        cases.add(problem(
                "read: feature that does not exist",
                404,
                "not-found",
                () -> as("editor").get(FEATURES + "/" + unknownId)));
        cases.add(problem(
                "read: feature id that is not a UUID",
                404,
                "not-found",
                () -> as("editor").get(FEATURES + "/not-a-uuid")));

        // --- who is calling
        cases.add(problem(
                "publish: without a token", 401, "unauthenticated", () -> given().post(withoutConsent + "/publish")));
        cases.add(problem(
                "publish: with a token that is not a JWT",
                401,
                "unauthenticated",
                () -> given().auth().oauth2("editor").post(withoutConsent + "/publish")));
        cases.add(problem(
                "publish: with an expired token",
                401,
                "unauthenticated",
                () -> given().auth()
                        .oauth2(PlatformTestResource.expiredToken("test-editor", "editor", null))
                        .post(withoutConsent + "/publish")));
        cases.add(problem(
                "publish: with a token signed by an unknown key",
                401,
                "unauthenticated",
                () -> given().auth()
                        .oauth2(LocalJwt.generate().issue("test-editor", "editor", null, Duration.ofHours(1)))
                        .post(withoutConsent + "/publish")));
        cases.add(problem(
                "publish: by an agency",
                403,
                "forbidden",
                () -> agency("SO-YTE").post(withoutConsent + "/publish")));
        cases.add(problem(
                "publish: by the council secretary",
                403,
                "forbidden",
                () -> as("council-secretary").post(withoutConsent + "/publish")));
        cases.add(problem(
                "list: by a council member",
                403,
                "forbidden",
                () -> as("council-member").get(FEATURES)));
        cases.add(problem(
                "read: by an agency", 403, "forbidden", () -> agency("SO-YTE").get(published)));
        cases.add(problem(
                "read: with an expired token",
                401,
                "unauthenticated",
                () -> given().auth()
                        .oauth2(PlatformTestResource.expiredToken("test-admin", "admin", null))
                        .get(published)));

        // --- methods and media types the API does not have
        cases.add(problem(
                "publish: asking for XML",
                406,
                "not-acceptable",
                () -> as("editor").accept(ContentType.XML).post(withoutConsent + "/publish")));
        cases.add(problem(
                "GET on publish", 405, "method-not-allowed", () -> as("editor").get(draft + "/publish")));
        cases.add(problem(
                "DELETE on a feature",
                405,
                "method-not-allowed",
                () -> as("admin").delete(published)));
        cases.add(problem(
                "POST on the feature collection",
                405,
                "method-not-allowed",
                () -> json(as("editor"), "{\"title\":\"Tin mới\"}").post(FEATURES)));
        cases.add(problem(
                "PATCH on a feature",
                405,
                "method-not-allowed",
                () -> json(as("editor"), "{\"title\":\"Tin sửa\"}").patch(draft)));

        // --- the public feeds and the live desk
        cases.add(invalid(
                "Atom feed: unknown sector",
                "sector",
                () -> given().queryParam("sector", "POETRY").get("/feed.atom")));
        cases.add(invalid(
                "JSON feed: unknown level",
                "level",
                () -> given().queryParam("level", "GALACTIC").get("/feed.json")));
        cases.add(invalid(
                "Atom feed: negative page",
                "page",
                () -> given().queryParam("page", -1).get("/feed.atom")));
        cases.add(invalid(
                "JSON feed: page beyond 10000",
                "page",
                () -> given().queryParam("page", 10_001).get("/feed.json")));
        cases.add(problem(
                "POST on the Atom feed",
                405,
                "method-not-allowed",
                () -> given().contentType("application/atom+xml")
                        .body("<entry/>")
                        .post("/feed.atom")));
        cases.add(problem(
                "Atom feed asked for as JSON",
                406,
                "not-acceptable",
                () -> given().accept(ContentType.JSON).get("/feed.atom")));
        cases.add(invalid(
                "news: unknown sector",
                "sector",
                () -> given().queryParam("sector", "POETRY").get("/news")));
        cases.add(invalid(
                "news: unknown level",
                "level",
                () -> given().queryParam("level", "HAMLET").get("/news")));
        cases.add(invalid(
                "news: negative page",
                "page",
                () -> given().queryParam("page", -1).get("/news")));
        cases.add(invalid(
                "news: page beyond 10000",
                "page",
                () -> given().queryParam("page", 10_001).get("/news")));
        cases.add(invalid(
                "news: page that is not a number",
                "page",
                () -> given().queryParam("page", "two").get("/news")));
        cases.add(problem(
                "news asked for as JSON",
                406,
                "not-acceptable",
                () -> given().accept(ContentType.JSON).get("/news")));
        cases.add(problem(
                "POST on the news list",
                405,
                "method-not-allowed",
                () -> given().contentType(ContentType.URLENC)
                        .formParam("title", "Tin mới")
                        .post("/news")));
        // the issue reported a 500 here: the slug goes to the database lookup as it came
        cases.add(invalid(
                "news story: NUL character in the slug",
                "slug",
                () -> given().urlEncodingEnabled(false).get("/news/vang-thi-sinh%00")));
        cases.add(invalid(
                "news story: NUL character in the slug, asked for by a browser",
                "slug",
                () -> given().accept("text/html,application/xhtml+xml,*/*;q=0.8")
                        .urlEncodingEnabled(false)
                        .get("/news/vang-thi-sinh%00")));
        cases.add(invalid(
                "news: NUL character in a tracking parameter",
                "utm_source",
                () -> given().queryParam("utm_source", "zalo\u0000").get("/news")));
        cases.add(problem(
                "DELETE on a news story",
                405,
                "method-not-allowed",
                () -> given().delete("/news/vang-thi-sinh-1a2b3c4d")));
        cases.add(problem(
                "PUT on the honour roll",
                405,
                "method-not-allowed",
                () -> given().contentType(ContentType.JSON).body("{}").put("/news/honour-roll")));
        cases.add(invalid(
                "desk stream: Last-Event-ID that is not a number",
                "Last-Event-ID",
                () -> as("editor").header("Last-Event-ID", "yesterday").get(DESK)));
        cases.add(invalid(
                "desk stream: negative after",
                "after",
                () -> as("editor").queryParam("after", -1).get(DESK)));
        cases.add(problem(
                "desk stream: for an agency",
                403,
                "forbidden",
                () -> agency("SO-YTE").get(DESK)));

        // --- administration
        cases.add(problem(
                "audit trail for an editor",
                403,
                "forbidden",
                () -> as("editor").get(AUDIT)));
        cases.add(invalid(
                "audit page size of 501",
                "size",
                () -> as("admin").queryParam("size", 501).get(AUDIT)));
        cases.add(invalid(
                "audit resourceType over 60 characters",
                "resourceType",
                () -> as("admin").queryParam("resourceType", "f".repeat(61)).get(AUDIT)));
        cases.add(invalid(
                "dead letters limit over 1000",
                "limit",
                () -> as("admin").queryParam("limit", 5_000).get(DEAD_LETTERS)));
        cases.add(problem(
                "redrive by an editor", 403, "forbidden", () -> as("editor").post(DEAD_LETTERS + "/redrive")));
        return cases;
    }

    // ------------------------------------------------------------------ fixture and requests

    private static Fixture fixture() {
        String draftNomination = UUID.randomUUID().toString();
        String publishedNomination = UUID.randomUUID().toString();
        String refusingNomination = UUID.randomUUID().toString();
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            kafka.sendCloudEvent(
                    "review.events",
                    draftNomination,
                    UUID.randomUUID(),
                    "review.decided.v1",
                    approved(draftNomination, "Vàng Thị Sinh", true));
            kafka.sendCloudEvent(
                    "review.events",
                    publishedNomination,
                    UUID.randomUUID(),
                    "review.decided.v1",
                    approved(publishedNomination, "Lý Thị Dung", true));
            kafka.sendCloudEvent(
                    "review.events",
                    refusingNomination,
                    UUID.randomUUID(),
                    "review.decided.v1",
                    approved(refusingNomination, "Sần Văn Tín", false));
        }
        String draft = awaitFeature(draftNomination);
        String published = awaitFeature(publishedNomination);
        String withoutConsent = awaitFeature(refusingNomination);
        for (String step : List.of("submit-for-review", "approve", "publish")) {
            as("editor").post(FEATURES + "/" + published + "/" + step).then().statusCode(200);
        }
        as("editor")
                .post(FEATURES + "/" + withoutConsent + "/submit-for-review")
                .then()
                .statusCode(200);
        return new Fixture(draft, etagOf(draft), published, etagOf(published), withoutConsent);
    }

    private static String etagOf(String featureId) {
        return as("editor")
                .get(FEATURES + "/" + featureId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    private static String awaitFeature(String nominationId) {
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> as("editor")
                                .queryParam("nominationId", nominationId)
                                .get(FEATURES)
                                .then()
                                .statusCode(200)
                                .extract()
                                .<String>path("[0].id"),
                        id -> id != null);
    }

    private static String approved(String nominationId, String name, boolean consent) {
        return """
                {"caseId":"%s","nominationId":"%s","outcome":"APPROVED","reason":null,"decisionDate":"2025-11-20",
                 "decidedAt":"%s","decidedBy":"council-secretary",
                 "nomination":{"nominationId":"%s","revision":1,"agencyCode":"SO-YTE","movementId":"%s",
                   "movementName":"Phong trào thi đua yêu nước tỉnh Lào Cai năm 2025","movementYear":2025,
                   "level":"PROVINCE","sector":"HEALTH","proposedAward":"BANG_KHEN_CHU_TICH_UBND_TINH",
                   "nominee":{"kind":"INDIVIDUAL","name":"%s","gender":"FEMALE","birthYear":1990,"ethnicity":"Dao",
                              "position":"Nữ hộ sinh","organization":"Trạm Y tế xã Tả Phìn, Sa Pa",
                              "targetGroup":"PUBLIC_EMPLOYEE","memberCount":null},
                   "achievements":"Đỡ đẻ an toàn cho hơn 300 sản phụ người Dao đỏ.",
                   "goodPractices":null,"publicityConsent":%s,"submittedAt":"%s"}}""".formatted(
                        UUID.randomUUID(),
                        nominationId,
                        Instant.now(),
                        nominationId,
                        UUID.randomUUID(),
                        name,
                        consent,
                        Instant.now());
    }

    private static RequestSpecification json(RequestSpecification caller, String body) {
        return caller.contentType(ContentType.JSON).body(body);
    }
}
