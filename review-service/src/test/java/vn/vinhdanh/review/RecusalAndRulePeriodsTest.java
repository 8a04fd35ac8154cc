package vn.vinhdanh.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.vinhdanh.deploy.infra.Callers.as;
import static vn.vinhdanh.review.TestCouncil.REVIEWS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "The law, round two": a 90 % rule counts the council's whole membership, a recused member as not approving; a
 * conflict weighs the same whether declared before the ballot opened or during it; each ballot votes under the rule,
 * and cites the legal basis, in force on its meeting's day; a due date before the case opened is refused.
 */
@QuarkusTest
class RecusalAndRulePeriodsTest {

    private static final String TODAY =
            LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    private static final String PROVINCIAL_FIGHTER = "CHIEN_SI_THI_DUA_CAP_TINH";

    @Test
    void aNinetyPercentBallotWithARecusedMemberCountsTheWholeMembership() {
        TestCouncil council = TestCouncil.create(7);
        String caseId = TestCouncil.submit(PROVINCIAL_FIGHTER);
        council.take(caseId);
        declareConflict(caseId, council.voters().get(6)).then().statusCode(200);
        String meeting = council.meeting(TODAY, caseId);
        council.voters().subList(0, 6).forEach(m -> council.vote(meeting, m, caseId, "APPROVE", false));
        council.close(meeting);

        as("council-secretary")
                .get(REVIEWS + "/" + caseId + "/ballot")
                .then()
                .statusCode(200)
                .body("members", equalTo(7))
                .body("recused", equalTo(1))
                .body("eligible", equalTo(6))
                .body("approvals", equalTo(6))
                .body("passed", equalTo(false))
                .body("rule.memberBase", equalTo("FULL_MEMBERSHIP"))
                .body("explanation", containsString("6 of 7 members took part"))
                .body(
                        "explanation",
                        endsWith("6/7 = 85.7 % < 90 % (base: all 7 members, 1 recused counted as not approving)"));
        as("council-secretary")
                .contentType(ContentType.JSON)
                .body("{\"outcome\":\"APPROVED\"}")
                .post(REVIEWS + "/" + caseId + "/decision")
                .then()
                .statusCode(409)
                .body("type", endsWith("/vote-not-carried"))
                .body("detail", containsString("6/7 = 85.7 %"));
    }

    @Test
    void aConflictDeclaredAfterTheBallotOpenedWeighsAsOneDeclaredBefore() {
        // the whole membership: six of seven fail the 90 % either way
        JsonPath[] full = beforeAndAfterOpening(PROVINCIAL_FIGHTER);
        assertThat(full[0].getBoolean("passed")).isFalse();
        assertThat(full[0].getString("explanation")).contains("6/7 = 85.7 % < 90 % (base: all 7 members");

        // the voting members: the recused member leaves the base either way, and six of six carry
        String award = TestCatalogue.freshTitle();
        putRule("""
                {"awardCode":"%s","quorumPercent":50,"quorumInclusive":false,"approvalPercent":90,
                 "approvalInclusive":true,"approvalBase":"ALL_MEMBERS","memberBase":"VOTING_MEMBERS",
                 "publicCommentDays":0,"legalBasis":"Quy chế thử nghiệm","verified":false}""".formatted(award)).then().statusCode(200).body("memberBase", equalTo("VOTING_MEMBERS"));
        JsonPath[] voting = beforeAndAfterOpening(award);
        assertThat(voting[0].getBoolean("passed")).isTrue();
        assertThat(voting[0].getString("explanation"))
                .endsWith("6/6 = 100.0 % ≥ 90 % (base: the 6 members entitled to vote, 1 recused left out)");
    }

