package vn.vinhdanh.award.rest;

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
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.award.AwardSteps;
import vn.vinhdanh.deploy.infra.BadRequestTable;
import vn.vinhdanh.deploy.infra.BadRequestTable.Case;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.LocalJwt;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/**
 * Hard edges: every bad request to the award service (awards and their revocation, budgets, decisions, reward rules,
 * quotes, statistics, blocked approvals and the board's retry, upward proposals, administration) is refused with the
 * exact 4xx and RFC 9457 problem details, and none writes a row. The table runs in one test method so that the row
 * counts before and after cover all of it and nothing else.
 */
@QuarkusTest
class AwardBadRequestsTest {

    private static final String AWARDS = "/api/v1/awards";
    private static final String AUDIT = "/api/v1/admin/audit";
    private static final String DEAD_LETTERS = "/api/v1/admin/dead-letters";
    private static final String BUDGETS = "/api/v1/budgets";
    private static final String DECISIONS = "/api/v1/decisions";
    private static final String BASE_SALARIES = "/api/v1/base-salaries";
    private static final String QUOTE = "/api/v1/quote";
    private static final String STATISTICS = "/api/v1/statistics/awards";
    private static final String CEREMONIES = "/api/v1/ceremonies";
    private static final String SCHEDULES = "/api/v1/special-reward-schedules";
    private static final String SPECIAL_REWARDS = "/api/v1/special-rewards";
    private static final String ISSUERS = "/api/v1/issuers";
    private static final String BLOCKED_APPROVALS = "/api/v1/blocked-approvals";
    private static final String UPWARD = "/api/v1/upward-proposals";
    /** The tables of this service: its own migrations, the outbox and inbox, the audit trail. */
    private static final List<String> TABLES = List.of(
            "award_type",
            "reward_multiplier",
            "base_salary",
            "award",
            "decision_sequence",
            "award_decision",
            "budget",
            "ceremony",
            "ceremony_award",
            "special_reward_schedule",
            "special_reward_tier",
            "special_reward",
            "decision_issuer",
            "award_authority",
            "idempotency_key",
            "award_repayment",
            "blocked_approval",
            "upward_proposal",
            "outbox_event",
            "processed_event",
            "audit_entry");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the cases refer to, made before the row counts are taken. */
    record Fixture(
            String award,
            String emptyDecision,
            String revokedAward,
            String ceremony,
            String cancelledCeremony,
            String idempotencyKey,
            String blockedNomination,
            String unblockedNomination,
            String awaitingProposal,
            String submittedProposal,
            String decidedProposal) {}

    @Test
    void everyBadRequestGetsItsProblemDetailsAndWritesNothing() throws Exception {
        String idempotencyKey = UUID.randomUUID().toString();
        as("award-officer")
                .header("Idempotency-Key", idempotencyKey)
                .contentType(ContentType.JSON)
                .body("{\"decisionDate\":\"2025-12-02\",\"signer\":\"Chủ tịch UBND tỉnh\"}")
                .post(DECISIONS)
                .then()
                .statusCode(201);
        String ceremony = ceremony();
        String cancelled = ceremony();
        json(as("award-officer"), "{\"reason\":\"Hoãn\"}")
                .post(CEREMONIES + "/" + cancelled + "/cancel")
                .then()
                .statusCode(200);
        Fixture fixture = new Fixture(
                grantedAward(),
                emptyDecision(),
                revokedAward(),
                ceremony,
                cancelled,
                idempotencyKey,
                blockedApproval(false),
                blockedApproval(true),
                upwardProposal(0),
                upwardProposal(1),
                upwardProposal(2));
        BadRequestTable.run(cases(fixture), TABLES);
    }

