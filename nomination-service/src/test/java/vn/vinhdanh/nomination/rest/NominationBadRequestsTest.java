package vn.vinhdanh.nomination.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static vn.vinhdanh.deploy.infra.BadRequestTable.invalid;
import static vn.vinhdanh.deploy.infra.BadRequestTable.problem;
import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.deploy.infra.Callers.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.BadRequestTable;
import vn.vinhdanh.deploy.infra.BadRequestTable.Case;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.LocalJwt;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/**
 * Hard edges: every bad request to the nomination service is refused with the exact 4xx and RFC 9457 problem
 * details, and none of them writes a row. The table runs in one test method so that the row counts before and
 * after cover all of it and nothing else.
 */
@QuarkusTest
class NominationBadRequestsTest {

    private static final String NOMINATIONS = "/api/v1/nominations";
    private static final String MOVEMENTS = "/api/v1/movements";
    private static final String AUDIT = "/api/v1/admin/audit";
    private static final String DEAD_LETTERS = "/api/v1/admin/dead-letters";
    /** The tables of this service: its own migrations, the outbox and inbox, the audit trail. */
    private static final List<String> TABLES = List.of(
            "movement",
            "nomination",
            "nomination_timeline",
            "nomination_revision",
            "nomination_draft",
            "idempotency_key",
            "outbox_event",
            "processed_event",
            "audit_entry",
            "award_title",
            "award_title_grant",
            "webhook_endpoint",
            "webhook_event",
            "webhook_delivery",
            "webhook_attempt");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the cases refer to, created before the row counts are taken. */
    record Fixture(
            String movementId,
            String movementCode,
            String nominationId,
            String idempotencyKey,
            String approvedNominationId) {}

    @Test
    void everyBadRequestGetsItsProblemDetailsAndWritesNothing() throws Exception {
        Fixture fixture = fixture();
        List<Case> cases = cases(fixture);
        cases.addAll(webhookCases(othersWebhook()));
        BadRequestTable.run(cases, TABLES);
    }

