package vn.vinhdanh.review.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static vn.vinhdanh.deploy.infra.BadRequestTable.invalid;
import static vn.vinhdanh.deploy.infra.BadRequestTable.problem;
import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.deploy.infra.Callers.as;

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
import vn.vinhdanh.review.TestCatalogue;
import vn.vinhdanh.review.TestCouncil;

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
    private static final List<String> TABLES = List.of(
            "review_case",
            "review_assignment",
            "council",
            "council_member",
            "review_conflict",
            "review_conflict_override",
            "review_score_sheet",
            "review_score",
            "vote_rule",
            "award_catalogue",
            "review_meeting",
            "review_ballot",
            "review_ballot_voter",
            "review_reminder",
            "outbox_event",
            "processed_event",
            "audit_entry");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Review cases the table refers to, opened (and one decided) before the row counts are taken. */
    record Fixture(String openCase, String decidedCase, TestCouncil council, String meeting) {}

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
        cases.add(problem(
                "decision: malformed JSON",
                400,
                "malformed-json",
                () -> post(as("council-secretary"), decision, "{\"outcome\":")));
        cases.add(problem(
                "decision: empty body", 400, "malformed-json", () -> post(as("council-secretary"), decision, "")));
        cases.add(problem(
                "decision: JSON array instead of an object",
                400,
                "malformed-json",
                () -> post(as("council-secretary"), decision, "[{\"outcome\":\"APPROVED\"}]")));
        cases.add(problem(
                "decision: text/plain body",
                415,
                "unsupported-media-type",
                () -> as("council-secretary")
                        .contentType(ContentType.TEXT)
                        .body("APPROVED")
                        .post(decision)));
        cases.add(problem(
                "decision: application/xml body",
                415,
                "unsupported-media-type",
                () -> as("council-secretary")
                        .contentType(ContentType.XML)
                        .body("<decision><outcome>APPROVED</outcome></decision>")
                        .post(decision)));
        cases.add(problem(
                "decision: form-encoded body",
                415,
                "unsupported-media-type",
                () -> as("council-secretary")
                        .contentType(ContentType.URLENC)
                        .formParam("outcome", "APPROVED")
                        .post(decision)));
        // text PostgreSQL cannot store: refused at the edge, naming the field, instead of a 500 from the database
        cases.add(invalid(
                "decision: NUL character in the reason",
                "reason",
                () -> post(
                        as("council-secretary"),
                        decision,
                        "{\"outcome\":\"REJECTED\",\"reason\":\"Hồ sơ\\u0000 thiếu minh chứng\"}")));
        cases.add(invalid(
                "decision: unknown outcome",
                "outcome",
                () -> post(as("council-secretary"), decision, "{\"outcome\":\"MAYBE\"}")));
        cases.add(invalid(
                "decision: unknown field",
                "comment",
                () -> post(as("council-secretary"), decision, "{\"outcome\":\"APPROVED\",\"comment\":\"ok\"}")));
        cases.add(invalid(
                "decision: missing outcome",
                "outcome",
                () -> post(as("council-secretary"), decision, "{\"reason\":\"không rõ\"}")));
        cases.add(invalid(
                "decision: null outcome",
                "outcome",
                () -> post(as("council-secretary"), decision, "{\"outcome\":null}")));
        cases.add(invalid(
                "decision: outcome as an object",
                "outcome",
                () -> post(as("council-secretary"), decision, "{\"outcome\":{\"value\":\"APPROVED\"}}")));
        cases.add(invalid(
                "decision: reason over 5000 characters",
                "reason",
                () -> post(
                        as("council-secretary"),
                        decision,
                        "{\"outcome\":\"REJECTED\",\"reason\":\"" + "x".repeat(5_001) + "\"}")));
        cases.add(invalid(
                "decision: RETURNED with a blank reason",
                "reason",
                () -> post(as("council-secretary"), decision, "{\"outcome\":\"RETURNED\",\"reason\":\"  \"}")));
        cases.add(invalid(
                "decision: REJECTED without a reason",
                "reason",
                () -> post(as("council-secretary"), decision, "{\"outcome\":\"REJECTED\"}")));
        cases.add(invalid(
                "decision: reason as an array",
                "reason",
                () -> post(as("council-secretary"), decision, "{\"outcome\":\"REJECTED\",\"reason\":[\"a\"]}")));
        cases.add(problem(
                "decision: the case is already decided",
                409,
                "already-decided",
                () -> post(
                        as("council-secretary"),
                        REVIEWS + "/" + f.decidedCase() + "/decision",
                        "{\"outcome\":\"REJECTED\",\"reason\":\"đổi ý\"}")));
        cases.add(problem(
                "decision: case that does not exist",
                404,
                "not-found",
                () -> post(
                        as("council-secretary"),
                        REVIEWS + "/" + unknownId + "/decision",
                        "{\"outcome\":\"APPROVED\"}")));
        cases.add(problem(
                "decision: case id that is not a UUID",
                404,
                "not-found",
                () -> post(as("council-secretary"), REVIEWS + "/case-1/decision", "{\"outcome\":\"APPROVED\"}")));
        cases.add(problem(
                "decision: by a council member",
                403,
                "forbidden",
                () -> post(as("council-member"), decision, "{\"outcome\":\"APPROVED\"}")));
        cases.add(problem(
                "decision: by an admin",
                403,
                "forbidden",
                () -> post(as("admin"), decision, "{\"outcome\":\"APPROVED\"}")));
        cases.add(problem(
                "decision: without a token",
                401,
                "unauthenticated",
                () -> post(given(), decision, "{\"outcome\":\"APPROVED\"}")));
        cases.add(problem(
                "decision: with an expired token",
                401,
                "unauthenticated",
                () -> post(
                        given().auth()
                                .oauth2(PlatformTestResource.expiredToken(
                                        "test-council-secretary", "council-secretary", null)),
                        decision,
                        "{\"outcome\":\"APPROVED\"}")));
        cases.add(problem(
                "decision: body over the 2 MB limit",
                413,
                "content-too-large",
                () -> post(
                        expectingContinue(as("council-secretary")),
                        decision,
                        "{\"outcome\":\"REJECTED\",\"reason\":\"" + "x".repeat(2_500_000) + "\"}")));

        // --- POST /api/v1/reviews/{id}/assignments
        cases.add(problem(
                "assignment: the case is already decided",
                409,
                "already-decided",
                () -> post(
                        as("council-secretary"),
                        REVIEWS + "/" + f.decidedCase() + "/assignments",
                        "{\"memberId\":\"member-late\"}")));
        cases.add(invalid(
                "assignment: blank memberId",
                "memberId",
                () -> post(as("council-secretary"), assignments, "{\"memberId\":\" \"}")));
        cases.add(invalid(
                "assignment: missing memberId", "memberId", () -> post(as("council-secretary"), assignments, "{}")));
        cases.add(invalid(
                "assignment: memberId over 200 characters",
                "memberId",
                () -> post(as("council-secretary"), assignments, "{\"memberId\":\"" + "m".repeat(201) + "\"}")));
        cases.add(invalid(
                "assignment: memberId as an array",
                "memberId",
                () -> post(as("council-secretary"), assignments, "{\"memberId\":[\"member-a\",\"member-b\"]}")));
        cases.add(invalid(
                "assignment: unknown field",
                "role",
                () -> post(as("council-secretary"), assignments, "{\"memberId\":\"member-a\",\"role\":\"chair\"}")));
        cases.add(problem(
                "assignment: malformed JSON",
                400,
                "malformed-json",
                () -> post(as("council-secretary"), assignments, "{memberId: member-a}")));
        cases.add(problem(
                "assignment: text/plain body",
                415,
                "unsupported-media-type",
                () -> as("council-secretary")
                        .contentType(ContentType.TEXT)
                        .body("member-a")
                        .post(assignments)));
        cases.add(problem(
                "assignment: case that does not exist",
                404,
                "not-found",
                () -> post(
                        as("council-secretary"),
                        REVIEWS + "/" + unknownId + "/assignments",
                        "{\"memberId\":\"member-a\"}")));
        cases.add(problem(
                "assignment: by a council member",
                403,
                "forbidden",
                () -> post(as("member-a", "council-member"), assignments, "{\"memberId\":\"member-a\"}")));
        cases.add(problem(
                "assignment: with a token signed by an unknown key",
                401,
                "unauthenticated",
                () -> post(
                        given().auth()
                                .oauth2(LocalJwt.generate()
                                        .issue(
                                                "test-council-secretary",
                                                "council-secretary",
                                                null,
                                                Duration.ofHours(1))),
                        assignments,
                        "{\"memberId\":\"member-a\"}")));

        // --- GET /api/v1/reviews and /{id}
        cases.add(invalid(
                "list: unknown status filter",
                "status",
                () -> as("council-secretary").queryParam("status", "CLOSED").get(REVIEWS)));
        cases.add(invalid(
                "list: nominationId that is not a UUID",
                "nominationId",
                () -> as("council-secretary")
                        .queryParam("nominationId", "12345")
                        .get(REVIEWS)));
        cases.add(invalid(
                "list: page size of 201",
                "size",
                () -> as("council-secretary").queryParam("size", 201).get(REVIEWS)));
        cases.add(invalid(
                "list: negative page",
                "page",
                () -> as("council-secretary").queryParam("page", -1).get(REVIEWS)));
        cases.add(invalid(
                "list: page size that is not a number",
                "size",
                () -> as("council-secretary").queryParam("size", "all").get(REVIEWS)));
        cases.add(invalid(
                "list: NUL character in the status filter",
                "status",
                () -> as("council-secretary").queryParam("status", "OPEN\u0000").get(REVIEWS)));
        cases.add(invalid(
                "list: misspelt query parameter",
                "staus",
                () -> as("council-secretary").queryParam("staus", "OPEN").get(REVIEWS)));
        cases.add(problem(
                "list: by an agency", 403, "forbidden", () -> agency("SO-YTE").get(REVIEWS)));
        cases.add(problem(
                "list: by an editor", 403, "forbidden", () -> as("editor").get(REVIEWS)));
        cases.add(problem(
                "list: with a token that is not a JWT",
                401,
                "unauthenticated",
                () -> given().auth().oauth2("eyJhbGciOiJub25lIn0.e30.").get(REVIEWS)));
        cases.add(problem(
                "read: case id that is not a UUID",
                404,
                "not-found",
                () -> as("council-secretary").get(REVIEWS + "/not-a-uuid")));
        cases.add(invalid(
                "read: NUL character in the case id",
                "id",
                () -> as("council-secretary").urlEncodingEnabled(false).get(REVIEWS + "/" + f.openCase() + "%00")));
        cases.add(problem(
                "read: case that does not exist",
                404,
                "not-found",
                () -> as("council-secretary").get(REVIEWS + "/" + unknownId)));
        cases.add(problem(
                "read: case not assigned to the council member",
                404,
                "not-found",
                () -> as("member-z", "council-member").get(REVIEWS + "/" + f.openCase())));
        cases.add(problem(
                "DELETE on a case",
                405,
                "method-not-allowed",
                () -> as("council-secretary").delete(REVIEWS + "/" + f.openCase())));
        cases.add(problem(
                "PUT on a decision",
                405,
                "method-not-allowed",
                () -> as("council-secretary")
                        .contentType(ContentType.JSON)
                        .body("{\"outcome\":\"APPROVED\"}")
                        .put(decision)));
        cases.add(problem(
                "GET on a decision",
                405,
                "method-not-allowed",
                () -> as("council-secretary").get(decision)));

        // --- councils
        String councils = "/api/v1/councils";
        String chair = "{\"memberId\":\"c1\",\"fullName\":\"Chủ tịch\",\"position\":\"CHAIR\"}";
        String member = "{\"memberId\":\"c2\",\"fullName\":\"Ủy viên\",\"position\":\"MEMBER\"}";
        cases.add(invalid(
                "council: missing name",
                "name",
                () -> post(
                        as("council-secretary"),
                        councils,
                        "{\"level\":\"PROVINCE\",\"validFrom\":\"2025-01-01\",\"members\":[" + chair + "]}")));
        cases.add(invalid(
                "council: NUL character in the name",
                "name",
                () -> post(
                        as("council-secretary"),
                        councils,
                        "{\"name\":\"HĐ\\u0000 thi đua\",\"level\":\"PROVINCE\",\"validFrom\":\"2025-01-01\","
                                + "\"members\":[" + chair + "]}")));
        cases.add(invalid(
                "council: unpaired surrogate in a member's name",
                "members[0].fullName",
                () -> post(
                        as("council-secretary"),
                        councils,
                        "{\"name\":\"HĐ\",\"level\":\"PROVINCE\",\"validFrom\":\"2025-01-01\",\"members\":["
                                + chair.replace("Chủ tịch", "Chủ \\ud800 tịch") + "]}")));
        cases.add(problem(
                "council: form-encoded body",
                415,
                "unsupported-media-type",
                () -> as("council-secretary")
                        .contentType(ContentType.URLENC)
                        .formParam("name", "HĐ")
                        .formParam("level", "PROVINCE")
                        .post(councils)));
        cases.add(invalid(
                "council: unknown level",
                "level",
                () -> post(
                        as("council-secretary"),
                        councils,
                        "{\"name\":\"HĐ\",\"level\":\"HAMLET\",\"validFrom\":\"2025-01-01\",\"members\":[" + chair
                                + "]}")));
        cases.add(invalid(
                "council: date that is not a date",
                "validFrom",
                () -> post(
                        as("council-secretary"),
                        councils,
                        "{\"name\":\"HĐ\",\"level\":\"PROVINCE\",\"validFrom\":\"31/12/2025\",\"members\":[" + chair
                                + "]}")));
        cases.add(invalid(
                "council: no members",
                "members",
                () -> post(
                        as("council-secretary"),
                        councils,
                        "{\"name\":\"HĐ\",\"level\":\"PROVINCE\",\"validFrom\":\"2025-01-01\",\"members\":[]}")));
        cases.add(invalid(
                "council: no chair",
                "members",
                () -> post(
                        as("council-secretary"),
                        councils,
                        "{\"name\":\"HĐ\",\"level\":\"PROVINCE\",\"validFrom\":\"2025-01-01\",\"members\":[" + member
                                + "]}")));
        cases.add(invalid(
                "council: two chairs",
                "members",
                () -> post(
                        as("council-secretary"),
                        councils,
                        "{\"name\":\"HĐ\",\"level\":\"PROVINCE\",\"validFrom\":\"2025-01-01\",\"members\":[" + chair
                                + "," + chair.replace("c1", "c3") + "]}")));
        cases.add(invalid(
                "council: a member seated twice",
                "members[1].memberId",
                () -> post(
                        as("council-secretary"),
                        councils,
                        "{\"name\":\"HĐ\",\"level\":\"PROVINCE\",\"validFrom\":\"2025-01-01\",\"members\":[" + chair
                                + "," + member.replace("c2", "c1") + "]}")));
        cases.add(invalid(
                "council: term ending before it starts",
                "validTo",
                () -> post(
                        as("council-secretary"),
                        councils,
                        "{\"name\":\"HĐ\",\"level\":\"PROVINCE\",\"validFrom\":\"2025-01-01\","
                                + "\"validTo\":\"2024-12-31\",\"members\":[" + chair + "]}")));
        cases.add(invalid(
                "council: unknown position",
                "members[0].position",
                () -> post(
                        as("council-secretary"),
                        councils,
                        "{\"name\":\"HĐ\",\"level\":\"PROVINCE\",\"validFrom\":\"2025-01-01\",\"members\":["
                                + chair.replace("CHAIR", "PRESIDENT") + "]}")));
        cases.add(invalid(
                "council: blank member name",
                "members[0].fullName",
                () -> post(
                        as("council-secretary"),
                        councils,
                        "{\"name\":\"HĐ\",\"level\":\"PROVINCE\",\"validFrom\":\"2025-01-01\",\"members\":["
                                + chair.replace("Chủ tịch", " ") + "]}")));
        cases.add(invalid(
                "council: lower-case agency code",
                "members[0].agencyCode",
                () -> post(
                        as("council-secretary"),
                        councils,
                        "{\"name\":\"HĐ\",\"level\":\"PROVINCE\",\"validFrom\":\"2025-01-01\",\"members\":["
                                + chair.replace("}", ",\"agencyCode\":\"so-yte\"}") + "]}")));
        cases.add(problem(
                "council: set up by a council member",
                403,
                "forbidden",
                () -> post(
                        as("council-member"),
                        councils,
                        "{\"name\":\"HĐ\",\"level\":\"PROVINCE\",\"validFrom\":\"2025-01-01\"," + "\"members\":["
                                + chair + "]}")));
        cases.add(problem(
                "council: read one that does not exist",
                404,
                "not-found",
                () -> as("council-secretary").get(councils + "/" + unknownId)));
        cases.add(invalid(
                "council: replace seats with none",
                "members",
                () -> as("council-secretary")
                        .contentType(ContentType.JSON)
                        .body("{\"members\":[]}")
                        .put(councils + "/" + f.council().id() + "/members")));

        // --- case administration
        String base = REVIEWS + "/" + f.openCase();
        cases.add(invalid(
                "move: council that does not exist",
                "councilId",
                () -> as("council-secretary")
                        .contentType(ContentType.JSON)
                        .body("{\"councilId\":\"" + unknownId + "\"}")
                        .put(base + "/council")));
        String otherCouncil = TestCouncil.create(3).id();
        cases.add(problem(
                "move: a case with reviewers",
                409,
                "case-in-progress",
                () -> as("council-secretary")
                        .contentType(ContentType.JSON)
                        .body("{\"councilId\":\"" + otherCouncil + "\"}")
                        .put(base + "/council")));
        cases.add(invalid(
                "due date: missing",
                "dueOn",
                () -> as("council-secretary")
                        .contentType(ContentType.JSON)
                        .body("{}")
                        .put(base + "/due-date")));
        cases.add(invalid(
                "public comment: zero working days",
                "workingDays",
                () -> post(
                        as("council-secretary"),
                        base + "/public-comment",
                        "{\"from\":\"2025-11-03\",\"workingDays\":0}")));
        cases.add(problem(
                "public comment: the ballot is open already",
                409,
                "case-in-progress",
                () -> post(
                        as("council-secretary"),
                        base + "/public-comment",
                        "{\"from\":\"2025-11-03\",\"workingDays\":3}")));
        cases.add(invalid(
                "auto-assign: no cases",
                "caseIds",
                () -> post(
                        as("council-secretary"),
                        REVIEWS + "/assignments/auto",
                        "{\"caseIds\":[],\"reviewersPerCase\":2}")));
        cases.add(invalid(
                "auto-assign: zero reviewers",
                "reviewersPerCase",
                () -> post(
                        as("council-secretary"),
                        REVIEWS + "/assignments/auto",
                        "{\"caseIds\":[\"" + f.openCase() + "\"],\"reviewersPerCase\":0}")));
        cases.add(invalid(
                "auto-assign: unknown case",
                "caseIds[1]",
                () -> post(
                        as("council-secretary"),
                        REVIEWS + "/assignments/auto",
                        "{\"caseIds\":[\"" + f.openCase() + "\",\"" + unknownId + "\"],\"reviewersPerCase\":2}")));
        cases.add(problem(
                "auto-assign: a decided case",
                409,
                "already-decided",
                () -> post(
                        as("council-secretary"),
                        REVIEWS + "/assignments/auto",
                        "{\"caseIds\":[\"" + f.decidedCase() + "\"],\"reviewersPerCase\":2}")));
        cases.add(problem(
                "unassign: a member who is not assigned",
                404,
                "not-found",
                () -> as("council-secretary")
                        .delete(base + "/assignments/" + f.council().chair())));
        cases.add(invalid(
                "unassign: NUL character in the member id",
                "memberId",
                () -> as("council-secretary")
                        .urlEncodingEnabled(false)
                        .delete(base + "/assignments/" + f.council().voters().get(1) + "%00")));
        cases.add(invalid(
                "conflict: blank reason",
                "reason",
                () -> post(
                        as("council-secretary"),
                        base + "/conflicts",
                        "{\"memberId\":\"" + f.council().chair() + "\",\"reason\":\" \"}")));
        cases.add(problem(
                "override: by a member who is not the chair",
                403,
                "forbidden",
                () -> post(
                        as(f.council().voters().get(1), "council-member"),
                        base + "/conflicts/" + f.council().chair() + "/override",
                        "{\"reason\":\"cần thiết\"}")));
        cases.add(problem(
                "override: a member without a conflict",
                409,
                "no-conflict",
                () -> post(
                        as(f.council().chair(), "council-member"),
                        base + "/conflicts/" + f.council().voters().get(2) + "/override",
                        "{\"reason\":\"cần thiết\"}")));

        // --- score sheets
        String sheet = base + "/score-sheets/mine";
        String reviewer = f.council().voters().get(1);
        cases.add(invalid(
                "sheet: score that is not a number",
                "scores[0].score",
                () -> as(reviewer, "council-member")
                        .contentType(ContentType.JSON)
                        .body("{\"scores\":[{\"criterionCode\":\"OVERALL\",\"score\":\"tốt\"}]}")
                        .put(sheet)));
        cases.add(invalid(
                "sheet: missing scores",
                "scores",
                () -> as(reviewer, "council-member")
                        .contentType(ContentType.JSON)
                        .body("{}")
                        .put(sheet)));
        cases.add(invalid(
                "sheet: negative score",
                "scores[0].score",
                () -> as(reviewer, "council-member")
                        .contentType(ContentType.JSON)
                        .body("{\"scores\":[{\"criterionCode\":\"OVERALL\",\"score\":-1}]}")
                        .put(sheet)));
        cases.add(invalid(
                "sheet: two decimals",
                "scores[0].score",
                () -> as(reviewer, "council-member")
                        .contentType(ContentType.JSON)
                        .body("{\"scores\":[{\"criterionCode\":\"OVERALL\",\"score\":7.25}]}")
                        .put(sheet)));
        cases.add(invalid(
                "sheet: criterion scored twice",
                "scores[1].criterionCode",
                () -> as(reviewer, "council-member")
                        .contentType(ContentType.JSON)
                        .body("{\"scores\":[{\"criterionCode\":\"OVERALL\","
                                + "\"score\":7},{\"criterionCode\":\"OVERALL\",\"score\":8}]}")
                        .put(sheet)));
        cases.add(problem(
                "sheet: by the secretary",
                403,
                "forbidden",
                () -> as("council-secretary")
                        .contentType(ContentType.JSON)
                        .body("{\"scores\":[]}")
                        .put(sheet)));
        cases.add(problem(
                "sheet: submit without a saved sheet",
                409,
                "no-sheet",
                () -> as(reviewer, "council-member").post(sheet + "/submit")));
        cases.add(problem(
                "sheet: unlock a sheet that does not exist",
                404,
                "not-found",
                () -> post(
                        as("council-secretary"),
                        base + "/score-sheets/" + reviewer + "/unlock",
                        "{\"reason\":\"x\"}")));

        // --- meetings and votes
        String meetings = "/api/v1/meetings";
        String votes = meetings + "/" + f.meeting() + "/votes";
        cases.add(invalid(
                "meeting: no cases",
                "caseIds",
                () -> post(
                        as("council-secretary"),
                        meetings,
                        "{\"councilId\":\"" + f.council().id()
                                + "\",\"title\":\"Họp\",\"heldOn\":\"2025-12-01\",\"caseIds\":[]}")));
        cases.add(invalid(
                "meeting: unknown council",
                "councilId",
                () -> post(
                        as("council-secretary"),
                        meetings,
                        "{\"councilId\":\"" + unknownId
                                + "\",\"title\":\"Họp\",\"heldOn\":\"2025-12-01\",\"caseIds\":[\"" + f.openCase()
                                + "\"]}")));
        cases.add(invalid(
                "meeting: a case listed twice",
                "caseIds",
                () -> post(
                        as("council-secretary"),
                        meetings,
                        "{\"councilId\":\"" + f.council().id()
                                + "\",\"title\":\"Họp\",\"heldOn\":\"2025-12-01\",\"caseIds\":[\"" + f.openCase()
                                + "\",\"" + f.openCase() + "\"]}")));
        cases.add(problem(
                "meeting: a case that had its ballot",
                409,
                "ballot-exists",
                () -> post(
                        as("council-secretary"),
                        meetings,
                        "{\"councilId\":\"" + f.council().id()
                                + "\",\"title\":\"Họp\",\"heldOn\":\"2025-12-01\",\"caseIds\":[\"" + f.openCase()
                                + "\"]}")));
        cases.add(problem(
                "meeting: opened by a council member",
                403,
                "forbidden",
                () -> post(
                        as("council-member"),
                        meetings,
                        "{\"councilId\":\"" + f.council().id() + "\",\"title\":\"Họp\",\"heldOn\":\"2025-12-01\","
                                + "\"caseIds\":[\"" + f.openCase() + "\"]}")));
        cases.add(invalid(
                "vote: unknown choice",
                "votes[0].choice",
                () -> post(
                        as(reviewer, "council-member"),
                        votes,
                        "{\"inWriting\":false,\"votes\":[{\"caseId\":\"" + f.openCase() + "\",\"choice\":\"YES\"}]}")));
        cases.add(invalid(
                "vote: missing inWriting",
                "inWriting",
                () -> post(
                        as(reviewer, "council-member"),
                        votes,
                        "{\"votes\":[{\"caseId\":\"" + f.openCase() + "\",\"choice\":\"APPROVE\"}]}")));
        cases.add(invalid(
                "vote: the same case twice",
                "votes[1].caseId",
                () -> post(
                        as(reviewer, "council-member"),
                        votes,
                        "{\"inWriting\":false,\"votes\":[{\"caseId\":\"" + f.openCase() + "\",\"choice\":\"APPROVE\"},"
                                + "{\"caseId\":\"" + f.openCase() + "\",\"choice\":\"REJECT\"}]}")));
        cases.add(problem(
                "vote: by someone without a seat",
                403,
                "forbidden",
                () -> post(
                        as("outsider", "council-member"),
                        votes,
                        "{\"inWriting\":false,\"votes\":[{\"caseId\":\"" + f.openCase()
                                + "\",\"choice\":\"APPROVE\"}]}")));
        cases.add(problem(
                "vote: by the secretary role",
                403,
                "forbidden",
                () -> post(
                        as("council-secretary"),
                        votes,
                        "{\"inWriting\":false,\"votes\":[{\"caseId\":\"" + f.openCase()
                                + "\",\"choice\":\"APPROVE\"}]}")));
        cases.add(problem(
                "meeting: decide from ballots before closing",
                409,
                "meeting-open",
                () -> as("council-secretary").post(meetings + "/" + f.meeting() + "/decisions")));
        cases.add(problem(
                "meeting: one that does not exist",
                404,
                "not-found",
                () -> as("council-secretary").get(meetings + "/" + unknownId)));
        cases.add(invalid(
                "meetings: undeclared query parameter",
                "council",
                () -> as("council-secretary")
                        .queryParam("council", f.council().id())
                        .get(meetings)));
        cases.add(problem(
                "decision: approval before the ballot is closed",
                409,
                "vote-required",
                () -> post(as("council-secretary"), decision, "{\"outcome\":\"APPROVED\"}")));
        cases.add(invalid(
                "bulk decision: no items",
                "items",
                () -> post(as("council-secretary"), REVIEWS + "/decisions", "{\"items\":[]}")));
        cases.add(invalid(
                "bulk decision: unknown outcome",
                "items[0].outcome",
                () -> post(
                        as("council-secretary"),
                        REVIEWS + "/decisions",
                        "{\"items\":[{\"caseId\":\"" + f.openCase() + "\",\"outcome\":\"MAYBE\"}]}")));

        // --- vote rules
        String rule = "{\"awardCode\":\"GIAY_KHEN\",\"level\":null,\"quorumPercent\":50,\"quorumInclusive\":false,"
                + "\"approvalPercent\":%s,\"approvalInclusive\":false,\"approvalBase\":\"VOTES_CAST\","
                + "\"publicCommentDays\":0,\"legalBasis\":\"%s\",\"verified\":false}";
        cases.add(invalid(
                "vote rule: approval over 100 %",
                "approvalPercent",
                () -> as("admin")
                        .contentType(ContentType.JSON)
                        .body(rule.formatted("101", "Quy chế"))
                        .put("/api/v1/vote-rules")));
        cases.add(invalid(
                "vote rule: approval of 0 %",
                "approvalPercent",
                () -> as("admin")
                        .contentType(ContentType.JSON)
                        .body(rule.formatted("0", "Quy chế"))
                        .put("/api/v1/vote-rules")));
        cases.add(invalid(
                "vote rule: no legal basis",
                "legalBasis",
                () -> as("admin")
                        .contentType(ContentType.JSON)
                        .body(rule.formatted("50", " "))
                        .put("/api/v1/vote-rules")));
        cases.add(problem(
                "vote rule: changed by the secretary",
                403,
                "forbidden",
                () -> as("council-secretary")
                        .contentType(ContentType.JSON)
                        .body(rule.formatted("50", "Quy chế"))
                        .put("/api/v1/vote-rules")));
        cases.add(invalid(
                "vote rule: applicable without a level",
                "level",
                () -> as("council-secretary")
                        .queryParam("awardCode", "GIAY_KHEN")
                        .get("/api/v1/vote-rules/applicable")));
        cases.add(invalid(
                "vote rule: NUL character in the award code filter",
                "awardCode",
                () -> as("council-secretary")
                        .queryParam("awardCode", "GIAY\u0000KHEN")
                        .queryParam("level", "PROVINCE")
                        .get("/api/v1/vote-rules/applicable")));

        // known titles only, thresholds a council could decide by, a legal basis that cites something
        String put = "{\"awardCode\":\"%s\",\"level\":null,\"quorumPercent\":%d,\"quorumInclusive\":false,"
                + "\"approvalPercent\":%d,\"approvalInclusive\":true,\"approvalBase\":\"VOTES_CAST\","
                + "\"publicCommentDays\":0,\"legalBasis\":\"%s\",\"verified\":false,\"validFrom\":%s%s}";
        cases.add(invalid(
                "vote rule: award code not in the catalogue",
                "awardCode",
                () -> putRule(put.formatted("KHONG_CO_DANH_HIEU_NAY", 50, 75, "Quy chế hội đồng", "null", ""))));
        cases.add(invalid(
                "vote rule: quorum over 100 %",
                "quorumPercent", () -> putRule(put.formatted("GIAY_KHEN", 101, 75, "Quy chế hội đồng", "null", ""))));
        cases.add(new Case(
                "vote rule: quorum of 1 % without confirm",
                422,
                "implausible-vote-rule",
                "quorumPercent",
                () -> putRule(put.formatted("GIAY_KHEN", 1, 75, "Quy chế hội đồng", "null", ""))));
        cases.add(new Case(
                "vote rule: approval of 40 % with confirm false",
                422,
                "implausible-vote-rule",
                "approvalPercent",
                () -> putRule(put.formatted("GIAY_KHEN", 50, 40, "Quy chế hội đồng", "null", ",\"confirm\":false"))));
        cases.add(invalid(
                "vote rule: legal basis that cites no instrument",
                "legalBasis",
                () -> putRule(put.formatted("GIAY_KHEN", 50, 75, "theo ý kiến lãnh đạo", "null", ""))));
        cases.add(invalid(
                "vote rule: period starting more than a year ahead",
                "validFrom",
                () -> putRule(put.formatted(
                        "GIAY_KHEN",
                        50,
                        75,
                        "Quy chế hội đồng",
                        "\"" + java.time.LocalDate.now().plusYears(2) + "\"",
                        ""))));
        cases.add(invalid(
                "vote rule: confirm that is not a boolean",
                "confirm",
                () -> putRule(put.formatted("GIAY_KHEN", 50, 40, "Quy chế hội đồng", "null", ",\"confirm\":[true]"))));
        // the seeded Bằng khen rule (one period, open start) exists: correcting it needs a reason
        cases.add(invalid(
                "vote rule: correction without a reason",
                "reason",
                () -> putRule(
                        put.formatted("BANG_KHEN_CHU_TICH_UBND_TINH", 50, 80, "Quy trình cũ của tỉnh", "null", ""))));
        cases.add(invalid(
                "vote rule: correction with a blank reason",
                "reason",
                () -> putRule(put.formatted(
                        "BANG_KHEN_CHU_TICH_UBND_TINH",
                        50,
                        80,
                        "Quy trình cũ của tỉnh",
                        "null",
                        ",\"reason\":\" \""))));
        String bangKhen = "/api/v1/vote-rules/00000000-0000-0000-0000-000000000006";
        cases.add(invalid(
                "vote rule withdrawal: no reason", "reason", () -> as("admin").delete(bangKhen)));
        cases.add(problem(
                "vote rule withdrawal: unknown rule",
                404,
                "not-found",
                () -> as("admin").queryParam("reason", "nhập nhầm").delete("/api/v1/vote-rules/" + unknownId)));
        cases.add(problem(
                "vote rule withdrawal: by the secretary",
                403,
                "forbidden",
                () -> as("council-secretary").queryParam("reason", "nhập nhầm").delete(bangKhen)));
        // the fixture's meeting opened a ballot on a Bằng khen case under that rule
        cases.add(problem(
                "vote rule withdrawal: a period a ballot was opened under",
                409,
                "vote-rule-in-use",
                () -> as("admin").queryParam("reason", "nhập nhầm").delete(bangKhen)));
        cases.add(problem(
                "vote rule withdrawal: the default's first period",
                409,
                "vote-rule-gap",
                () -> as("admin")
                        .queryParam("reason", "nhập nhầm")
                        .delete("/api/v1/vote-rules/00000000-0000-0000-0000-000000000001")));

        // --- administration
        cases.add(invalid(
                "audit page size of 0",
                "size",
                () -> as("admin").queryParam("size", 0).get(AUDIT)));
        cases.add(problem(
                "audit trail for the council secretary",
                403,
                "forbidden",
                () -> as("council-secretary").get(AUDIT)));
        cases.add(invalid(
                "dead letters limit over 1000",
                "limit",
                () -> as("admin").queryParam("limit", 1_001).get(DEAD_LETTERS)));
        cases.add(problem(
                "redrive by the council secretary",
                403,
                "forbidden",
                () -> as("council-secretary").post(DEAD_LETTERS + "/redrive")));
        return cases;
    }

    // ------------------------------------------------------------------ fixture and requests

    private static Fixture fixture() {
        String openNomination = UUID.randomUUID().toString();
        String decidedNomination = UUID.randomUUID().toString();
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            kafka.sendCloudEvent(
                    "nomination.events",
                    openNomination,
                    UUID.randomUUID(),
                    "nomination.submitted.v1",
                    submitted(openNomination, "Thào Thị Mỷ"));
            kafka.sendCloudEvent(
                    "nomination.events",
                    decidedNomination,
                    UUID.randomUUID(),
                    "nomination.submitted.v1",
                    submitted(decidedNomination, "Giàng Seo Phử"));
        }
        TestCatalogue.publish("GIAY_KHEN", "BANG_KHEN_CHU_TICH_UBND_TINH");
        String openCase = awaitCase(openNomination);
        String decidedCase = awaitCase(decidedNomination);
        TestCouncil council = TestCouncil.create(3);
        council.approve(decidedCase);
        council.take(openCase);
        post(
                        as("council-secretary"),
                        REVIEWS + "/" + openCase + "/assignments",
                        "{\"memberId\":\"" + council.voters().get(1) + "\"}")
                .then()
                .statusCode(200);
        String meeting = council.meeting(java.time.LocalDate.now().toString(), openCase);
        return new Fixture(openCase, decidedCase, council, meeting);
    }

    private static String awaitCase(String nominationId) {
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> as("council-secretary")
                                .queryParam("nominationId", nominationId)
                                .get(REVIEWS)
                                .then()
                                .statusCode(200)
                                .extract()
                                .<String>path("[0].id"),
                        id -> id != null);
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
                 "publicityConsent":true,"submittedAt":"%s"}""".formatted(nominationId, UUID.randomUUID(), name, Instant.now());
    }

    /**
     * The server refuses an oversized body by its Content-Length alone and closes the connection. A client that
     * waits for "100 Continue" is sure to read that refusal; one that writes the whole body first may instead see the
     * connection reset, depending on socket buffers, which would make the case flaky.
     */
    private static RequestSpecification expectingContinue(RequestSpecification caller) {
        return caller.header("Expect", "100-continue");
    }

    private static Response putRule(String body) {
        return as("admin").contentType(ContentType.JSON).body(body).put("/api/v1/vote-rules");
    }

    private static Response post(RequestSpecification caller, String path, String body) {
        return caller.contentType(ContentType.JSON).body(body).post(path);
    }
}