    private static List<Case> cases(Fixture f) {
        String award = AWARDS + "/" + f.award();
        String unknownId = UUID.randomUUID().toString();
        String anAward = "{\"awardCode\":\"GIAY_KHEN\",\"recipientName\":\"Tẩn Láo Lở\"}";
        List<Case> cases = new ArrayList<>();

        // --- GET /api/v1/awards: who is calling
        cases.add(problem("list without a token", 401, "unauthenticated", () -> given().get(AWARDS)));
        cases.add(problem(
                "list with a token that is not a JWT",
                401,
                "unauthenticated",
                () -> given().auth().oauth2("not.a.jwt").get(AWARDS)));
        cases.add(problem(
                "list with an expired token",
                401,
                "unauthenticated",
                () -> given().auth()
                        .oauth2(PlatformTestResource.expiredToken("test-award-officer", "award-officer", null))
                        .get(AWARDS)));
        cases.add(problem(
                "list with a token signed by an unknown key",
                401,
                "unauthenticated",
                () -> given().auth()
                        .oauth2(LocalJwt.generate()
                                .issue("test-award-officer", "award-officer", null, Duration.ofHours(1)))
                        .get(AWARDS)));
        cases.add(problem(
                "list by an agency",
                403,
                "forbidden",
                () -> agency("UBND-BATXAT").get(AWARDS)));
        cases.add(problem(
                "list by an editor", 403, "forbidden", () -> as("editor").get(AWARDS)));
        cases.add(problem(
                "list by the council secretary",
                403,
                "forbidden",
                () -> as("council-secretary").get(AWARDS)));

        // --- GET /api/v1/awards: the query
        cases.add(invalid(
                "list: nominationId that is not a UUID",
                "nominationId",
                () -> as("award-officer")
                        .queryParam("nominationId", "nomination-7")
                        .get(AWARDS)));
        cases.add(invalid(
                "list: page size of 0",
                "size",
                () -> as("award-officer").queryParam("size", 0).get(AWARDS)));
        cases.add(invalid(
                "list: page size of 201",
                "size",
                () -> as("award-officer").queryParam("size", 201).get(AWARDS)));
        cases.add(invalid(
                "list: page size that is not a number",
                "size",
                () -> as("award-officer").queryParam("size", "many").get(AWARDS)));
        cases.add(invalid(
                "list: page size beyond int range",
                "size",
                () -> as("award-officer").queryParam("size", "99999999999").get(AWARDS)));
        cases.add(invalid(
                "list: negative page",
                "page",
                () -> as("award-officer").queryParam("page", -1).get(AWARDS)));
        cases.add(invalid(
                "list: fractional page",
                "page",
                () -> as("award-officer").queryParam("page", "1.5").get(AWARDS)));
        cases.add(invalid(
                "list: misspelt query parameter",
                "staus",
                () -> as("award-officer").queryParam("staus", "GRANTED").get(AWARDS)));

        // --- /api/v1/awards: methods it does not have
        cases.add(problem(
                "POST on the award collection",
                405,
                "method-not-allowed",
                () -> as("award-officer")
                        .contentType(ContentType.JSON)
                        .body(anAward)
                        .post(AWARDS)));
        cases.add(problem(
                "PATCH on the award collection",
                405,
                "method-not-allowed",
                () -> as("admin").contentType(ContentType.JSON).body(anAward).patch(AWARDS)));
        cases.add(problem(
                "POST on the award collection over the 2 MB limit",
                413,
                "content-too-large",
                () -> as("award-officer")
                        .header("Expect", "100-continue")
                        .contentType(ContentType.JSON)
                        .body("{\"recipientName\":\"" + "x".repeat(2_500_000) + "\"}")
                        .post(AWARDS)));

        // --- GET /api/v1/awards/{id}
        cases.add(problem(
                "award that does not exist",
                404,
                "not-found",
                () -> as("award-officer").get(AWARDS + "/" + unknownId)));
        cases.add(problem(
                "award id that is not a UUID",
                404,
                "not-found",
                () -> as("award-officer").get(AWARDS + "/1234-QD-UBND")));
        cases.add(problem(
                "award id with trailing characters",
                404,
                "not-found",
                () -> as("award-officer").get(award + "x")));
        cases.add(invalid(
                "award id with a NUL character",
                "id",
                () -> as("award-officer").urlEncodingEnabled(false).get(award + "%00")));
        cases.add(problem("award read without a token", 401, "unauthenticated", () -> given().get(award)));
        cases.add(problem(
                "award read by a council member",
                403,
                "forbidden",
                () -> as("council-member").get(award)));
        cases.add(problem(
                "award read by an agency",
                403,
                "forbidden",
                () -> agency("UBND-BATXAT").get(award)));
        cases.add(problem(
                "PUT on an award",
                405,
                "method-not-allowed",
                () -> as("admin").contentType(ContentType.JSON).body(anAward).put(award)));
        cases.add(problem(
                "DELETE on an award",
                405,
                "method-not-allowed",
                () -> as("admin").delete(award)));
        cases.add(problem(
                "POST on an award",
                405,
                "method-not-allowed",
                () -> as("award-officer")
                        .contentType(ContentType.JSON)
                        .body(anAward)
                        .post(award)));

        // --- GET /api/v1/awards: text filters
        cases.add(invalid(
                "list: unknown status filter",
                "status",
                () -> as("award-officer").queryParam("status", "LOST").get(AWARDS)));
        cases.add(invalid(
                "list: NUL character in the status filter",
                "status",
                () -> as("award-officer").queryParam("status", "GRANTED\u0000").get(AWARDS)));
        cases.add(invalid(
                "list: decisionId that is not a UUID",
                "decisionId",
                () -> as("award-officer")
                        .queryParam("decisionId", "123/QĐ-UBND")
                        .get(AWARDS)));

        // --- POST /api/v1/awards/{id}/revoke
        String revoke = award + "/revoke";
        cases.add(invalid(
                "revoke: without a reason",
                "reason",
                () -> json(as("award-officer"), "{\"category\":\"FRAUD\"}").post(revoke)));
        cases.add(invalid(
                "revoke: unknown category",
                "category",
                () -> json(as("award-officer"), "{\"reason\":\"Hồ sơ giả\",\"category\":\"MISTAKE\"}")
                        .post(revoke)));
        cases.add(invalid(
                "revoke: reason over 2000 characters",
                "reason",
                () -> json(as("award-officer"), "{\"reason\":\"" + "r".repeat(2_001) + "\",\"category\":\"OTHER\"}")
                        .post(revoke)));
        cases.add(problem(
                "revoke: empty body",
                400,
                "malformed-json",
                () -> json(as("award-officer"), "").post(revoke)));
        cases.add(problem(
                "revoke: text/plain body",
                415,
                "unsupported-media-type",
                () -> as("award-officer")
                        .contentType(ContentType.TEXT)
                        .body("FRAUD")
                        .post(revoke)));
        cases.add(problem(
                "revoke: award that does not exist",
                404,
                "not-found",
                () -> json(as("award-officer"), "{\"reason\":\"Hồ sơ giả\",\"category\":\"FRAUD\"}")
                        .post(AWARDS + "/" + unknownId + "/revoke")));
        cases.add(problem(
                "revoke: by an admin",
                403,
                "forbidden",
                () -> json(as("admin"), "{\"reason\":\"Hồ sơ giả\",\"category\":\"FRAUD\"}")
                        .post(revoke)));

        // --- /api/v1/budgets
        String budget = "{\"year\":2025,\"fund\":\"QTDKT-TINH\",\"amountVnd\":500000000}";
        cases.add(invalid(
                "budget: year before 2000",
                "year",
                () -> json(as("award-officer"), budget.replace("2025", "1999")).post(BUDGETS)));
        cases.add(invalid(
                "budget: fund in lower case",
                "fund",
                () -> json(as("award-officer"), budget.replace("QTDKT-TINH", "quỹ tỉnh"))
                        .post(BUDGETS)));
        cases.add(invalid(
                "budget: negative amount",
                "amountVnd",
                () -> json(as("award-officer"), budget.replace("500000000", "-1"))
                        .post(BUDGETS)));
        cases.add(invalid(
                "budget: amount as a word",
                "amountVnd",
                () -> json(as("award-officer"), budget.replace("500000000", "\"năm trăm triệu\""))
                        .post(BUDGETS)));
        cases.add(invalid(
                "budget: missing fund",
                "fund",
                () -> json(as("award-officer"), "{\"year\":2025,\"amountVnd\":500000000}")
                        .post(BUDGETS)));
        cases.add(problem(
                "budget: malformed JSON",
                400,
                "malformed-json",
                () -> json(as("award-officer"), "{\"year\":2025,").post(BUDGETS)));
        cases.add(problem(
                "budget: application/xml body",
                415,
                "unsupported-media-type",
                () -> as("award-officer")
                        .contentType(ContentType.XML)
                        .body("<budget/>")
                        .post(BUDGETS)));
        cases.add(problem(
                "budget: set by an admin",
                403,
                "forbidden",
                () -> json(as("admin"), budget).post(BUDGETS)));
        cases.add(invalid(
                "budgets: year filter after 2100",
                "year",
                () -> as("award-officer").queryParam("year", 2101).get(BUDGETS)));
        cases.add(problem(
                "budget: fund that has none",
                404,
                "not-found",
                () -> as("award-officer").get(BUDGETS + "/2025/QUY-KHONG-CO")));
        cases.add(problem(
                "budget: year that is not a number",
                404,
                "not-found",
                () -> as("award-officer").get(BUDGETS + "/nam-nay/QTDKT-TINH")));

        // --- /api/v1/decisions
        String decision = "{\"decisionDate\":\"2025-12-01\",\"signer\":\"Chủ tịch UBND tỉnh\",\"awardIds\":[]}";
        cases.add(invalid(
                "decision: missing date",
                "decisionDate",
                () -> json(as("award-officer"), "{\"signer\":\"Chủ tịch UBND tỉnh\"}")
                        .post(DECISIONS)));
        cases.add(invalid(
                "decision: blank signer",
                "signer",
                () -> json(as("award-officer"), decision.replace("Chủ tịch UBND tỉnh", " "))
                        .post(DECISIONS)));
        // text PostgreSQL cannot store: refused at the edge, naming the field, instead of a 500 from the database
        cases.add(invalid(
                "decision: NUL character in the signer",
                "signer",
                () -> json(as("award-officer"), decision.replace("Chủ tịch UBND tỉnh", "Chủ tịch\\u0000 UBND tỉnh"))
                        .post(DECISIONS)));
        cases.add(problem(
                "decision: form-encoded body",
                415,
                "unsupported-media-type",
                () -> as("award-officer")
                        .contentType(ContentType.URLENC)
                        .formParam("decisionDate", "2025-12-01")
                        .formParam("signer", "Chủ tịch UBND tỉnh")
                        .post(DECISIONS)));
        cases.add(invalid(
                "decision: date that is not a date",
                "decisionDate",
                () -> json(as("award-officer"), decision.replace("2025-12-01", "01/12/2025"))
                        .post(DECISIONS)));
        cases.add(invalid(
                "decision: award id that is not a UUID",
                "awardIds[0]",
                () -> json(as("award-officer"), decision.replace("[]", "[\"award-1\"]"))
                        .post(DECISIONS)));
        cases.add(invalid(
                "decision: null award id",
                "awardIds[0]",
                () -> json(as("award-officer"), decision.replace("[]", "[null]"))
                        .post(DECISIONS)));
        cases.add(invalid(
                "decision: issuer in lower case",
                "issuer",
                () -> json(as("award-officer"), decision.replace("{", "{\"issuer\":\"qd-ubnd\","))
                        .post(DECISIONS)));
        cases.add(problem(
                "decision: created by an admin",
                403,
                "forbidden",
                () -> json(as("admin"), decision).post(DECISIONS)));
        cases.add(invalid(
                "decisions: unknown status filter",
                "status",
                () -> as("award-officer").queryParam("status", "BURNT").get(DECISIONS)));
        cases.add(problem(
                "decision that does not exist",
                404,
                "not-found",
                () -> as("award-officer").get(DECISIONS + "/" + unknownId)));
        cases.add(problem(
                "decision: signing one without awards",
                409,
                "empty-decision",
                () -> as("award-officer").post(DECISIONS + "/" + f.emptyDecision() + "/sign")));
        cases.add(problem(
                "decision: signing one that does not exist",
                404,
                "not-found",
                () -> as("award-officer").post(DECISIONS + "/" + unknownId + "/sign")));
        cases.add(problem(
                "decision: adding an award that does not exist",
                422,
                "unknown-award",
                () -> json(as("award-officer"), "{\"awardIds\":[\"" + unknownId + "\"]}")
                        .post(DECISIONS + "/" + f.emptyDecision() + "/awards")));
        cases.add(invalid(
                "decision: adding no awards",
                "awardIds",
                () -> json(as("award-officer"), "{\"awardIds\":[]}")
                        .post(DECISIONS + "/" + f.emptyDecision() + "/awards")));

        // --- reward rules, quotes and statistics
        String multiplier = "{\"legalBasis\":\"NĐ 999/2030/NĐ-CP\",\"validFrom\":\"2030-01-01\",\"multiplier\":2.0}";
        String multipliers = "/api/v1/award-types/GIAY_KHEN/multipliers";
        cases.add(problem(
                "award type that does not exist",
                404,
                "not-found",
                () -> as("award-officer").get("/api/v1/award-types/HUAN_CHUONG_MAT_TRANG")));
        cases.add(invalid(
                "award type code with a NUL character",
                "code",
                () -> as("award-officer").urlEncodingEnabled(false).get("/api/v1/award-types/GIAY%00KHEN")));
        cases.add(invalid(
                "multiplier of zero",
                "multiplier",
                () -> json(as("award-officer"), multiplier.replace("2.0", "0")).post(multipliers)));
        cases.add(invalid(
                "multiplier with four decimals",
                "multiplier",
                () -> json(as("award-officer"), multiplier.replace("2.0", "1.2345"))
                        .post(multipliers)));
        cases.add(invalid(
                "multiplier validFrom that is not a date",
                "validFrom",
                () -> json(as("award-officer"), multiplier.replace("2030-01-01", "next year"))
                        .post(multipliers)));
        cases.add(problem(
                "multiplier for an award type that does not exist",
                404,
                "not-found",
                () -> json(as("award-officer"), multiplier).post("/api/v1/award-types/NO_SUCH_AWARD/multipliers")));
        cases.add(problem(
                "multiplier before the latest period",
                409,
                "rule-not-after-latest",
                () -> json(as("award-officer"), multiplier.replace("2030-01-01", "2020-01-01"))
                        .post(multipliers)));
        cases.add(invalid(
                "base salary of zero",
                "amountVnd",
                () -> json(
                                as("award-officer"),
                                "{\"effectiveFrom\":\"2030-07-01\",\"amountVnd\":0,\"legalBasis\":\"NĐ 1/2030\"}")
                        .post(BASE_SALARIES)));
        cases.add(invalid(
                "base salary over a billion",
                "amountVnd",
                () -> json(
                                as("award-officer"),
                                "{\"effectiveFrom\":\"2030-07-01\",\"amountVnd\":1000000001,"
                                        + "\"legalBasis\":\"NĐ 1/2030\"}")
                        .post(BASE_SALARIES)));
        cases.add(problem(
                "base salary before the latest one",
                409,
                "rule-not-after-latest",
                () -> json(
                                as("award-officer"),
                                "{\"effectiveFrom\":\"2001-01-01\",\"amountVnd\":1000000,"
                                        + "\"legalBasis\":\"NĐ 1/2001/NĐ-CP\"}")
                        .post(BASE_SALARIES)));
        cases.add(problem(
                "base salary set by an admin",
                403,
                "forbidden",
                () -> json(
                                as("admin"),
                                "{\"effectiveFrom\":\"2030-07-01\",\"amountVnd\":3000000,"
                                        + "\"legalBasis\":\"NĐ 1/2030\"}")
                        .post(BASE_SALARIES)));
        cases.add(invalid(
                "quote without an award code",
                "awardCode",
                () -> as("award-officer")
                        .queryParam("recipientKind", "INDIVIDUAL")
                        .queryParam("decisionDate", "2025-11-20")
                        .get(QUOTE)));
        cases.add(invalid(
                "quote for an unknown recipient kind",
                "recipientKind",
                () -> as("award-officer")
                        .queryParam("awardCode", "GIAY_KHEN")
                        .queryParam("recipientKind", "ROBOT")
                        .queryParam("decisionDate", "2025-11-20")
                        .get(QUOTE)));
        cases.add(invalid(
                "quote with a date that is not ISO",
                "decisionDate",
                () -> as("award-officer")
                        .queryParam("awardCode", "GIAY_KHEN")
                        .queryParam("recipientKind", "INDIVIDUAL")
                        .queryParam("decisionDate", "20/11/2025")
                        .get(QUOTE)));
        cases.add(problem(
                "quote for an award type that does not exist",
                404,
                "not-found",
                () -> as("award-officer")
                        .queryParam("awardCode", "NO_SUCH_AWARD")
                        .queryParam("recipientKind", "INDIVIDUAL")
                        .queryParam("decisionDate", "2025-11-20")
                        .get(QUOTE)));
        cases.add(problem(
                "quote before the catalogue's first rules",
                422,
                "unpriceable",
                () -> as("award-officer")
                        .queryParam("awardCode", "GIAY_KHEN")
                        .queryParam("recipientKind", "INDIVIDUAL")
                        .queryParam("decisionDate", "2001-01-01")
                        .get(QUOTE)));
        cases.add(invalid(
                "statistics without a year", "year", () -> as("award-officer").get(STATISTICS)));
        cases.add(invalid(
                "statistics of 1999",
                "year",
                () -> as("award-officer").queryParam("year", 1999).get(STATISTICS)));
        cases.add(problem(
                "statistics for an agency",
                403,
                "forbidden",
                () -> agency("UBND-BATXAT").queryParam("year", 2025).get(STATISTICS)));

        // --- /api/v1/ceremonies
        String ceremony = CEREMONIES + "/" + f.ceremony();
        String cancelledCeremony = CEREMONIES + "/" + f.cancelledCeremony();
        String aCeremony = "{\"name\":\"Lễ tôn vinh\",\"occasion\":\"TEACHERS_DAY\",\"ceremonyDate\":\"2026-11-20\","
                + "\"startTime\":\"08:30\",\"place\":\"Hội trường tỉnh\",\"sector\":\"EDUCATION_TRAINING\"}";
        cases.add(invalid(
                "ceremony: missing name",
                "name",
                () -> json(as("award-officer"), aCeremony.replace("\"name\":\"Lễ tôn vinh\",", ""))
                        .post(CEREMONIES)));
        cases.add(invalid(
                "ceremony: unknown occasion",
                "occasion",
                () -> json(as("award-officer"), aCeremony.replace("TEACHERS_DAY", "TET"))
                        .post(CEREMONIES)));
        cases.add(invalid(
                "ceremony: start time that is not HH:mm",
                "startTime",
                () -> json(as("award-officer"), aCeremony.replace("08:30", "8h30"))
                        .post(CEREMONIES)));
        cases.add(invalid(
                "ceremony: date that is not a date",
                "ceremonyDate",
                () -> json(as("award-officer"), aCeremony.replace("2026-11-20", "20/11"))
                        .post(CEREMONIES)));
        cases.add(invalid(
                "ceremony: blank place",
                "place",
                () -> json(as("award-officer"), aCeremony.replace("Hội trường tỉnh", " "))
                        .post(CEREMONIES)));
        cases.add(invalid(
                "ceremony: unpaired surrogate in the place",
                "place",
                () -> json(as("award-officer"), aCeremony.replace("Hội trường tỉnh", "Hội trường \\ud800 tỉnh"))
                        .post(CEREMONIES)));
        cases.add(problem(
                "ceremony: form-encoded body",
                415,
                "unsupported-media-type",
                () -> as("award-officer")
                        .contentType(ContentType.URLENC)
                        .formParam("name", "Lễ tôn vinh")
                        .formParam("occasion", "TEACHERS_DAY")
                        .post(CEREMONIES)));
        cases.add(invalid(
                "ceremony: unknown sector",
                "sector",
                () -> json(as("award-officer"), aCeremony.replace("EDUCATION_TRAINING", "SCHOOLS"))
                        .post(CEREMONIES)));
        cases.add(problem(
                "ceremony: scheduled by an admin",
                403,
                "forbidden",
                () -> json(as("admin"), aCeremony).post(CEREMONIES)));
        cases.add(problem(
                "ceremony: scheduled by an editor",
                403,
                "forbidden",
                () -> json(as("editor"), aCeremony).post(CEREMONIES)));
        cases.add(invalid(
                "ceremonies: unknown status filter",
                "status",
                () -> as("award-officer").queryParam("status", "POSTPONED").get(CEREMONIES)));
        cases.add(invalid(
                "ceremonies: from that is not a date",
                "from",
                () -> as("award-officer").queryParam("from", "tomorrow").get(CEREMONIES)));
        cases.add(problem(
                "ceremony that does not exist",
                404,
                "not-found",
                () -> as("award-officer").get(CEREMONIES + "/" + unknownId)));
        cases.add(problem(
                "ceremony: changing one that does not exist",
                404,
                "not-found",
                () -> json(as("award-officer"), aCeremony).put(CEREMONIES + "/" + unknownId)));
        cases.add(problem(
                "ceremony: changing a cancelled one",
                409,
                "ceremony-cancelled",
                () -> json(as("award-officer"), aCeremony).put(cancelledCeremony)));
        cases.add(invalid(
                "ceremony: changing it without an occasion",
                "occasion",
                () -> json(as("award-officer"), aCeremony.replace("\"occasion\":\"TEACHERS_DAY\",", ""))
                        .put(ceremony)));
        cases.add(invalid(
                "ceremony: cancelling without a reason",
                "reason",
                () -> json(as("award-officer"), "{}").post(ceremony + "/cancel")));
        cases.add(problem(
                "ceremony: cancelling a cancelled one",
                409,
                "ceremony-cancelled",
                () -> json(as("award-officer"), "{\"reason\":\"again\"}").post(cancelledCeremony + "/cancel")));
        cases.add(invalid(
                "ceremony: attaching no awards",
                "awardIds",
                () -> json(as("award-officer"), "{\"awardIds\":[]}").post(ceremony + "/awards")));
        cases.add(invalid(
                "ceremony: attaching an id that is not a UUID",
                "awardIds[0]",
                () -> json(as("award-officer"), "{\"awardIds\":[\"award-1\"]}").post(ceremony + "/awards")));
        cases.add(problem(
                "ceremony: attaching an award that does not exist",
                422,
                "unknown-award",
                () -> json(as("award-officer"), "{\"awardIds\":[\"" + unknownId + "\"]}")
                        .post(ceremony + "/awards")));
        cases.add(problem(
                "ceremony: attaching to a cancelled one",
                409,
                "ceremony-cancelled",
                () -> json(as("award-officer"), "{\"awardIds\":[\"" + f.award() + "\"]}")
                        .post(cancelledCeremony + "/awards")));
        cases.add(problem(
                "ceremony: attaching a revoked award",
                409,
                "award-revoked",
                () -> json(as("award-officer"), "{\"awardIds\":[\"" + f.revokedAward() + "\"]}")
                        .post(ceremony + "/awards")));
        cases.add(problem(
                "ceremony: detaching an award it does not hold",
                404,
                "not-found",
                () -> as("award-officer").delete(ceremony + "/awards/" + f.award())));
        cases.add(problem(
                "ceremony: detached by an admin",
                403,
                "forbidden",
                () -> as("admin").delete(ceremony + "/awards/" + f.award())));
        cases.add(invalid(
                "next traditional day: unknown sector",
                "sector",
                () -> as("award-officer").queryParam("sector", "FISHERIES").get(CEREMONIES + "/next-traditional-day")));
        cases.add(invalid(
                "next traditional day: an occasion without a fixed day",
                "occasion",
                () -> as("award-officer")
                        .queryParam("occasion", "ANNUAL_REVIEW")
                        .get(CEREMONIES + "/next-traditional-day")));
        cases.add(invalid(
                "next traditional day: after that is not a date",
                "after",
                () -> as("award-officer").queryParam("after", "soon").get(CEREMONIES + "/next-traditional-day")));
        cases.add(problem(
                "next traditional day for an agency",
                403,
                "forbidden",
                () -> agency("UBND-BATXAT").get(CEREMONIES + "/next-traditional-day")));

        // --- GET /api/v1/awards/{id}/certificate
        cases.add(problem(
                "certificate of a draft award",
                409,
                "award-not-granted",
                () -> as("award-officer").get(award + "/certificate")));
        cases.add(problem(
                "certificate of a revoked award",
                409,
                "award-revoked",
                () -> as("award-officer").get(AWARDS + "/" + f.revokedAward() + "/certificate")));
        cases.add(problem(
                "certificate of an award that does not exist",
                404,
                "not-found",
                () -> as("award-officer").get(AWARDS + "/" + unknownId + "/certificate")));
        cases.add(problem(
                "certificate for an editor",
                403,
                "forbidden",
                () -> as("editor").get(award + "/certificate")));

        // --- special rewards
        String tier = "{\"field\":\"SPORTS\",\"tier\":\"WORLD_CUP\",\"descriptionVi\":\"Vô địch thế giới\","
                + "\"amountVnd\":100000000,\"verified\":true}";
        String tiers = SCHEDULES + "/NQ-38-2016/tiers";
        cases.add(problem(
                "tier: beyond the crime-fighting schedule's 200 million cap",
                422,
                "special-reward-cap-exceeded",
                () -> json(
                                as("award-officer"),
                                tier.replace("100000000", "200000001").replace("SPORTS", "SECURITY"))
                        .post(SCHEDULES + "/PHONG-CHONG-TOI-PHAM/tiers")));
        cases.add(invalid(
                "tier: source document that is not a document number",
                "sourceDocument",
                () -> json(as("award-officer"), tier.replace("}", ",\"sourceDocument\":\"bản gốc\"}"))
                        .post(tiers)));
        cases.add(problem(
                "tier: one the schedule has",
                409,
                "tier-exists",
                () -> json(as("award-officer"), tier.replace("WORLD_CUP", "NATIONAL_FIRST"))
                        .post(tiers)));
        cases.add(problem(
                "tier: for a schedule that does not exist",
                404,
                "not-found",
                () -> json(as("award-officer"), tier).post(SCHEDULES + "/NQ-1-2099/tiers")));
        cases.add(invalid(
                "tier: name in lower case",
                "tier",
                () -> json(as("award-officer"), tier.replace("WORLD_CUP", "world cup"))
                        .post(tiers)));
        cases.add(invalid(
                "tier: without saying whether it is verified",
                "verified",
                () -> json(as("award-officer"), tier.replace(",\"verified\":true", ""))
                        .post(tiers)));
        cases.add(invalid(
                "tier: negative amount",
                "amountVnd",
                () -> json(as("award-officer"), tier.replace("100000000", "-5")).post(tiers)));
        cases.add(problem(
                "tier: added by an admin",
                403,
                "forbidden",
                () -> json(as("admin"), tier).post(tiers)));
        cases.add(problem(
                "schedule that does not exist",
                404,
                "not-found",
                () -> as("award-officer").get(SCHEDULES + "/NQ-1-2099")));
        // within the seeded schedules' validity (until 2025-06-30), their unverified tiers confirmed by a document
        String reward = "{\"scheduleCode\":\"NQ-38-2016\",\"field\":\"SPORTS\",\"tier\":\"NATIONAL_FIRST\","
                + "\"recipientKind\":\"INDIVIDUAL\",\"recipientName\":\"Giàng Seo Phử\",\"achievement\":\"HCV\","
                + "\"awardDate\":\"2024-08-15\",\"achievements\":1,\"sourceDocument\":\"QĐ 1234/QĐ-UBND\"}";
        String unconfirmed = reward.replace(",\"sourceDocument\":\"QĐ 1234/QĐ-UBND\"", "");
        cases.add(problem(
                "special reward: tier the schedule lacks",
                422,
                "unknown-tier",
                () -> json(as("award-officer"), reward.replace("NATIONAL_FIRST", "OLYMPIC_PLATINUM"))
                        .post(SPECIAL_REWARDS)));
        cases.add(problem(
                "special reward: schedule that does not exist",
                422,
                "unknown-tier",
                () -> json(as("award-officer"), reward.replace("NQ-38-2016", "NQ-1-2099"))
                        .post(SPECIAL_REWARDS)));
        cases.add(problem(
                "special reward: beyond the cap",
                422,
                "special-reward-cap-exceeded",
                () -> json(
                                as("award-officer"),
                                reward.replace("NQ-38-2016", "PHONG-CHONG-TOI-PHAM")
                                        .replace("SPORTS", "SECURITY")
                                        .replace("NATIONAL_FIRST", "EXCEPTIONAL")
                                        .replace("\"achievements\":1", "\"achievements\":2"))
                        .post(SPECIAL_REWARDS)));
        cases.add(invalid(
                "special reward: no achievements",
                "achievements",
                () -> json(as("award-officer"), reward.replace("\"achievements\":1", "\"achievements\":0"))
                        .post(SPECIAL_REWARDS)));
        cases.add(invalid(
                "special reward: 101 achievements",
                "achievements",
                () -> json(as("award-officer"), reward.replace("\"achievements\":1", "\"achievements\":101"))
                        .post(SPECIAL_REWARDS)));
        cases.add(invalid(
                "special reward: unknown field",
                "field",
                () -> json(as("award-officer"), reward.replace("SPORTS", "CHESS"))
                        .post(SPECIAL_REWARDS)));
        cases.add(invalid(
                "special reward: blank recipient",
                "recipientName",
                () -> json(as("award-officer"), reward.replace("Giàng Seo Phử", ""))
                        .post(SPECIAL_REWARDS)));
        cases.add(problem(
                "special reward: paid by an admin",
                403,
                "forbidden",
                () -> json(as("admin"), reward).post(SPECIAL_REWARDS)));
        cases.add(problem(
                "special reward that does not exist",
                404,
                "not-found",
                () -> as("award-officer").get(SPECIAL_REWARDS + "/" + unknownId)));
        cases.add(new Case(
                "special reward: unverified tier without its source document",
                422,
                "unverified-tier",
                "tier",
                () -> json(as("award-officer"), unconfirmed).post(SPECIAL_REWARDS)));
        cases.add(new Case(
                "special reward: support tier (crime fighting) without its source document",
                422,
                "unverified-tier",
                "tier",
                () -> json(
                                as("award-officer"),
                                unconfirmed
                                        .replace("NQ-38-2016", "PHONG-CHONG-TOI-PHAM")
                                        .replace("SPORTS", "SECURITY")
                                        .replace("NATIONAL_FIRST", "SERIOUS_CASE"))
                        .post(SPECIAL_REWARDS)));
        cases.add(invalid(
                "special reward: source document that is not a document number",
                "sourceDocument",
                () -> json(as("award-officer"), reward.replace("QĐ 1234/QĐ-UBND", "đã xem"))
                        .post(SPECIAL_REWARDS)));
        cases.add(invalid(
                "special reward: blank source document",
                "sourceDocument",
                () -> json(as("award-officer"), reward.replace("QĐ 1234/QĐ-UBND", ""))
                        .post(SPECIAL_REWARDS)));
        cases.add(new Case(
                "special reward: dated after the pre-merger schedule ended",
                422,
                "schedule-not-in-force",
                "awardDate",
                () -> json(as("award-officer"), reward.replace("2024-08-15", "2025-07-01"))
                        .post(SPECIAL_REWARDS)));
        cases.add(new Case(
                "special reward: dated before the schedule's resolution",
                422,
                "schedule-not-in-force",
                "awardDate",
                () -> json(as("award-officer"), reward.replace("2024-08-15", "2016-07-17"))
                        .post(SPECIAL_REWARDS)));

        // --- PUT /api/v1/special-reward-schedules/{code}/tiers/{field}/{tier}
        String tierFix = "{\"descriptionVi\":\"Huy chương Vàng quốc gia\",\"amountVnd\":20000000,\"verified\":true,"
                + "\"sourceDocument\":\"NQ 38/2016/NQ-HĐND\",\"reason\":\"Bản chính thức\"}";
        String nationalFirst = SCHEDULES + "/NQ-38-2016/tiers/SPORTS/NATIONAL_FIRST";
        cases.add(invalid(
                "tier correction: verified without the source document",
                "sourceDocument",
                () -> json(as("award-officer"), tierFix.replace(",\"sourceDocument\":\"NQ 38/2016/NQ-HĐND\"", ""))
                        .put(nationalFirst)));
        cases.add(invalid(
                "tier correction: source document that is not a document number",
                "sourceDocument",
                () -> json(as("award-officer"), tierFix.replace("NQ 38/2016/NQ-HĐND", "38"))
                        .put(nationalFirst)));
        cases.add(invalid(
                "tier correction: without a reason",
                "reason",
                () -> json(as("award-officer"), tierFix.replace(",\"reason\":\"Bản chính thức\"", ""))
                        .put(nationalFirst)));
        cases.add(invalid(
                "tier correction: amount of 0",
                "amountVnd",
                () -> json(as("award-officer"), tierFix.replace("20000000", "0"))
                        .put(nationalFirst)));
        cases.add(problem(
                "tier correction: beyond the schedule's cap",
                422,
                "special-reward-cap-exceeded",
                () -> json(as("award-officer"), tierFix.replace("20000000", "200000001"))
                        .put(SCHEDULES + "/PHONG-CHONG-TOI-PHAM/tiers/SECURITY/EXCEPTIONAL")));
        cases.add(problem(
                "tier correction: a tier the schedule lacks",
                404,
                "not-found",
                () -> json(as("award-officer"), tierFix).put(SCHEDULES + "/NQ-38-2016/tiers/SPORTS/OLYMPIC_PLATINUM")));
        cases.add(problem(
                "tier correction: a schedule that does not exist",
                404,
                "not-found",
                () -> json(as("award-officer"), tierFix).put(SCHEDULES + "/NQ-1-2099/tiers/SPORTS/NATIONAL_FIRST")));
        cases.add(problem(
                "tier correction: a field that is not a sector",
                404,
                "not-found",
                () -> json(as("award-officer"), tierFix).put(SCHEDULES + "/NQ-38-2016/tiers/CHESS/NATIONAL_FIRST")));
        cases.add(problem(
                "tier correction: by an admin",
                403,
                "forbidden",
                () -> json(as("admin"), tierFix).put(nationalFirst)));

        // --- PUT /api/v1/special-reward-schedules/{code}
        String scheduleFix = "{\"legalBasis\":\"NQ 38/2016/NQ-HĐND tỉnh Lào Cai\",\"kind\":\"REWARD\","
                + "\"territory\":\"LAO_CAI_CU\",\"validFrom\":\"2016-07-18\",\"validTo\":\"2025-06-30\","
                + "\"capVnd\":100000000,\"verified\":true,\"reason\":\"Bản chính thức\"}";
        String nq38 = SCHEDULES + "/NQ-38-2016";
        cases.add(invalid(
                "schedule correction: legal basis that is not a legal reference",
                "legalBasis",
                () -> json(as("award-officer"), scheduleFix.replace("NQ 38/2016/NQ-HĐND tỉnh Lào Cai", "38"))
                        .put(nq38)));
        cases.add(invalid(
                "schedule correction: ends before it starts",
                "validTo",
                () -> json(as("award-officer"), scheduleFix.replace("2025-06-30", "2015-06-30"))
                        .put(nq38)));
        cases.add(invalid(
                "schedule correction: unknown territory",
                "territory",
                () -> json(as("award-officer"), scheduleFix.replace("LAO_CAI_CU", "HA_GIANG"))
                        .put(nq38)));
        cases.add(invalid(
                "schedule correction: unknown kind",
                "kind",
                () -> json(as("award-officer"), scheduleFix.replace("\"REWARD\"", "\"GIFT\""))
                        .put(nq38)));
        cases.add(invalid(
                "schedule correction: a cap of 0",
                "capVnd",
                () -> json(as("award-officer"), scheduleFix.replace("100000000", "0"))
                        .put(nq38)));
        cases.add(invalid(
                "schedule correction: without a reason",
                "reason",
                () -> json(as("award-officer"), scheduleFix.replace(",\"reason\":\"Bản chính thức\"", ""))
                        .put(nq38)));
        cases.add(problem(
                "schedule correction: a cap below one of its tiers",
                422,
                "special-reward-cap-exceeded",
                () -> json(as("award-officer"), scheduleFix.replace("100000000", "1000000"))
                        .put(nq38)));
        cases.add(problem(
                "schedule correction: a schedule that does not exist",
                404,
                "not-found",
                () -> json(as("award-officer"), scheduleFix).put(SCHEDULES + "/NQ-1-2099")));
        cases.add(problem(
                "schedule correction: by an admin",
                403,
                "forbidden",
                () -> json(as("admin"), scheduleFix).put(nq38)));
        cases.add(invalid(
                "special rewards: page size of 0",
                "size",
                () -> as("award-officer").queryParam("size", 0).get(SPECIAL_REWARDS)));

        // --- PUT /api/v1/award-types/{code}/multipliers/{validFrom}: correcting an unverified period
        String correction = "{\"multiplier\":0.5,\"reason\":\"Bản chính thức\"}";
        cases.add(problem(
                "correction of a verified period",
                409,
                "rule-verified",
                () -> json(as("award-officer"), correction).put(multipliers + "/2017-10-01")));
        cases.add(problem(
                "correction of a period that does not exist",
                404,
                "not-found",
                () -> json(as("award-officer"), correction).put(multipliers + "/2024-01-02")));
        cases.add(problem(
                "correction for an award type that does not exist",
                404,
                "not-found",
                () -> json(as("award-officer"), correction)
                        .put("/api/v1/award-types/NO_SUCH_AWARD/multipliers/2024-01-01")));
        cases.add(invalid(
                "correction to zero",
                "multiplier",
                () -> json(as("award-officer"), correction.replace("0.5", "0")).put(multipliers + "/2024-01-01")));
        cases.add(invalid(
                "correction without a reason",
                "reason",
                () -> json(as("award-officer"), "{\"multiplier\":0.5}").put(multipliers + "/2024-01-01")));
        cases.add(problem(
                "correction by an admin",
                403,
                "forbidden",
                () -> json(as("admin"), correction).put(multipliers + "/2024-01-01")));

        // --- plausibility of new rules, corrections and withdrawals ("The law, round two")
        String soon = AwardSteps.today().plusDays(40).toString();
        String tooLate = AwardSteps.today().plusYears(1).plusDays(1).toString();
        cases.add(invalid(
                "base salary whose legal basis is a number",
                "legalBasis",
                () -> json(
                                as("award-officer"),
                                "{\"effectiveFrom\":\"2026-01-15\",\"amountVnd\":1,"
                                        + "\"legalBasis\":\"-9223372036854775808\"}")
                        .post(BASE_SALARIES)));
        cases.add(problem(
                "base salary of 1 VND after 2,340,000",
                422,
                "implausible-amount",
                () -> json(
                                as("award-officer"),
                                "{\"effectiveFrom\":\"" + soon + "\",\"amountVnd\":1,"
                                        + "\"legalBasis\":\"NĐ 1/2026/NĐ-CP\"}")
                        .post(BASE_SALARIES)));
        cases.add(invalid(
                "base salary more than a year ahead",
                "effectiveFrom",
                () -> json(
                                as("award-officer"),
                                "{\"effectiveFrom\":\"" + tooLate + "\",\"amountVnd\":2500000,"
                                        + "\"legalBasis\":\"NĐ 1/2026/NĐ-CP\"}")
                        .post(BASE_SALARIES)));
        cases.add(invalid(
                "multiplier whose legal basis is not a reference",
                "legalBasis",
                () -> json(as("award-officer"), multiplier.replace("NĐ 999/2030/NĐ-CP", "theo chỉ đạo"))
                        .post(multipliers)));
        cases.add(invalid(
                "multiplier more than a year ahead",
                "validFrom",
                () -> json(as("award-officer"), multiplier).post(multipliers)));
        cases.add(problem(
                "multiplier above 20",
                422,
                "implausible-multiplier",
                () -> json(
                                as("award-officer"),
                                multiplier.replace("2030-01-01", soon).replace("2.0", "25"))
                        .post(multipliers)));
        cases.add(problem(
                "multiplier below 0.1",
                422,
                "implausible-multiplier",
                () -> json(
                                as("award-officer"),
                                multiplier.replace("2030-01-01", soon).replace("2.0", "0.05"))
                        .post(multipliers)));
        cases.add(problem(
                "multiplier over three times the previous period's",
                422,
                "implausible-multiplier",
                () -> json(
                                as("award-officer"),
                                multiplier.replace("2030-01-01", soon).replace("2.0", "1.0"))
                        .post(multipliers)));
        String salaryCorrection =
                "{\"amountVnd\":2340000,\"legalBasis\":\"NĐ 73/2024/NĐ-CP\",\"reason\":\"Đối chiếu\"}";
        cases.add(problem(
                "base salary correction of a date without one",
                404,
                "not-found",
                () -> json(as("award-officer"), salaryCorrection).put(BASE_SALARIES + "/2024-07-02")));
        cases.add(invalid(
                "base salary correction without a reason",
                "reason",
                () -> json(as("award-officer"), "{\"amountVnd\":2340000,\"legalBasis\":\"NĐ 73/2024/NĐ-CP\"}")
                        .put(BASE_SALARIES + "/2024-07-01")));
        cases.add(invalid(
                "base salary correction whose legal basis is a number",
                "legalBasis",
                () -> json(as("award-officer"), salaryCorrection.replace("NĐ 73/2024/NĐ-CP", "73"))
                        .put(BASE_SALARIES + "/2024-07-01")));
        cases.add(invalid(
                "base salary correction to zero",
                "amountVnd",
                () -> json(as("award-officer"), salaryCorrection.replace("2340000", "0"))
                        .put(BASE_SALARIES + "/2024-07-01")));
        cases.add(problem(
                "base salary correction to 1 VND",
                422,
                "implausible-amount",
                () -> json(as("award-officer"), salaryCorrection.replace("2340000", "1"))
                        .put(BASE_SALARIES + "/2024-07-01")));
        // a path that is not a date names no resource (JAX-RS answers 404 for a path parameter it cannot convert)
        cases.add(problem(
                "base salary correction of a date that is not ISO",
                404,
                "not-found",
                () -> json(as("award-officer"), salaryCorrection).put(BASE_SALARIES + "/01-07-2024")));
        cases.add(problem(
                "base salary correction by an admin",
                403,
                "forbidden",
                () -> json(as("admin"), salaryCorrection).put(BASE_SALARIES + "/2024-07-01")));
        cases.add(invalid(
                "base salary withdrawal without a reason",
                "reason",
                () -> as("award-officer").delete(BASE_SALARIES + "/2024-07-01")));
        cases.add(problem(
                "base salary withdrawal of one signed awards used",
                409,
                "rule-in-use",
                () -> as("award-officer").queryParam("reason", "Nhập nhầm").delete(BASE_SALARIES + "/2024-07-01")));
        cases.add(problem(
                "base salary withdrawal of a date without one",
                404,
                "not-found",
                () -> as("award-officer").queryParam("reason", "Nhập nhầm").delete(BASE_SALARIES + "/2024-07-02")));
        cases.add(problem(
                "base salary withdrawal by an admin",
                403,
                "forbidden",
                () -> as("admin").queryParam("reason", "Nhập nhầm").delete(BASE_SALARIES + "/2023-07-01")));
        cases.add(problem(
                "multiplier correction to five times the previous period's",
                422,
                "implausible-multiplier",
                () -> json(as("award-officer"), correction.replace("0.5", "5")).put(multipliers + "/2024-01-01")));
        cases.add(invalid(
                "multiplier correction whose legal basis is not a reference",
                "legalBasis",
                () -> json(
                                as("award-officer"),
                                "{\"multiplier\":0.3,\"legalBasis\":\"Điều 58\",\"reason\":\"Bản chính thức\"}")
                        .put(multipliers + "/2024-01-01")));
        cases.add(problem(
                "multiplier withdrawal of a period signed awards used",
                409,
                "rule-in-use",
                () -> as("award-officer")
                        .queryParam("reason", "Nhập nhầm")
                        .delete("/api/v1/award-types/BANG_KHEN_CHU_TICH_UBND_TINH/multipliers/2025-07-01")));
        cases.add(problem(
                "multiplier withdrawal of a period that does not exist",
                404,
                "not-found",
                () -> as("award-officer").queryParam("reason", "Nhập nhầm").delete(multipliers + "/2024-01-02")));
        cases.add(problem(
                "multiplier withdrawal for an award type that does not exist",
                404,
                "not-found",
                () -> as("award-officer")
                        .queryParam("reason", "Nhập nhầm")
                        .delete("/api/v1/award-types/NO_SUCH_AWARD/multipliers/2024-01-01")));
        cases.add(invalid(
                "multiplier withdrawal without a reason",
                "reason",
                () -> as("award-officer").delete(multipliers + "/2024-01-01")));
        cases.add(invalid(
                "multiplier withdrawal with a reason over 500 characters",
                "reason",
                () -> as("award-officer").queryParam("reason", "x".repeat(501)).delete(multipliers + "/2024-01-01")));
        cases.add(problem(
                "multiplier withdrawal by an admin",
                403,
                "forbidden",
                () -> as("admin").queryParam("reason", "Nhập nhầm").delete(multipliers + "/2024-01-01")));

        // --- /api/v1/issuers and who may sign what
        String issuer = "{\"code\":\"QĐ-SGDĐT\",\"authority\":\"UNIT_HEAD\",\"nameVi\":\"Giám đốc Sở GD&ĐT\"}";
        cases.add(problem(
                "issuer: one already registered",
                409,
                "issuer-exists",
                () -> json(as("award-officer"), issuer.replace("QĐ-SGDĐT", "QĐ-UBND"))
                        .post(ISSUERS)));
        cases.add(invalid(
                "issuer: code in lower case",
                "code",
                () -> json(as("award-officer"), issuer.replace("QĐ-SGDĐT", "qđ-sgdđt"))
                        .post(ISSUERS)));
        cases.add(invalid(
                "issuer: unknown authority",
                "authority",
                () -> json(as("award-officer"), issuer.replace("UNIT_HEAD", "MINISTER"))
                        .post(ISSUERS)));
        cases.add(invalid(
                "issuer: NUL character in the name",
                "nameVi",
                () -> json(as("award-officer"), issuer.replace("Giám đốc", "Giám\\u0000 đốc"))
                        .post(ISSUERS)));
        cases.add(invalid(
                "issuer: signer name over 200 characters",
                "signerName",
                () -> json(as("award-officer"), issuer.replace("}", ",\"signerName\":\"" + "T".repeat(201) + "\"}"))
                        .post(ISSUERS)));
        cases.add(invalid(
                "issuer: signer name that is not a string",
                "signerName",
                () -> json(as("award-officer"), issuer.replace("}", ",\"signerName\":[\"Trịnh Xuân Trường\"]}"))
                        .post(ISSUERS)));
        cases.add(problem(
                "issuer: registered by an admin",
                403,
                "forbidden",
                () -> json(as("admin"), issuer).post(ISSUERS)));
        cases.add(invalid(
                "issuer: one acting for the Prime Minister, who decides above the province",
                "authority",
                () -> json(as("award-officer"), issuer.replace("UNIT_HEAD", "PRIME_MINISTER"))
                        .post(ISSUERS)));
        cases.add(problem(
                "issuer that does not exist",
                404,
                "not-found",
                () -> as("award-officer").get(ISSUERS + "/QĐ-KHONG-CO")));
        cases.add(invalid(
                "issuer code with a NUL character",
                "code",
                () -> as("award-officer").urlEncodingEnabled(false).get(ISSUERS + "/QD-UBND%00")));
        cases.add(problem(
                "decision: issuer that is not registered",
                422,
                "unknown-issuer",
                () -> json(as("award-officer"), decision.replace("{", "{\"issuer\":\"QĐ-KHONG-CO\","))
                        .post(DECISIONS)));
        cases.add(problem(
                "decision: the Prime Minister's QĐ-TTg, which the province does not sign",
                422,
                "issuer-above-province",
                () -> json(as("award-officer"), decision.replace("{", "{\"issuer\":\"QĐ-TTg\","))
                        .post(DECISIONS)));
        cases.add(problem(
                "decision: issuer that may not grant the award",
                422,
                "issuer-not-authorised",
                () -> json(as("award-officer"), decision.replace("[]", "[\"" + f.award() + "\"]"))
                        .post(DECISIONS)));

        // --- POST /api/v1/decisions: Idempotency-Key
        cases.add(problem(
                "decision: Idempotency-Key reused with another body",
                422,
                "idempotency-key-reused",
                () -> json(as("award-officer").header("Idempotency-Key", f.idempotencyKey()), decision)
                        .post(DECISIONS)));
        cases.add(invalid(
                "decision: Idempotency-Key over 200 characters",
                "Idempotency-Key",
                () -> json(as("award-officer").header("Idempotency-Key", "k".repeat(201)), decision)
                        .post(DECISIONS)));
        cases.add(invalid(
                "decision: empty Idempotency-Key",
                "Idempotency-Key",
                () -> json(as("award-officer").header("Idempotency-Key", ""), decision)
                        .post(DECISIONS)));

        // --- repayments of revoked awards
        String repayment = "{\"amountVnd\":1000000,\"paidOn\":\"2025-12-01\",\"reference\":\"BL-1\"}";
        String repayments = AWARDS + "/" + f.revokedAward() + "/repayments";
        cases.add(problem(
                "repayment: on an award that is not revoked",
                409,
                "award-not-revoked",
                () -> json(as("award-officer"), repayment).post(award + "/repayments")));
        cases.add(problem(
                "repayment: more than is outstanding",
                422,
                "repayment-exceeds-outstanding",
                () -> json(as("award-officer"), repayment.replace("1000000", "3510001"))
                        .post(repayments)));
        cases.add(invalid(
                "repayment: negative amount",
                "amountVnd",
                () -> json(as("award-officer"), repayment.replace("1000000", "-1"))
                        .post(repayments)));
        cases.add(invalid(
                "repayment: paid in the future",
                "paidOn",
                () -> json(as("award-officer"), repayment.replace("2025-12-01", "2999-01-01"))
                        .post(repayments)));
        cases.add(problem(
                "repayment: award that does not exist",
                404,
                "not-found",
                () -> json(as("award-officer"), repayment).post(AWARDS + "/" + unknownId + "/repayments")));
        cases.add(problem(
                "repayment: recorded by an admin",
                403,
                "forbidden",
                () -> json(as("admin"), repayment).post(repayments)));
        cases.add(problem(
                "recovery of an award that does not exist",
                404,
                "not-found",
                () -> as("award-officer").get(AWARDS + "/" + unknownId + "/repayments")));
        cases.add(problem(
                "recoveries for an agency",
                403,
                "forbidden",
                () -> agency("UBND-BATXAT").get("/api/v1/recoveries")));
        cases.add(invalid(
                "special rewards: schedule code over 40 characters",
                "scheduleCode",
                () -> as("award-officer")
                        .queryParam("scheduleCode", "N".repeat(41))
                        .get(SPECIAL_REWARDS)));
        cases.add(invalid(
                "special rewards: NUL character in the schedule code",
                "scheduleCode",
                () -> as("award-officer")
                        .queryParam("scheduleCode", "NĐ-91\u0000")
                        .get(SPECIAL_REWARDS)));
        cases.add(problem(
                "issuers for an editor", 403, "forbidden", () -> as("editor").get(ISSUERS)));
        cases.add(invalid(
                "recoveries: page size of 0",
                "size",
                () -> as("award-officer").queryParam("size", 0).get("/api/v1/recoveries")));

        // --- /api/v1/blocked-approvals
        cases.add(problem(
                "blocked approvals without a token", 401, "unauthenticated", () -> given().get(BLOCKED_APPROVALS)));
        cases.add(problem(
                "blocked approvals for an agency",
                403,
                "forbidden",
                () -> agency("UBND-BATXAT").get(BLOCKED_APPROVALS)));
        cases.add(problem(
                "blocked approvals for an editor",
                403,
                "forbidden",
                () -> as("editor").get(BLOCKED_APPROVALS)));
        cases.add(invalid(
                "blocked approvals: includeResolved that is not a boolean",
                "includeResolved",
                () -> as("award-officer").queryParam("includeResolved", "yes").get(BLOCKED_APPROVALS)));
        cases.add(invalid(
                "blocked approvals: page size of 201",
                "size",
                () -> as("award-officer").queryParam("size", 201).get(BLOCKED_APPROVALS)));
        cases.add(invalid(
                "blocked approvals: negative page",
                "page",
                () -> as("award-officer").queryParam("page", -1).get(BLOCKED_APPROVALS)));
        cases.add(invalid(
                "blocked approvals: undeclared query parameter",
                "resolved",
                () -> as("award-officer").queryParam("resolved", "true").get(BLOCKED_APPROVALS)));
        cases.add(problem(
                "blocked approval of a nomination never blocked",
                404,
                "not-found",
                () -> as("award-officer").get(BLOCKED_APPROVALS + "/" + unknownId)));
        cases.add(problem(
                "blocked approval of a nomination id that is not a UUID",
                404,
                "not-found",
                () -> as("award-officer").get(BLOCKED_APPROVALS + "/nomination-7")));
        cases.add(problem(
                "POST on the blocked approvals",
                405,
                "method-not-allowed",
                () -> as("award-officer")
                        .contentType(ContentType.JSON)
                        .body("{}")
                        .post(BLOCKED_APPROVALS)));

        // --- POST /api/v1/blocked-approvals/{nominationId}/retry: the board's retry, its optional body
        String retry = BLOCKED_APPROVALS + "/" + f.blockedNomination() + "/retry";
        cases.add(problem("retry without a token", 401, "unauthenticated", () -> given().post(retry)));
        cases.add(problem(
                "retry by an agency",
                403,
                "forbidden",
                () -> agency("UBND-BATXAT").noContentType().post(retry)));
        cases.add(problem(
                "retry by an editor",
                403,
                "forbidden",
                () -> as("editor").noContentType().post(retry)));
        cases.add(invalid(
                "retry: note over 500 characters",
                "note",
                () -> json(as("award-officer"), "{\"note\":\"" + "n".repeat(501) + "\"}")
                        .post(retry)));
        cases.add(invalid(
                "retry: note that is not a string",
                "note",
                () -> json(as("award-officer"), "{\"note\":[\"Đã bổ sung hệ số\"]}")
                        .post(retry)));
        cases.add(invalid(
                "retry: NUL character in the note",
                "note",
                () -> json(as("award-officer"), "{\"note\":\"Đã bổ sung\\u0000 hệ số\"}")
                        .post(retry)));
        cases.add(invalid(
                "retry: unknown field",
                "reason",
                () -> json(as("award-officer"), "{\"reason\":\"Đã bổ sung hệ số\"}")
                        .post(retry)));
        cases.add(problem(
                "retry: malformed JSON",
                400,
                "malformed-json",
                () -> json(as("award-officer"), "{\"note\":").post(retry)));
        cases.add(problem(
                "retry: text/plain body",
                415,
                "unsupported-media-type",
                () -> as("award-officer")
                        .contentType(ContentType.TEXT)
                        .body("Đã bổ sung hệ số")
                        .post(retry)));
        cases.add(problem(
                "retry: form-encoded body",
                415,
                "unsupported-media-type",
                () -> as("award-officer")
                        .contentType(ContentType.URLENC)
                        .formParam("note", "Đã bổ sung hệ số")
                        .post(retry)));
        cases.add(problem(
                "retry of a nomination never blocked",
                404,
                "not-found",
                () -> as("award-officer").noContentType().post(BLOCKED_APPROVALS + "/" + unknownId + "/retry")));
        cases.add(problem(
                "retry: nomination id that is not a UUID",
                404,
                "not-found",
                () -> as("award-officer").noContentType().post(BLOCKED_APPROVALS + "/nomination-7/retry")));
        // the same block as before: refused, and nothing written (no event, no audit entry)
        cases.add(problem(
                "retry of an approval still blocked for the same reason",
                409,
                "still-blocked",
                () -> json(as("award-officer"), "{\"note\":\"Thử lại\"}").post(retry)));
        cases.add(problem(
                "retry of an approval drafted already",
                409,
                "not-blocked",
                () -> as("award-officer")
                        .noContentType()
                        .post(BLOCKED_APPROVALS + "/" + f.unblockedNomination() + "/retry")));
        cases.add(problem(
                "GET on the retry",
                405,
                "method-not-allowed",
                () -> as("award-officer").get(retry)));

        // --- /api/v1/upward-proposals
        String awaiting = UPWARD + "/" + f.awaitingProposal();
        String submitted = UPWARD + "/" + f.submittedProposal();
        String decided = UPWARD + "/" + f.decidedProposal();
        String presidentsDecision =
                "{\"decisionNumber\":\"1234/QĐ-CTN\",\"decisionDate\":\"2025-10-01\",\"issuer\":\"Chủ tịch nước\"}";
        cases.add(problem("upward proposals without a token", 401, "unauthenticated", () -> given().get(UPWARD)));
        cases.add(problem(
                "upward proposals for an agency",
                403,
                "forbidden",
                () -> agency("UBND-BATXAT").get(UPWARD)));
        cases.add(invalid(
                "upward proposals: unknown status filter",
                "status",
                () -> as("award-officer").queryParam("status", "LOST").get(UPWARD)));
        cases.add(invalid(
                "upward proposals: page size of 201",
                "size",
                () -> as("award-officer").queryParam("size", 201).get(UPWARD)));
        cases.add(problem(
                "upward proposal of an unknown nomination",
                404,
                "not-found",
                () -> as("award-officer").get(UPWARD + "/" + unknownId)));
        cases.add(problem(
                "upward decision on an unknown nomination",
                404,
                "not-found",
                () -> json(as("award-officer"), presidentsDecision).post(UPWARD + "/" + unknownId + "/decision")));
        cases.add(problem(
                "upward submission by the admin",
                403,
                "forbidden",
                () -> json(as("admin"), "{\"submissionNumber\":\"109/TTr-UBND\",\"submittedOn\":\"2025-09-10\"}")
                        .post(awaiting + "/submission")));
        cases.add(invalid(
                "upward submission number that does not read as N/TTr-UBND",
                "submissionNumber",
                () -> json(as("award-officer"), "{\"submissionNumber\":\"109/QĐ-UBND\",\"submittedOn\":\"2025-09-10\"}")
                        .post(awaiting + "/submission")));
        cases.add(invalid(
                "upward submission without its date",
                "submittedOn",
                () -> json(as("award-officer"), "{\"submissionNumber\":\"109/TTr-UBND\"}")
                        .post(awaiting + "/submission")));
        cases.add(invalid(
                "upward submission before the council's approval",
                "submittedOn",
                () -> json(
                                as("award-officer"),
                                "{\"submissionNumber\":\"109/TTr-UBND\",\"submittedOn\":\"2025-08-01\"}")
                        .post(awaiting + "/submission")));
        cases.add(problem(
                "upward submission a second time",
                409,
                "already-submitted",
                () -> json(
                                as("award-officer"),
                                "{\"submissionNumber\":\"111/TTr-UBND\",\"submittedOn\":\"2025-09-11\"}")
                        .post(submitted + "/submission")));
        cases.add(problem(
                "upward decision before the submission was recorded",
                409,
                "not-submitted",
                () -> json(as("award-officer"), presidentsDecision).post(awaiting + "/decision")));
        cases.add(invalid(
                "upward decision dated before the submission",
                "decisionDate",
                () -> json(
                                as("award-officer"),
                                "{\"decisionNumber\":\"1234/QĐ-CTN\",\"decisionDate\":\"2025-09-05\","
                                        + "\"issuer\":\"Chủ tịch nước\"}")
                        .post(submitted + "/decision")));
        cases.add(invalid(
                "upward decision numbered as a provincial decision",
                "decisionNumber",
                () -> json(
                                as("award-officer"),
                                "{\"decisionNumber\":\"1234/QĐ-UBND\",\"decisionDate\":\"2025-10-01\","
                                        + "\"issuer\":\"Chủ tịch nước\"}")
                        .post(submitted + "/decision")));
        cases.add(invalid(
                "upward decision by an issuer below the state",
                "issuer",
                () -> json(
                                as("award-officer"),
                                "{\"decisionNumber\":\"1234/QĐ-CTN\",\"decisionDate\":\"2025-10-01\","
                                        + "\"issuer\":\"Chủ tịch UBND tỉnh\"}")
                        .post(submitted + "/decision")));
        cases.add(problem(
                "upward decision by the Prime Minister on the President's form",
                422,
                "issuer-not-authorised",
                () -> json(
                                as("award-officer"),
                                "{\"decisionNumber\":\"345/QĐ-TTg\",\"decisionDate\":\"2025-10-01\","
                                        + "\"issuer\":\"Thủ tướng Chính phủ\"}")
                        .post(submitted + "/decision")));
        cases.add(problem(
                "upward decision paid from a fund without a budget",
                409,
                "no-budget",
                () -> json(
                                as("award-officer"),
                                "{\"decisionNumber\":\"1235/QĐ-CTN\",\"decisionDate\":\"2025-10-01\","
                                        + "\"issuer\":\"Chủ tịch nước\",\"fund\":\"QUY-KHONG-CO\"}")
                        .post(submitted + "/decision")));
        cases.add(invalid(
                "upward decision: fund in lower case",
                "fund",
                () -> json(as("award-officer"), presidentsDecision.replace("}", ",\"fund\":\"quy\"}"))
                        .post(submitted + "/decision")));
        cases.add(problem(
                "a second upward decision",
                409,
                "upward-proposal-answered",
                () -> json(as("award-officer"), presidentsDecision).post(decided + "/decision")));
        cases.add(problem(
                "upward refusal of a decided proposal",
                409,
                "upward-proposal-answered",
                () -> json(as("award-officer"), "{\"reason\":\"Chưa đủ tiêu chuẩn\"}")
                        .post(decided + "/refusal")));
        cases.add(invalid(
                "upward refusal without a reason",
                "reason",
                () -> json(as("award-officer"), "{\"refusedOn\":\"2025-10-05\"}")
                        .post(submitted + "/refusal")));

        // --- /api/v1/admin/audit
        cases.add(problem("audit without a token", 401, "unauthenticated", () -> given().get(AUDIT)));
        cases.add(problem(
                "audit trail for the award officer",
                403,
                "forbidden",
                () -> as("award-officer").get(AUDIT)));
        cases.add(invalid(
                "audit page size of 501",
                "size",
                () -> as("admin").queryParam("size", 501).get(AUDIT)));
        cases.add(invalid(
                "audit negative page",
                "page",
                () -> as("admin").queryParam("page", -3).get(AUDIT)));
        cases.add(invalid(
                "audit actor over 200 characters",
                "actor",
                () -> as("admin").queryParam("actor", "a".repeat(201)).get(AUDIT)));
        cases.add(invalid(
                "audit resourceId over 100 characters",
                "resourceId",
                () -> as("admin").queryParam("resourceId", "1".repeat(101)).get(AUDIT)));
        cases.add(problem(
                "DELETE on the audit trail",
                405,
                "method-not-allowed",
                () -> as("admin").delete(AUDIT)));
        cases.add(problem(
                "POST on the audit trail",
                405,
                "method-not-allowed",
                () -> as("admin")
                        .contentType(ContentType.JSON)
                        .body("{\"action\":\"award.delete\"}")
                        .post(AUDIT)));

        // --- /api/v1/admin/dead-letters
        cases.add(problem("dead letters without a token", 401, "unauthenticated", () -> given().get(DEAD_LETTERS)));
        cases.add(problem(
                "dead letters for the award officer",
                403,
                "forbidden",
                () -> as("award-officer").get(DEAD_LETTERS)));
        cases.add(invalid(
                "dead letters limit of 0",
                "limit",
                () -> as("admin").queryParam("limit", 0).get(DEAD_LETTERS)));
        cases.add(invalid(
                "dead letters limit over 1000",
                "limit",
                () -> as("admin").queryParam("limit", 1_001).get(DEAD_LETTERS)));
        cases.add(problem(
                "DELETE on the dead letters",
                405,
                "method-not-allowed",
                () -> as("admin").delete(DEAD_LETTERS)));
        cases.add(invalid(
                "redrive with a negative limit",
                "limit",
                () -> as("admin").queryParam("limit", -1).post(DEAD_LETTERS + "/redrive")));
        cases.add(problem(
                "GET on the redrive",
                405,
                "method-not-allowed",
                () -> as("admin").get(DEAD_LETTERS + "/redrive")));
        cases.add(problem(
                "redrive by the award officer",
                403,
                "forbidden",
                () -> as("award-officer").post(DEAD_LETTERS + "/redrive")));
        return cases;
    }