    /**
     * Two cases of {@code award} on one meeting of a seven-member council; the same member is recused from the first
     * before the meeting opens and from the second while it votes; the six others approve both. Checks that both
     * ballots came out the same and returns them (closed).
     */
    private static JsonPath[] beforeAndAfterOpening(String award) {
        TestCouncil council = TestCouncil.create(7);
        String recused = council.voters().get(6);
        String before = TestCouncil.submit(award);
        String after = TestCouncil.submit(award);
        council.take(before);
        council.take(after);
        declareConflict(before, recused).then().statusCode(200);
        String meeting = council.meeting(TODAY, before, after);
        ballot(after).then().body("eligible", equalTo(7));

        declareConflict(after, recused).then().statusCode(200);
        // the open ballot follows at once: the member is out of those who may vote, and may not vote
        ballot(after).then().body("eligible", equalTo(6)).body("recused", equalTo(1));
        as(recused, "council-member")
                .contentType(ContentType.JSON)
                .body("{\"inWriting\":false,\"votes\":[{\"caseId\":\"%s\",\"choice\":\"APPROVE\"}]}".formatted(after))
                .post("/api/v1/meetings/" + meeting + "/votes")
                .then()
                .statusCode(409)
                .body("type", endsWith("/conflict-of-interest"));
        for (String member : council.voters().subList(0, 6)) {
            council.vote(meeting, member, before, "APPROVE", false);
            council.vote(meeting, member, after, "APPROVE", false);
        }
        // once a secret paper is in it cannot be taken out, so a conflict is not recorded over it
        declareConflict(after, council.voters().get(5)).then().statusCode(409).body("type", endsWith("/already-voted"));
        council.close(meeting);

        JsonPath[] ballots = {
            ballot(before).then().extract().jsonPath(),
            ballot(after).then().extract().jsonPath()
        };
        for (String field : List.of("members", "eligible", "recused", "participants", "approvals", "passed")) {
            assertThat(ballots[1].getString(field)).as(field).isEqualTo(ballots[0].getString(field));
        }
        assertThat(ballots[0].getInt("members")).isEqualTo(7);
        assertThat(ballots[0].getInt("eligible")).isEqualTo(6);
        assertThat(ballots[1].getString("explanation")).isEqualTo(ballots[0].getString("explanation"));
        return ballots;
    }

    @Test
    void eachBallotCitesTheRuleInForceOnItsMeetingDay() {
        TestCouncil council = TestCouncil.create(3);
        String in2025 = TestCouncil.submit(PROVINCIAL_FIGHTER);
        String in2024 = TestCouncil.submit(PROVINCIAL_FIGHTER);
        String in2023 = TestCouncil.submit(PROVINCIAL_FIGHTER);
        for (String caseId : List.of(in2025, in2024, in2023)) {
            council.take(caseId);
        }
        council.meeting("2025-09-15", in2025);
        council.meeting("2024-05-02", in2024);
        council.meeting("2023-06-01", in2023);

        ballot(in2025)
                .then()
                .body("rule.legalBasis", containsString("NĐ 152/2025/NĐ-CP (hiệu lực 01/07/2025)"))
                .body("rule.legalBasis", not(containsString("91/2017")))
                .body("rule.memberBase", equalTo("FULL_MEMBERSHIP"))
                .body("rule.approvalPercent", equalTo(90));
        ballot(in2024)
                .then()
                .body("rule.legalBasis", containsString("NĐ 98/2023/NĐ-CP"))
                .body("rule.legalBasis", not(containsString("91/2017")));
        ballot(in2023).then().body("rule.legalBasis", containsString("NĐ 91/2017/NĐ-CP Điều 45 khoản 8"));

        applicable(PROVINCIAL_FIGHTER, "2025-06-30")
                .then()
                .body("validFrom", equalTo("2024-01-01"))
                .body("validTo", equalTo("2025-06-30"))
                .body("verified", equalTo(false));
        applicable(PROVINCIAL_FIGHTER, "2025-07-01")
                .then()
                .body("validFrom", equalTo("2025-07-01"))
                .body("validTo", nullValue());
        // a title without a rule of its own falls back on the default of the day's law
        applicable("GIAY_KHEN", "2023-12-31").then().body("legalBasis", containsString("Luật TĐKT 2003"));
        applicable("GIAY_KHEN", "2024-01-01").then().body("legalBasis", containsString("Luật TĐKT 2022"));
    }

    @Test
    void periodsOfOneTitleFollowEachOtherWithoutOverlapAndTheDefaultWithoutAGap() {
        String award = TestCatalogue.freshTitle();
        String rule = """
                {"awardCode":"%s","level":"PROVINCE","quorumPercent":50,"quorumInclusive":false,
                 "approvalPercent":%d,"approvalInclusive":true,"approvalBase":"VOTES_CAST","publicCommentDays":0,
                 "legalBasis":"Quy chế %s","verified":false,"validFrom":%s,"validTo":%s}""";
        putRule(rule.formatted(award, 75, "2024", "\"2024-01-01\"", "\"2024-12-31\""))
                .then()
                .statusCode(200)
                .body("memberBase", equalTo("VOTING_MEMBERS"))
                .body("id", notNullValue());
        putRule(rule.formatted(award, 80, "chồng lấn", "\"2024-06-01\"", "null"))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/vote-rule-overlap"));
        putRule(rule.formatted(award, 80, "ngược", "\"2025-06-01\"", "\"2025-01-01\""))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("validTo"));
        putRule(rule.formatted(award, 80, "2025", "\"2025-01-01\"", "null"))
                .then()
                .statusCode(200);