    private static List<Case> cases(Fixture f) {
        String unknownId = UUID.randomUUID().toString();
        List<Case> cases = new ArrayList<>();

        // --- POST /api/v1/nominations: the body
        cases.add(
                problem("malformed JSON", 400, "malformed-json", () -> submit(agency("SO-GDDT"), "{\"movementId\": ")));
        cases.add(problem("empty body", 400, "malformed-json", () -> submit(agency("SO-GDDT"), "")));
        cases.add(problem(
                "JSON array instead of an object",
                400,
                "malformed-json",
                () -> submit(agency("SO-GDDT"), "[" + nomination(f, n -> {}) + "]")));
        cases.add(problem(
                "JSON string instead of an object",
                400,
                "malformed-json",
                () -> submit(agency("SO-GDDT"), "\"nomination\"")));
        cases.add(problem(
                "text/plain body",
                415,
                "unsupported-media-type",
                () -> agency("SO-GDDT")
                        .contentType(ContentType.TEXT)
                        .body(nomination(f, n -> {}))
                        .post(NOMINATIONS)));
        cases.add(problem(
                "application/xml body",
                415,
                "unsupported-media-type",
                () -> agency("SO-GDDT")
                        .contentType(ContentType.XML)
                        .body("<nomination/>")
                        .post(NOMINATIONS)));
        cases.add(problem(
                "form-encoded body",
                415,
                "unsupported-media-type",
                () -> agency("SO-GDDT")
                        .contentType(ContentType.URLENC)
                        .formParam("movementId", f.movementId())
                        .post(NOMINATIONS)));
        // text PostgreSQL cannot store: refused at the edge, naming the field, instead of a 500 from the database
        cases.add(invalid(
                "NUL character in a JSON string",
                "nominee.name",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> nominee(n).put("name", "Lò Thị\u0000 Mai")))));
        cases.add(invalid(
                "unpaired surrogate in a JSON string",
                "achievements",
                () -> submit(
                        agency("SO-GDDT"),
                        nomination(f, n -> n.put("achievements", "LONE-SURROGATE"))
                                .replace("LONE-SURROGATE", "chè \\ud800 Shan tuyết"))));
        cases.add(invalid(
                "NUL character in a path parameter",
                "code",
                () -> given().urlEncodingEnabled(false).get("/api/v1/award-types/BANG%00KHEN")));
        cases.add(invalid(
                "NUL character in a query parameter",
                "q",
                () -> agency("SO-GDDT").queryParam("q", "Mai\u0000").get(NOMINATIONS)));
        cases.add(invalid(
                "misspelt query parameter",
                "staus",
                () -> agency("SO-GDDT").queryParam("staus", "SUBMITTED").get(NOMINATIONS)));
        cases.add(invalid(
                "unknown sector",
                "sector",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> n.put("sector", "POETRY")))));
        cases.add(invalid(
                "unknown level",
                "level",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> n.put("level", "GALACTIC")))));
        cases.add(invalid(
                "unknown nominee kind",
                "nominee.kind",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> nominee(n).put("kind", "ROBOT")))));
        cases.add(invalid(
                "unknown top-level field",
                "favouriteColour",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> n.put("favouriteColour", "red")))));
        cases.add(invalid(
                "unknown nominee field",
                "nominee.nickname",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> nominee(n).put("nickname", "Mai")))));
        cases.add(invalid(
                "missing movementId",
                "movementId",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> n.remove("movementId")))));
        cases.add(invalid(
                "missing nominee",
                "nominee",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> n.remove("nominee")))));
        cases.add(invalid(
                "missing publicityConsent",
                "publicityConsent",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> n.remove("publicityConsent")))));
        cases.add(invalid(
                "null nominee organization",
                "nominee.organization",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> nominee(n).putNull("organization")))));
        cases.add(invalid(
                "blank achievements",
                "achievements",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> n.put("achievements", " \t ")))));
        cases.add(invalid(
                "blank nominee name",
                "nominee.name",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> nominee(n).put("name", "   ")))));
        cases.add(invalid(
                "achievements over 20000 characters",
                "achievements",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> n.put("achievements", "a".repeat(20_001))))));
        cases.add(invalid(
                "nominee name over 200 characters",
                "nominee.name",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> nominee(n).put("name", "Lò".repeat(101))))));
        cases.add(invalid(
                "birth year before 1900",
                "nominee.birthYear",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> nominee(n).put("birthYear", 1850)))));
        cases.add(invalid(
                "negative member count", "nominee.memberCount", () -> submit(agency("SO-GDDT"), collective(f, -5))));
        cases.add(invalid(
                "birth year beyond int range",
                "nominee.birthYear",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> nominee(n).put("birthYear", 99_999_999_999L)))));
        cases.add(invalid(
                "birth year as a word",
                "nominee.birthYear",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> nominee(n).put("birthYear", "nineteen")))));
        cases.add(invalid(
                "nominee name as an object",
                "nominee.name",
                () -> submit(
                        agency("SO-GDDT"),
                        nomination(f, n -> nominee(n).putObject("name").put("vi", "Mai")))));
        cases.add(invalid(
                "publicityConsent as a word",
                "publicityConsent",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> n.put("publicityConsent", "yes")))));
        cases.add(invalid(
                "movementId not a UUID",
                "movementId",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> n.put("movementId", "not-a-uuid")))));
        cases.add(invalid(
                "proposed award code in lower case",
                "proposedAward",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> n.put("proposedAward", "bang khen")))));
        cases.add(invalid(
                "proposed award not in the catalogue",
                "proposedAward",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> n.put("proposedAward", "HUY_CHUONG_VANG_TRANG")))));
        cases.add(invalid(
                "collective-only flag proposed for an individual",
                "proposedAward",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> n.put("proposedAward", "CO_THI_DUA_UBND_TINH")))));
        cases.add(invalid(
                "title no one grants at the nomination's level",
                "proposedAward",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> n.put("proposedAward", "LAO_DONG_TIEN_TIEN")))));
        cases.add(invalid(
                "gender outside MALE/FEMALE",
                "nominee.gender",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> nominee(n).put("gender", "OTHER")))));
        cases.add(invalid(
                "submission for a movement that does not exist",
                "movementId",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> n.put("movementId", unknownId)))));
        cases.add(invalid(
                "DISTRICT level for a period that ends after 30 June 2025 (a 2025 movement)",
                "level",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> n.put("level", "DISTRICT")))));
        cases.add(invalid(
                "collective without member count",
                "nominee.memberCount",
                () -> submit(agency("SO-GDDT"), collective(f, null))));
        cases.add(invalid(
                "individual in the COLLECTIVE target group",
                "nominee.targetGroup",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> nominee(n).put("targetGroup", "COLLECTIVE")))));
        cases.add(invalid(
                "individual in the HOUSEHOLD target group",
                "nominee.targetGroup",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> nominee(n).put("targetGroup", "HOUSEHOLD")))));
        cases.add(invalid(
                "household without its village and commune (organization)",
                "nominee.organization",
                () -> submit(agency("SO-GDDT"), household(f, n -> nominee(n).remove("organization")))));
        cases.add(invalid(
                "household with a blank name",
                "nominee.name",
                () -> submit(agency("SO-GDDT"), household(f, n -> nominee(n).put("name", " ")))));
        cases.add(invalid(
                "household in an individual's target group",
                "nominee.targetGroup",
                () -> submit(agency("SO-GDDT"), household(f, n -> nominee(n).put("targetGroup", "CITIZEN")))));
        cases.add(invalid(
                "household with a member count",
                "nominee.memberCount",
                () -> submit(agency("SO-GDDT"), household(f, n -> nominee(n).put("memberCount", 5)))));
        cases.add(invalid(
                "household without publicityConsent",
                "publicityConsent",
                () -> submit(agency("SO-GDDT"), household(f, n -> n.remove("publicityConsent")))));
        cases.add(invalid(
                "title not for households proposed for a household",
                "proposedAward",
                () -> submit(
                        agency("SO-GDDT"),
                        household(f, n -> n.put("level", "PROVINCE").put("proposedAward", "CO_THI_DUA_UBND_TINH")))));
        cases.add(invalid(
                "household-only title proposed for an individual",
                "proposedAward",
                () -> submit(
                        agency("SO-GDDT"),
                        nomination(f, n -> n.put("level", "COMMUNE").put("proposedAward", "GIA_DINH_VAN_HOA")))));
        cases.add(invalid(
                "admin submitting without agencyCode",
                "agencyCode",
                () -> submit(as("admin"), nomination(f, n -> n.remove("agencyCode")))));
        cases.add(invalid(
                "evidence without a criterion code",
                "evidence[0].criterionCode",
                () -> submit(
                        agency("SO-GDDT"),
                        nomination(
                                f,
                                n -> n.putArray("evidence")
                                        .addObject()
                                        .put("text", "Giấy chứng nhận sáng kiến cấp tỉnh")))));
        cases.add(invalid(
                "attachment URL that is not http(s)",
                "attachments[0].url",
                () -> submit(
                        agency("SO-GDDT"),
                        nomination(
                                f,
                                n -> n.putArray("attachments")
                                        .addObject()
                                        .put("name", "bao-cao.pdf")
                                        .put("mediaType", "application/pdf")
                                        .put("sizeBytes", 1024)
                                        .put("sha256", "a".repeat(64))
                                        .put("url", "file:///etc/passwd")))));
        cases.add(problem(
                "the same nominee again in the movement",
                409,
                "possible-duplicate",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> {}))));
        cases.add(problem(
                "agency submitting for another agency",
                403,
                "forbidden",
                () -> submit(agency("SO-YTE"), nomination(f, n -> {}))));
        cases.add(problem(
                "body over the 2 MB limit",
                413,
                "content-too-large",
                () -> submit(
                        expectingContinue(agency("SO-GDDT")),
                        nomination(f, n -> n.put("achievements", "a".repeat(2_500_000))))));

        // --- POST /api/v1/nominations: Idempotency-Key
        cases.add(problem(
                "Idempotency-Key reused with another body",
                422,
                "idempotency-key-reused",
                () -> submit(
                        agency("SO-GDDT").header("Idempotency-Key", f.idempotencyKey()),
                        nomination(f, n -> nominee(n).put("name", "Lò Thị Mây")))));
        cases.add(invalid(
                "Idempotency-Key over 200 characters",
                "Idempotency-Key",
                () -> submit(agency("SO-GDDT").header("Idempotency-Key", "k".repeat(201)), nomination(f, n -> {}))));
        cases.add(invalid(
                "empty Idempotency-Key",
                "Idempotency-Key",
                () -> submit(agency("SO-GDDT").header("Idempotency-Key", ""), nomination(f, n -> {}))));

        // --- who is calling
        cases.add(problem(
                "submission without a token", 401, "unauthenticated", () -> submit(given(), nomination(f, n -> {}))));
        cases.add(problem(
                "submission with a token that is not a JWT",
                401,
                "unauthenticated",
                () -> submit(given().auth().oauth2("not-a-jwt"), nomination(f, n -> {}))));
        cases.add(problem(
                "submission with an expired token",
                401,
                "unauthenticated",
                () -> submit(
                        given().auth().oauth2(PlatformTestResource.expiredToken("portal-SO-GDDT", "agency", "SO-GDDT")),
                        nomination(f, n -> {}))));
        cases.add(problem(
                "submission with a token signed by an unknown key",
                401,
                "unauthenticated",
                () -> submit(
                        given().auth()
                                .oauth2(LocalJwt.generate()
                                        .issue("portal-SO-GDDT", "agency", "SO-GDDT", Duration.ofHours(1))),
                        nomination(f, n -> {}))));
        cases.add(problem(
                "submission by an editor", 403, "forbidden", () -> submit(as("editor"), nomination(f, n -> {}))));
        cases.add(problem(
                "nomination list for a council member",
                403,
                "forbidden",
                () -> as("council-member").get(NOMINATIONS)));
        cases.add(problem(
                "nomination read without a token",
                401,
                "unauthenticated",
                () -> given().get(NOMINATIONS + "/" + f.nominationId())));

        // --- GET /api/v1/award-types
        cases.add(problem(
                "award type that is not in the catalogue",
                404,
                "not-found",
                () -> given().get("/api/v1/award-types/HUY_CHUONG_VANG_TRANG")));
        cases.add(invalid(
                "award types at an unknown level",
                "level",
                () -> given().queryParam("level", "GALACTIC").get("/api/v1/award-types")));
        cases.add(invalid(
                "award types on a day that is not a date",
                "on",
                () -> given().queryParam("on", "30/6/2025").get("/api/v1/award-types")));
        cases.add(invalid(
                "award types in pages of none",
                "size",
                () -> given().queryParam("size", 0).get("/api/v1/award-types")));

        // --- GET /api/v1/nominations and /{id}
        cases.add(problem(
                "nomination id that is not a UUID",
                404,
                "not-found",
                () -> agency("SO-GDDT").get(NOMINATIONS + "/not-a-uuid")));
        cases.add(problem(
                "nomination that does not exist",
                404,
                "not-found",
                () -> agency("SO-GDDT").get(NOMINATIONS + "/" + unknownId)));
        cases.add(problem(
                "another agency's nomination",
                404,
                "not-found",
                () -> agency("SO-YTE").get(NOMINATIONS + "/" + f.nominationId())));
        cases.add(invalid(
                "movementId filter that is not a UUID",
                "movementId",
                () -> agency("SO-GDDT").queryParam("movementId", "not-a-uuid").get(NOMINATIONS)));
        cases.add(invalid(
                "unknown status filter",
                "status",
                () -> agency("SO-GDDT").queryParam("status", "LOST").get(NOMINATIONS)));
        cases.add(invalid(
                "page size of 100000",
                "size",
                () -> agency("SO-GDDT").queryParam("size", 100_000).get(NOMINATIONS)));
        cases.add(invalid(
                "page size of 0",
                "size",
                () -> agency("SO-GDDT").queryParam("size", 0).get(NOMINATIONS)));
        cases.add(invalid(
                "negative page",
                "page",
                () -> agency("SO-GDDT").queryParam("page", -1).get(NOMINATIONS)));
        cases.add(invalid(
                "page that is not a number",
                "page",
                () -> agency("SO-GDDT").queryParam("page", "first").get(NOMINATIONS)));
        cases.add(problem(
                "DELETE on a nomination",
                405,
                "method-not-allowed",
                () -> agency("SO-GDDT").delete(NOMINATIONS + "/" + f.nominationId())));
        cases.add(problem(
                "PUT on a nomination",
                405,
                "method-not-allowed",
                () -> agency("SO-GDDT")
                        .contentType(ContentType.JSON)
                        .body(nomination(f, n -> {}))
                        .put(NOMINATIONS + "/" + f.nominationId())));

        // --- GET /api/v1/nominations: search filters
        cases.add(invalid(
                "search text over 100 characters",
                "q",
                () -> agency("SO-GDDT").queryParam("q", "Lò".repeat(51)).get(NOMINATIONS)));
        cases.add(invalid(
                "year filter that is not a number",
                "year",
                () -> agency("SO-GDDT").queryParam("year", "năm nay").get(NOMINATIONS)));
        cases.add(invalid(
                "unknown level filter",
                "level",
                () -> agency("SO-GDDT").queryParam("level", "GALACTIC").get(NOMINATIONS)));
        cases.add(invalid(
                "unknown sector filter",
                "sector",
                () -> agency("SO-GDDT").queryParam("sector", "POETRY").get(NOMINATIONS)));

        // --- POST /api/v1/nominations/batch: refused as a whole
        cases.add(invalid("batch without items", "items", () -> batch(agency("SO-GDDT"), "{}")));
        cases.add(invalid("batch with no items", "items", () -> batch(agency("SO-GDDT"), "{\"items\":[]}")));
        cases.add(invalid(
                "batch of 501 items",
                "items",
                () -> batch(
                        agency("SO-GDDT"),
                        "{\"items\":["
                                + String.join(
                                        ",",
                                        java.util.Collections.nCopies(
                                                501, nomination(f, n -> n.put("achievements", "x"))))
                                + "]}")));
        cases.add(invalid(
                "batch items as a string", "items", () -> batch(agency("SO-GDDT"), "{\"items\":\"all of them\"}")));
        cases.add(problem(
                "batch malformed JSON", 400, "malformed-json", () -> batch(agency("SO-GDDT"), "{\"items\":[{]}")));
        cases.add(invalid(
                "batch with an empty Idempotency-Key",
                "Idempotency-Key",
                () -> batch(
                        agency("SO-GDDT").header("Idempotency-Key", ""),
                        "{\"items\":[" + nomination(f, n -> {}) + "]}")));
        cases.add(problem(
                "batch with the Idempotency-Key of a single submission",
                422,
                "idempotency-key-reused",
                () -> batch(
                        agency("SO-GDDT").header("Idempotency-Key", f.idempotencyKey()),
                        "{\"items\":[" + nomination(f, n -> {}) + "]}")));
        cases.add(problem(
                "batch by an editor",
                403,
                "forbidden",
                () -> batch(as("editor"), "{\"items\":[" + nomination(f, n -> {}) + "]}")));

        // --- POST /api/v1/nominations/{id}/withdraw
        cases.add(problem(
                "withdrawal with a text/plain body",
                415,
                "unsupported-media-type",
                () -> agency("SO-GDDT")
                        .contentType(ContentType.TEXT)
                        .body("thôi")
                        .post(withdraw(f.nominationId()))));
        cases.add(problem(
                "withdrawal with malformed JSON",
                400,
                "malformed-json",
                () -> agency("SO-GDDT")
                        .contentType(ContentType.JSON)
                        .body("{\"reason\":")
                        .post(withdraw(f.nominationId()))));
        cases.add(invalid(
                "withdrawal reason over 2000 characters",
                "reason",
                () -> agency("SO-GDDT")
                        .contentType(ContentType.JSON)
                        .body("{\"reason\":\"" + "r".repeat(2_001) + "\"}")
                        .post(withdraw(f.nominationId()))));
        cases.add(invalid(
                "withdrawal with an unknown field",
                "why",
                () -> agency("SO-GDDT")
                        .contentType(ContentType.JSON)
                        .body("{\"why\":\"nhầm\"}")
                        .post(withdraw(f.nominationId()))));
        cases.add(problem(
                "withdrawal of a nomination that does not exist",
                404,
                "not-found",
                () -> agency("SO-GDDT").noContentType().post(withdraw(unknownId))));
        cases.add(problem(
                "withdrawal of another agency's nomination",
                404,
                "not-found",
                () -> agency("SO-YTE").noContentType().post(withdraw(f.nominationId()))));
        cases.add(problem(
                "withdrawal by an editor",
                403,
                "forbidden",
                () -> as("editor").noContentType().post(withdraw(f.nominationId()))));
        cases.add(problem(
                "withdrawal of an approved nomination",
                409,
                "not-withdrawable",
                () -> agency("SO-GDDT").noContentType().post(withdraw(f.approvedNominationId()))));

        // --- /api/v1/movements/{id}/criteria and nominations.csv
        String criteria = MOVEMENTS + "/" + f.movementId() + "/criteria";
        cases.add(invalid(
                "criterion weight over 100",
                "criteria[0].weight",
                () -> putCriteria(as("admin"), criteria, criterion(c -> c.put("weight", 101)))));
        cases.add(invalid(
                "criterion code with spaces",
                "criteria[0].code",
                () -> putCriteria(as("admin"), criteria, criterion(c -> c.put("code", "TC 1")))));
        cases.add(invalid(
                "criterion for an unknown target group",
                "criteria[0].targetGroup",
                () -> putCriteria(as("admin"), criteria, criterion(c -> c.put("targetGroup", "ROBOT")))));
        cases.add(invalid("criteria missing", "criteria", () -> putCriteria(as("admin"), criteria, "{}")));
        cases.add(problem(
                "criteria replaced by an agency",
                403,
                "forbidden",
                () -> putCriteria(agency("SO-GDDT"), criteria, criterion(c -> {}))));
        cases.add(problem(
                "criteria of a movement that does not exist",
                404,
                "not-found",
                () -> putCriteria(as("admin"), MOVEMENTS + "/" + unknownId + "/criteria", criterion(c -> {}))));
        cases.add(invalid(
                "criteria version below 0",
                "version",
                () -> as("admin").queryParam("version", -1).get(criteria)));
        cases.add(invalid(
                "criteria for an unknown target group filter",
                "targetGroup",
                () -> as("admin").queryParam("targetGroup", "ROBOT").get(criteria)));
        cases.add(problem(
                "CSV export of a movement that does not exist",
                404,
                "not-found",
                () -> as("admin").get(MOVEMENTS + "/" + unknownId + "/nominations.csv")));
        cases.add(problem(
                "CSV export by an editor",
                403,
                "forbidden",
                () -> as("editor").get(MOVEMENTS + "/" + f.movementId() + "/nominations.csv")));

        // --- /api/v1/movements
        cases.add(problem(
                "movement created by an agency",
                403,
                "forbidden",
                () -> createMovement(agency("SO-GDDT"), movement(m -> {}))));
        cases.add(problem(
                "movement code taken",
                409,
                "duplicate-movement",
                () -> createMovement(as("admin"), movement(m -> m.put("code", f.movementCode())))));
        cases.add(invalid(
                "movement year before 2000",
                "year",
                () -> createMovement(as("admin"), movement(m -> m.put("year", 1999)))));
        cases.add(invalid(
                "movement year after 2100",
                "year",
                () -> createMovement(as("admin"), movement(m -> m.put("year", 2101)))));
        cases.add(invalid(
                "movement year as text",
                "year",
                () -> createMovement(as("admin"), movement(m -> m.put("year", "2025abc")))));
        cases.add(invalid(
                "movement code with spaces",
                "code",
                () -> createMovement(as("admin"), movement(m -> m.put("code", "LC X 2025")))));
        cases.add(invalid(
                "movement code over 50 characters",
                "code",
                () -> createMovement(as("admin"), movement(m -> m.put("code", "C".repeat(51))))));
        cases.add(invalid(
                "unknown movement kind",
                "kind",
                () -> createMovement(as("admin"), movement(m -> m.put("kind", "ANNUAL")))));
        cases.add(invalid(
                "movement without a name", "name", () -> createMovement(as("admin"), movement(m -> m.remove("name")))));
        cases.add(invalid(
                "movement organizer over 300 characters",
                "organizer",
                () -> createMovement(as("admin"), movement(m -> m.put("organizer", "U".repeat(301))))));
        cases.add(problem(
                "movement as text/plain",
                415,
                "unsupported-media-type",
                () -> as("admin")
                        .contentType(ContentType.TEXT)
                        .body(movement(m -> {}))
                        .post(MOVEMENTS)));
        cases.add(problem(
                "movement id that is not a UUID",
                404,
                "not-found",
                () -> as("admin").get(MOVEMENTS + "/2025")));
        cases.add(problem(
                "movement that does not exist",
                404,
                "not-found",
                () -> as("admin").get(MOVEMENTS + "/" + unknownId)));
        cases.add(problem("movement list without a token", 401, "unauthenticated", () -> given().get(MOVEMENTS)));
        cases.add(problem(
                "PUT on the movement collection",
                405,
                "method-not-allowed",
                () -> as("admin")
                        .contentType(ContentType.JSON)
                        .body(movement(m -> {}))
                        .put(MOVEMENTS)));

        // --- amendments and revisions
        String revisions = NOMINATIONS + "/" + f.nominationId() + "/revisions";
        cases.add(invalid(
                "changeNote on a first submission",
                "changeNote",
                () -> submit(agency("SO-GDDT"), nomination(f, n -> n.put("changeNote", "sửa lỗi")))));
        cases.add(problem(
                "amend: a nomination the council has not returned",
                409,
                "not-returned",
                () -> agency("SO-GDDT")
                        .contentType(ContentType.JSON)
                        .body(nomination(f, n -> n.put("changeNote", "Bổ sung")))
                        .post(revisions)));
        cases.add(invalid(
                "amend: changeNote over 2000 characters",
                "changeNote",
                () -> agency("SO-GDDT")
                        .contentType(ContentType.JSON)
                        .body(nomination(f, n -> n.put("changeNote", "x".repeat(2001))))
                        .post(revisions)));
        cases.add(problem(
                "amend: malformed JSON",
                400,
                "malformed-json",
                () -> agency("SO-GDDT")
                        .contentType(ContentType.JSON)
                        .body("{\"changeNote\": ")
                        .post(revisions)));
        cases.add(problem(
                "amend: another agency's nomination",
                404,
                "not-found",
                () -> agency("SO-YTE")
                        .contentType(ContentType.JSON)
                        .body(nomination(f, n -> n.put("changeNote", "Bổ sung")))
                        .post(revisions)));
        cases.add(problem(
                "amend: a nomination that does not exist",
                404,
                "not-found",
                () -> agency("SO-GDDT")
                        .contentType(ContentType.JSON)
                        .body(nomination(f, n -> n.put("changeNote", "Bổ sung")))
                        .post(NOMINATIONS + "/" + unknownId + "/revisions")));
        cases.add(invalid("revision 0", "revision", () -> agency("SO-GDDT").get(revisions + "/0")));
        cases.add(problem(
                "revision that is not a number",
                404,
                "not-found",
                () -> agency("SO-GDDT").get(revisions + "/latest")));
        cases.add(problem(
                "revision that does not exist",
                404,
                "not-found",
                () -> agency("SO-GDDT").get(revisions + "/7")));

        // --- drafts
        String drafts = NOMINATIONS + "/drafts";
        cases.add(invalid(
                "draft without a movement",
                "movementId",
                () -> agency("SO-GDDT")
                        .contentType(ContentType.JSON)
                        .body("{\"achievements\":\"x\"}")
                        .post(drafts)));
        cases.add(invalid(
                "draft for a movement that does not exist",
                "movementId",
                () -> agency("SO-GDDT")
                        .contentType(ContentType.JSON)
                        .body("{\"movementId\":\"" + unknownId + "\"}")
                        .post(drafts)));
        cases.add(invalid(
                "draft with an unknown sector",
                "sector",
                () -> agency("SO-GDDT")
                        .contentType(ContentType.JSON)
                        .body("{\"movementId\":\"" + f.movementId() + "\",\"sector\":\"POETRY\"}")
                        .post(drafts)));
        cases.add(invalid(
                "draft with an unknown field",
                "colour",
                () -> agency("SO-GDDT")
                        .contentType(ContentType.JSON)
                        .body("{\"movementId\":\"" + f.movementId() + "\",\"colour\":\"red\"}")
                        .post(drafts)));
        cases.add(problem(
                "draft by a council secretary",
                403,
                "forbidden",
                () -> as("council-secretary")
                        .contentType(ContentType.JSON)
                        .body("{\"movementId\":\"" + f.movementId() + "\"}")
                        .post(drafts)));
        cases.add(problem(
                "submit a draft that does not exist",
                404,
                "not-found",
                () -> agency("SO-GDDT").post(drafts + "/" + unknownId + "/submit")));
        cases.add(problem(
                "replace a draft that does not exist",
                404,
                "not-found",
                () -> agency("SO-GDDT")
                        .contentType(ContentType.JSON)
                        .body("{\"movementId\":\"" + f.movementId() + "\"}")
                        .put(drafts + "/" + unknownId)));
        cases.add(problem(
                "discard a draft that does not exist",
                404,
                "not-found",
                () -> agency("SO-GDDT").delete(drafts + "/" + unknownId)));

        // --- administration
        cases.add(problem(
                "audit trail for an agency",
                403,
                "forbidden",
                () -> agency("SO-GDDT").get(AUDIT)));
        cases.add(invalid(
                "audit page size of 501",
                "size",
                () -> as("admin").queryParam("size", 501).get(AUDIT)));
        cases.add(invalid(
                "audit resourceType over 60 characters",
                "resourceType",
                () -> as("admin").queryParam("resourceType", "n".repeat(61)).get(AUDIT)));
        cases.add(invalid(
                "dead letters limit of 0",
                "limit",
                () -> as("admin").queryParam("limit", 0).get(DEAD_LETTERS)));
        cases.add(invalid(
                "redrive limit over 100000",
                "limit",
                () -> as("admin").queryParam("limit", 100_001).post(DEAD_LETTERS + "/redrive")));
        cases.add(problem(
                "redrive by an agency",
                403,
                "forbidden",
                () -> agency("SO-GDDT").post(DEAD_LETTERS + "/redrive")));
        return cases;
    }

    // ------------------------------------------------------------------ webhooks

    private static final String WEBHOOKS = "/api/v1/webhooks";

    /** POST /api/v1/webhooks refused; {@code othersWebhook} belongs to an agency other than SO-GDDT. */
    private static List<Case> webhookCases(String othersWebhook) {
        List<Case> cases = new ArrayList<>();
        cases.add(invalid(
                "webhook without a url",
                "url",
                () -> registerWebhook(agency("SO-GDDT"), webhook(w -> w.remove("url")))));
        cases.add(invalid(
                "webhook url that is not absolute",
                "url",
                () -> registerWebhook(agency("SO-GDDT"), webhook(w -> w.put("url", "/hooks/vinhdanh")))));
        cases.add(invalid(
                "webhook url with the ftp scheme",
                "url",
                () -> registerWebhook(agency("SO-GDDT"), webhook(w -> w.put("url", "ftp://portal.example.vn/hooks")))));
        cases.add(invalid(
                "webhook url with a user name and password",
                "url",
                () -> registerWebhook(
                        agency("SO-GDDT"),
                        webhook(w -> w.put("url", "https://cong:matkhau@portal.example.vn/hooks")))));
        cases.add(invalid(
                "webhook url with a fragment",
                "url",
                () -> registerWebhook(
                        agency("SO-GDDT"), webhook(w -> w.put("url", "https://portal.example.vn/hooks#a")))));
        cases.add(invalid(
                "webhook url over 2000 characters",
                "url",
                () -> registerWebhook(
                        agency("SO-GDDT"),
                        webhook(w -> w.put("url", "https://portal.example.vn/" + "h".repeat(2000))))));
        cases.add(invalid(
                "webhook for an unknown event type",
                "eventTypes[1]",
                () -> registerWebhook(
                        agency("SO-GDDT"),
                        webhook(w -> w.putArray("eventTypes").add("APPROVED").add("DECORATED")))));
        cases.add(problem(
                "another agency's webhook",
                404,
                "not-found",
                () -> agency("SO-GDDT").get(WEBHOOKS + "/" + othersWebhook)));
        cases.add(problem(
                "another agency's webhook deliveries",
                404,
                "not-found",
                () -> agency("SO-GDDT").get(WEBHOOKS + "/" + othersWebhook + "/deliveries")));
        cases.add(problem(
                "rotating another agency's webhook secret",
                404,
                "not-found",
                () -> agency("SO-GDDT").post(WEBHOOKS + "/" + othersWebhook + "/rotate-secret")));
        cases.add(problem(
                "webhook registered by a council member",
                403,
                "forbidden",
                () -> registerWebhook(as("council-member"), webhook(w -> {}))));
        cases.add(problem(
                "webhook registered without a token",
                401,
                "unauthenticated",
                () -> registerWebhook(given(), webhook(w -> {}))));
        cases.add(invalid(
                "webhook page size of 201",
                "size",
                () -> agency("SO-GDDT").queryParam("size", 201).get(WEBHOOKS)));
        cases.add(invalid(
                "webhook deliveries in an unknown status",
                "status",
                () -> as("admin").queryParam("status", "LOST").get(WEBHOOKS + "/" + othersWebhook + "/deliveries")));
        return cases;
    }

    /** An endpoint of SO-TNMT, which submits nothing here: no delivery is queued for it while the table runs. */
    private static String othersWebhook() {
        return registerWebhook(agency("SO-TNMT"), webhook(w -> {}))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Response registerWebhook(RequestSpecification caller, String body) {
        return caller.contentType(ContentType.JSON).body(body).post(WEBHOOKS);
    }

    /** A valid registration, changed by {@code edit}. */
    private static String webhook(Consumer<ObjectNode> edit) {
        ObjectNode body = JSON.createObjectNode();
        body.put("url", "https://portal.example.vn/hooks/vinhdanh");
        body.putArray("eventTypes").add("SUBMITTED").add("APPROVED");
        body.put("description", "Cổng thông tin điện tử của Sở");
        edit.accept(body);
        return body.toString();
    }

    // ------------------------------------------------------------------ fixture and request bodies

    private static Fixture fixture() {
        String code = "BAD-" + UUID.randomUUID().toString().substring(0, 8);
        String movementId = createMovement(as("admin"), movement(m -> m.put("code", code)))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String key = UUID.randomUUID().toString();
        Fixture fixture = new Fixture(movementId, code, null, key, null);
        String nominationId = submit(agency("SO-GDDT").header("Idempotency-Key", key), nomination(fixture, n -> {}))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String approvedId = submit(
                        agency("SO-GDDT"), nomination(fixture, n -> nominee(n).put("name", "Vàng Thị Dua")))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            kafka.sendCloudEvent("review.events", approvedId, UUID.randomUUID(), "review.decided.v1", """
                    {"caseId":"%s","nominationId":"%s","outcome":"APPROVED","reason":null,
                     "decisionDate":"2025-11-20","decidedAt":"%s","decidedBy":"council-secretary",
                     "nomination":null}""".formatted(
                            UUID.randomUUID(), approvedId, Instant.now()));
        }
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> agency("SO-GDDT")
                                .get(NOMINATIONS + "/" + approvedId)
                                .then()
                                .statusCode(200)
                                .extract()
                                .<String>path("status"),
                        "APPROVED"::equals);
        return new Fixture(movementId, code, nominationId, key, approvedId);
    }

    private static Response batch(RequestSpecification caller, String body) {
        return caller.contentType(ContentType.JSON).body(body).post(NOMINATIONS + "/batch");
    }

    private static String withdraw(String nominationId) {
        return NOMINATIONS + "/" + nominationId + "/withdraw";
    }

    private static Response putCriteria(RequestSpecification caller, String path, String body) {
        return caller.contentType(ContentType.JSON).body(body).put(path);
    }

    /** A set of one valid criterion, changed by {@code edit}. */
    private static String criterion(Consumer<ObjectNode> edit) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode criterion = body.putArray("criteria").addObject();
        criterion.put("targetGroup", "PUBLIC_EMPLOYEE");
        criterion.put("code", "TC-1");
        criterion.put("description", "Hoàn thành xuất sắc nhiệm vụ được giao");
        criterion.put("weight", 40);
        criterion.put("required", true);
        edit.accept(criterion);
        return body.toString();
    }

    /**
     * The server refuses an oversized body by its Content-Length alone and closes the connection. A client that
     * waits for "100 Continue" is sure to read that refusal; one that writes the whole body first may instead see the
     * connection reset, depending on socket buffers, which would make the case flaky.
     */
    private static RequestSpecification expectingContinue(RequestSpecification caller) {
        return caller.header("Expect", "100-continue");
    }

    private static Response submit(RequestSpecification caller, String body) {
        return caller.contentType(ContentType.JSON).body(body).post(NOMINATIONS);
    }

    private static Response createMovement(RequestSpecification caller, String body) {
        return caller.contentType(ContentType.JSON).body(body).post(MOVEMENTS);
    }

    /** A valid submission of agency SO-GDDT, changed by {@code edit}. */
    private static String nomination(Fixture f, Consumer<ObjectNode> edit) {
        ObjectNode body = JSON.createObjectNode();
        body.put("movementId", f.movementId());
        body.put("agencyCode", "SO-GDDT");
        ObjectNode nominee = body.putObject("nominee");
        nominee.put("kind", "INDIVIDUAL");
        nominee.put("name", "Lò Thị Mai");
        nominee.put("gender", "FEMALE");
        nominee.put("birthYear", 1984);
        nominee.put("ethnicity", "Tày");
        nominee.put("position", "Giáo viên");
        nominee.put("organization", "Trường PTDTBT THCS Bản Lầu, Mường Khương");
        nominee.put("targetGroup", "PUBLIC_EMPLOYEE");
        body.put("level", "PROVINCE");
        body.put("sector", "EDUCATION_TRAINING");
        body.put("proposedAward", "BANG_KHEN_CHU_TICH_UBND_TINH");
        body.put("achievements", "15 năm bám bản, vận động 100% trẻ em trong độ tuổi đến trường.");
        body.put("goodPractices", "Mở lớp học tiếng Việt buổi tối cho phụ huynh.");
        body.put("publicityConsent", true);
        edit.accept(body);
        return body.toString();
    }

    private static String collective(Fixture f, Integer memberCount) {
        return nomination(f, n -> {
            ObjectNode nominee = JSON.createObjectNode();
            nominee.put("kind", "COLLECTIVE");
            nominee.put("name", "Hợp tác xã Dược liệu Sa Pa");
            nominee.put("organization", "xã Tả Van, thị xã Sa Pa");
            nominee.put("targetGroup", "COLLECTIVE");
            if (memberCount != null) {
                nominee.put("memberCount", memberCount);
            }
            n.set("nominee", nominee);
        });
    }

    /**
     * A valid submission of a household (hộ gia đình) for Gia đình văn hóa at commune level, changed by {@code edit}:
     * named by its head, its organization the village and commune.
     */
    private static String household(Fixture f, Consumer<ObjectNode> edit) {
        return nomination(f, n -> {
            ObjectNode nominee = JSON.createObjectNode();
            nominee.put("kind", "HOUSEHOLD");
            nominee.put("name", "Hộ ông Vàng A Sử");
            nominee.put("gender", "MALE");
            nominee.put("organization", "thôn Lao Chải, xã Y Tý");
            nominee.put("targetGroup", "HOUSEHOLD");
            n.set("nominee", nominee);
            n.put("level", "COMMUNE");
            n.put("sector", "AGRICULTURE");
            n.put("proposedAward", "GIA_DINH_VAN_HOA");
            edit.accept(n);
        });
    }

    private static ObjectNode nominee(ObjectNode nomination) {
        return (ObjectNode) nomination.get("nominee");
    }

    private static String movement(Consumer<ObjectNode> edit) {
        ObjectNode body = JSON.createObjectNode();
        body.put("code", "BAD-NEW-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("name", "Phong trào thi đua yêu nước tỉnh Lào Cai năm 2025");
        body.put("kind", "REGULAR");
        body.put("level", "PROVINCE");
        body.put("year", 2025);
        body.put("organizer", "UBND tỉnh Lào Cai");
        edit.accept(body);
        return body.toString();
    }
}