    // ------------------------------------------------------------------ fixture and requests

    /** A decision with no awards yet: it cannot be signed. */
    private static String emptyDecision() {
        return json(as("award-officer"), "{\"decisionDate\":\"2025-12-01\",\"signer\":\"Chủ tịch UBND tỉnh\"}")
                .post(DECISIONS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A scheduled ceremony with no awards. */
    private static String ceremony() {
        return json(
                        as("award-officer"),
                        "{\"name\":\"Lễ tổng kết\",\"occasion\":\"ANNUAL_REVIEW\","
                                + "\"ceremonyDate\":\"2026-12-20\",\"place\":\"Hội trường tỉnh\"}")
                .post(CEREMONIES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** An award granted by a signed decision, then revoked: 3,510,000 VND to recover. */
    private static String revokedAward() {
        String award;
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            award = AwardSteps.awaitAward(
                    AwardSteps.approve(kafka, "INDIVIDUAL", "BANG_KHEN_CHU_TICH_UBND_TINH", "2025-09-02"));
        }
        String fund = AwardSteps.newFund();
        AwardSteps.budget(2025, fund, 10_000_000);
        AwardSteps.sign(AwardSteps.decision("2025-09-03", fund, award)).statusCode(200);
        json(as("award-officer"), "{\"reason\":\"Hồ sơ giả\",\"category\":\"FALSE_DOSSIER\"}")
                .post(AWARDS + "/" + award + "/revoke")
                .then()
                .statusCode(200);
        return award;
    }

    /**
     * A nomination whose approval is blocked (a title the catalogue does not know), or with {@code resolved} one whose
     * corrected title drafted it since (a collective's flag for an individual, corrected to his title).
     */
    private static String blockedApproval(boolean resolved) {
        String nominationId;
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            String title = resolved
                    ? "CO_THI_DUA_UBND_TINH"
                    : "KHONG_CO_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
            nominationId = AwardSteps.approve(kafka, "INDIVIDUAL", title, "2025-09-02");
            awaitBlockedApproval(nominationId, false);
            if (resolved) {
                kafka.sendCloudEvent(
                        "nomination.events",
                        nominationId,
                        UUID.randomUUID(),
                        "nomination.title-corrected.v1",
                        """
                        {"nominationId":"%s","agencyCode":"UBND-BATXAT","previousAward":"CO_THI_DUA_UBND_TINH",
                         "proposedAward":"CHIEN_SI_THI_DUA_CAP_TINH","reason":"Đề nghị nhầm danh hiệu",
                         "correctedBy":"test-agency","correctedAt":"%s"}""".formatted(nominationId, Instant.now()));
                awaitBlockedApproval(nominationId, true);
            }
        }
        return nominationId;
    }

    /**
     * A nomination whose approval of a Huân chương was proposed upward: {@code stage} 0 awaits its submission, 1 was
     * submitted (109/TTr-UBND of 2025-09-10), 2 was also decided (1234/QĐ-CTN of 2025-10-01).
     */
    private static String upwardProposal(int stage) {
        String nominationId;
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            nominationId = AwardSteps.approve(kafka, "INDIVIDUAL", "HUAN_CHUONG_LAO_DONG_HANG_BA", "2025-09-02");
        }
        String proposal = UPWARD + "/" + nominationId;
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> as("award-officer").get(proposal).statusCode() == 200);
        if (stage >= 1) {
            json(as("award-officer"), "{\"submissionNumber\":\"109/TTr-UBND\",\"submittedOn\":\"2025-09-10\"}")
                    .post(proposal + "/submission")
                    .then()
                    .statusCode(200);
        }
        if (stage >= 2) {
            // the province pays the reward of the President's decision: charged to a fund of its own
            String fund = AwardSteps.newFund();
            AwardSteps.budget(2025, fund, 100_000_000);
            json(
                            as("award-officer"),
                            "{\"decisionNumber\":\"1299/QĐ-CTN\",\"decisionDate\":\"2025-10-01\","
                                    + "\"issuer\":\"Chủ tịch nước\",\"fund\":\"" + fund + "\"}")
                    .post(proposal + "/decision")
                    .then()
                    .statusCode(200);
        }
        return nominationId;
    }