        as("council-secretary")
                .queryParam("awardCode", award)
                .queryParam("level", "PROVINCE")
                .queryParam("on", "2024-03-01")
                .get("/api/v1/vote-rules/applicable")
                .then()
                .body("approvalPercent", equalTo(75));
        as("council-secretary")
                .queryParam("awardCode", award)
                .queryParam("level", "PROVINCE")
                .queryParam("on", "2026-03-01")
                .get("/api/v1/vote-rules/applicable")
                .then()
                .body("approvalPercent", equalTo(80));
        // a period from a later day ends the open-ended one the day before
        putRule(rule.formatted(award, 85, "2027", "\"2027-01-01\"", "null"))
                .then()
                .statusCode(200);
        as("council-secretary")
                .queryParam("awardCode", award)
                .queryParam("level", "PROVINCE")
                .queryParam("on", "2026-12-31")
                .get("/api/v1/vote-rules/applicable")
                .then()
                .body("approvalPercent", equalTo(80))
                .body("validTo", equalTo("2026-12-31"));
        as("council-secretary")
                .queryParam("awardCode", award)
                .queryParam("level", "PROVINCE")
                .queryParam("on", "2027-01-01")
                .get("/api/v1/vote-rules/applicable")
                .then()
                .body("approvalPercent", equalTo(85));

        // ending the default's current period would leave the days after it without any rule
        putRule("""
                {"quorumPercent":50,"quorumInclusive":false,"approvalPercent":50,"approvalInclusive":false,
                 "approvalBase":"VOTES_CAST","publicCommentDays":0,"legalBasis":"Luật TĐKT 2022","verified":false,
                 "validFrom":"2024-01-01","validTo":"2030-12-31",
                 "reason":"Thử kết thúc giai đoạn hiện hành"}""").then().statusCode(409).body("type", endsWith("/vote-rule-gap"));
        applicable("GIAY_KHEN", "2031-01-01").then().statusCode(200).body("validTo", nullValue());
    }

    @Test
    void aDueDateBeforeTheCaseOpenedIsRefused() {
        String caseId = TestCouncil.submit("GIAY_KHEN");
        as("council-secretary")
                .contentType(ContentType.JSON)
                .body("{\"dueOn\":\"2020-01-01\"}")
                .put(REVIEWS + "/" + caseId + "/due-date")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("dueOn"))
                .body("errors[0].reason", containsString("the day the case opened"));
        as("council-secretary")
                .header("Accept-Language", "vi")
                .contentType(ContentType.JSON)
                .body("{\"dueOn\":\"2020-01-01\"}")
                .put(REVIEWS + "/" + caseId + "/due-date")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("dueOn"))
                .body("errors[0].reason", containsString("ngày hồ sơ được mở"));
        // the day it opened is a due date it may have
        as("council-secretary")
                .contentType(ContentType.JSON)
                .body("{\"dueOn\":\"" + TODAY + "\"}")
                .put(REVIEWS + "/" + caseId + "/due-date")
                .then()
                .statusCode(200)
                .body("dueOn", equalTo(TODAY));
    }

    private static io.restassured.response.Response declareConflict(String caseId, String member) {
        return as("council-secretary")
                .contentType(ContentType.JSON)
                .body("{\"memberId\":\"%s\",\"reason\":\"Người được đề nghị là người thân\"}".formatted(member))
                .post(REVIEWS + "/" + caseId + "/conflicts");
    }

    private static io.restassured.response.Response ballot(String caseId) {
        return as("council-secretary").get(REVIEWS + "/" + caseId + "/ballot");
    }

    private static io.restassured.response.Response applicable(String award, String on) {
        return as("council-secretary")
                .queryParam("awardCode", award)
                .queryParam("level", "PROVINCE")
                .queryParam("on", on)
                .get("/api/v1/vote-rules/applicable");
    }

    private static io.restassured.response.Response putRule(String body) {
        return as("admin").contentType(ContentType.JSON).body(body).put("/api/v1/vote-rules");
    }
}