    private static void awaitBlockedApproval(String nominationId, boolean resolved) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    var response = as("award-officer").get(BLOCKED_APPROVALS + "/" + nominationId);
                    return response.statusCode() == 200
                            && Boolean.valueOf(resolved).equals(response.path("resolved"));
                });
    }

    private static RequestSpecification json(RequestSpecification caller, String body) {
        return caller.contentType(ContentType.JSON).body(body);
    }

    /** One real award, granted from an approval as in production, so that reads of a known id are covered. */
    private static String grantedAward() {
        String nominationId = UUID.randomUUID().toString();
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            kafka.sendCloudEvent("review.events", nominationId, UUID.randomUUID(), "review.decided.v1", """
                    {"caseId":"%s","nominationId":"%s","outcome":"APPROVED","reason":null,"decisionDate":"2025-09-02",
                     "decidedAt":"%s","decidedBy":"council-secretary",
                     "nomination":{"nominationId":"%s","revision":1,"agencyCode":"UBND-BATXAT","movementId":"%s",
                       "movementName":"Phong trào thi đua Nông thôn mới","movementYear":2025,"level":"PROVINCE",
                       "sector":"AGRICULTURE","proposedAward":"GIAY_KHEN",
                       "nominee":{"kind":"INDIVIDUAL","name":"Tẩn Láo Lở","organization":"xã Bản Khoang, Sa Pa",
                                  "targetGroup":"CITIZEN","memberCount":null},
                       "achievements":"Trồng 40 ha chè Shan tuyết.","publicityConsent":true,
                       "submittedAt":"%s"}}""".formatted(
                    UUID.randomUUID(), nominationId, Instant.now(), nominationId, UUID.randomUUID(), Instant.now()));
        }
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> as("award-officer")
                                .queryParam("nominationId", nominationId)
                                .get(AWARDS)
                                .then()
                                .statusCode(200)
                                .extract()
                                .<String>path("[0].id"),
                        id -> id != null);
    }
}
