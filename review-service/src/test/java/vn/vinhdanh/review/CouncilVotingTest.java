package vn.vinhdanh.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.vinhdanh.deploy.infra.Callers.as;
import static vn.vinhdanh.review.TestCouncil.REVIEWS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Councils, secret ballots under the title's rule, and the decisions that follow from them. */
@QuarkusTest
class CouncilVotingTest {

    private static final String TODAY =
            LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();

    @Test
    void aCaseOpensInTheCouncilInForceForItsLevel() {
        String councilId = as("council-secretary")
                .contentType(ContentType.JSON)
                .body("""
                        {"name":"Hội đồng TĐKT Công ty Apatit Việt Nam","level":"ENTERPRISE","validFrom":"%s",
                         "members":[{"memberId":"ent-chair","fullName":"Nguyễn Văn A","position":"CHAIR"},
                                    {"memberId":"ent-sec","fullName":"Lê Thị B","position":"SECRETARY"}]}""".formatted(LocalDate.now().minusDays(1)))
                .post("/api/v1/councils")
                .then()
                .statusCode(201)
                .body("members.votes", equalTo(List.of(true, false)))
                .extract()
                .path("id");
        String caseId = TestCouncil.submit(
                UUID.randomUUID().toString(), 1, "ENTERPRISE", "CTY-APATIT", "LAO_DONG_TIEN_TIEN", null);
        as("council-secretary")
                .get(REVIEWS + "/" + caseId)
                .then()
                .body("councilId", equalTo(councilId))
                .body("dueOn", org.hamcrest.Matchers.notNullValue())
                .body("overdue", equalTo(false));
    }

    @Test
    void ninetyPercentOfAllMembersForTheProvincialEmulationFighterTitle() {
        TestCouncil council = TestCouncil.create(10);
        String carried = TestCouncil.submit("CHIEN_SI_THI_DUA_CAP_TINH");
        String short1 = TestCouncil.submit("CHIEN_SI_THI_DUA_CAP_TINH");
        council.take(carried);
        council.take(short1);
        String meeting = council.meeting(TODAY, carried, short1);

        // 9 of 10 approve the first (one of them in writing); 8 of 10 the second
        for (int i = 0; i < 10; i++) {
            String member = council.voters().get(i);
            council.vote(meeting, member, carried, i < 9 ? "APPROVE" : "REJECT", i == 8);
            if (i < 9) {
                council.vote(meeting, member, short1, i < 8 ? "APPROVE" : "ABSTAIN", false);
            }
        }
        // while the ballot is open, nobody sees the counts, only how many have voted
        as("council-secretary")
                .get(REVIEWS + "/" + carried + "/ballot")
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("participants", equalTo(10))
                .body("approvals", nullValue());
        as("council-secretary")
                .contentType(ContentType.JSON)
                .body("{\"outcome\":\"APPROVED\"}")
                .post(REVIEWS + "/" + carried + "/decision")
                .then()
                .statusCode(409)
                .body("type", endsWith("/vote-required"));

        // voting twice, voting from the secretary's seat, voting on a case not on the agenda
        as(council.voters().get(0), "council-member")
                .contentType(ContentType.JSON)
                .body("{\"inWriting\":false,\"votes\":[{\"caseId\":\"%s\",\"choice\":\"APPROVE\"}]}".formatted(carried))
                .post("/api/v1/meetings/" + meeting + "/votes")
                .then()
                .statusCode(409)
                .body("type", endsWith("/already-voted"));
        as(council.secretary(), "council-member")
                .contentType(ContentType.JSON)
                .body("{\"inWriting\":false,\"votes\":[{\"caseId\":\"%s\",\"choice\":\"APPROVE\"}]}".formatted(carried))
                .post("/api/v1/meetings/" + meeting + "/votes")
                .then()
                .statusCode(403);
        as(council.voters().get(9), "council-member")
                .contentType(ContentType.JSON)
                .body("{\"inWriting\":false,\"votes\":[{\"caseId\":\"%s\",\"choice\":\"APPROVE\"}]}"
                        .formatted(UUID.randomUUID()))
                .post("/api/v1/meetings/" + meeting + "/votes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("votes[0].caseId"));

        council.close(meeting);
        as("council-secretary")
                .get(REVIEWS + "/" + carried + "/ballot")
                .then()
                .body("approvals", equalTo(9))
                .body("rejections", equalTo(1))
                .body("inWriting", equalTo(1))
                .body("passed", equalTo(true))
                .body("rule.approvalPercent", equalTo(90))
                .body("rule.approvalBase", equalTo("ALL_MEMBERS"));
        as("council-secretary")
                .get(REVIEWS + "/" + short1 + "/ballot")
                .then()
                .body("approvals", equalTo(8))
                .body("abstentions", equalTo(1))
                .body("participants", equalTo(9))
                .body("passed", equalTo(false))
                .body("explanation", containsString("8 approvals of 10 members"));
        as(council.voters().get(9), "council-member")
                .contentType(ContentType.JSON)
                .body("{\"inWriting\":true,\"votes\":[{\"caseId\":\"%s\",\"choice\":\"APPROVE\"}]}".formatted(short1))
                .post("/api/v1/meetings/" + meeting + "/votes")
                .then()
                .statusCode(409)
                .body("type", endsWith("/meeting-closed"));

        as("council-secretary")
                .contentType(ContentType.JSON)
                .body("{\"outcome\":\"APPROVED\"}")
                .post(REVIEWS + "/" + short1 + "/decision")
                .then()
                .statusCode(409)
                .body("type", endsWith("/vote-not-carried"));

        // the bulk decision applies the results: approve the carried case, reject the other with the tally
        as("council-secretary")
                .post("/api/v1/meetings/" + meeting + "/decisions")
                .then()
                .statusCode(200)
                .body("status", equalTo(List.of(200, 200)));
        as("council-secretary").get(REVIEWS + "/" + carried).then().body("outcome", equalTo("APPROVED"));
        as("council-secretary")
                .get(REVIEWS + "/" + short1)
                .then()
                .body("outcome", equalTo("REJECTED"))
                .body("reason", containsString("Không đạt tỷ lệ phiếu bầu"));

        String csv = as("council-secretary")
                .get("/api/v1/meetings/" + meeting + "/cases.csv")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        assertThat(csv.lines().toList()).hasSize(3);
        assertThat(csv)
                .contains("\"Vàng Thị Mai\"")
                .contains(",9,1,0,CLOSED,true,APPROVED,")
                .contains(",8,0,1,CLOSED,false,REJECTED,");

        as("admin")
                .queryParam("resourceType", "meeting")
                .queryParam("resourceId", meeting)
                .get("/api/v1/admin/audit")
                .then()
                .statusCode(200)
                .body(
                        "action",
                        org.hamcrest.Matchers.hasItems("review.meeting.open", "review.vote", "review.meeting.close"));
    }

    @Test
    void aSimpleMajorityOfBallotsCastCarriesOtherTitlesAndAQuorumIsNeeded() {
        TestCouncil council = TestCouncil.create(5);
        String majority = TestCouncil.submit("GIAY_KHEN");
        String noQuorum = TestCouncil.submit("GIAY_KHEN");
        council.take(majority);
        council.take(noQuorum);
        String meeting = council.meeting(TODAY, majority, noQuorum);
        council.vote(meeting, council.voters().get(0), majority, "APPROVE", false);
        council.vote(meeting, council.voters().get(1), majority, "APPROVE", false);
        council.vote(meeting, council.voters().get(2), majority, "REJECT", false);
        council.vote(meeting, council.voters().get(0), noQuorum, "APPROVE", false);
        council.vote(meeting, council.voters().get(1), noQuorum, "APPROVE", false);
        council.close(meeting);
        as("council-secretary").get(REVIEWS + "/" + majority + "/ballot").then().body("passed", equalTo(true));
        as("council-secretary")
                .get(REVIEWS + "/" + noQuorum + "/ballot")
                .then()
                .body("passed", equalTo(false))
                .body("explanation", containsString("quorum > 50%: not met"));
    }

    @Test
    void aTitleWithAPublicCommentPeriodIsNotVotedOrDecidedBeforeItEnds() {
        TestCouncil council = TestCouncil.create(3);
        String caseId = TestCouncil.submit("ANH_HUNG_LAO_DONG");
        council.take(caseId);
        as("council-secretary")
                .contentType(ContentType.JSON)
                .body("{\"councilId\":\"%s\",\"title\":\"Phiên họp\",\"heldOn\":\"%s\",\"caseIds\":[\"%s\"]}"
                        .formatted(council.id(), TODAY, caseId))
                .post("/api/v1/meetings")
                .then()
                .statusCode(409)
                .body("type", endsWith("/public-comment-required"));
        as("council-secretary")
                .contentType(ContentType.JSON)
                .body("{\"from\":\"2025-11-03\",\"workingDays\":5}")
                .post(REVIEWS + "/" + caseId + "/public-comment")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("workingDays"));

        // 10 working days from Monday 3 November 2025 end on Friday 14 November
        as("council-secretary")
                .contentType(ContentType.JSON)
                .body("{\"from\":\"2025-11-03\"}")
                .post(REVIEWS + "/" + caseId + "/public-comment")
                .then()
                .statusCode(200)
                .body("publicCommentUntil", equalTo("2025-11-14"));
        as("council-secretary")
                .contentType(ContentType.JSON)
                .body("{\"councilId\":\"%s\",\"title\":\"Phiên họp\",\"heldOn\":\"2025-11-14\",\"caseIds\":[\"%s\"]}"
                        .formatted(council.id(), caseId))
                .post("/api/v1/meetings")
                .then()
                .statusCode(409)
                .body("type", endsWith("/public-comment-open"));
        String meeting = council.meeting("2025-11-17", caseId);
        council.voters().forEach(member -> council.vote(meeting, member, caseId, "APPROVE", false));
        council.close(meeting);
        as("council-secretary")
                .contentType(ContentType.JSON)
                .body("{\"outcome\":\"APPROVED\"}")
                .post(REVIEWS + "/" + caseId + "/decision")
                .then()
                .statusCode(200)
                .body("outcome", equalTo("APPROVED"));
    }

    @Test
    void voteRulesAreConfiguredByTheAdministrator() {
        as("council-secretary")
                .queryParam("awardCode", "CHIEN_SI_THI_DUA_CAP_TINH")
                .queryParam("level", "PROVINCE")
                .queryParam("on", "2020-05-01")
                .get("/api/v1/vote-rules/applicable")
                .then()
                .statusCode(200)
                .body("approvalPercent", equalTo(90))
                .body("memberBase", equalTo("FULL_MEMBERSHIP"))
                .body("legalBasis", containsString("NĐ 91/2017/NĐ-CP Điều 45 khoản 8"))
                .body("verified", equalTo(true));
        String rule = """
                {"awardCode":"CO_THI_DUA_UBND_TINH","level":"PROVINCE","quorumPercent":66,"quorumInclusive":true,
                 "approvalPercent":75,"approvalInclusive":true,"approvalBase":"ALL_MEMBERS","publicCommentDays":0,
                 "legalBasis":"Quy chế hội đồng tỉnh (thử nghiệm)","verified":false}""";
        TestCatalogue.publish("CO_THI_DUA_UBND_TINH");
        as("council-secretary")
                .contentType(ContentType.JSON)
                .body(rule)
                .put("/api/v1/vote-rules")
                .then()
                .statusCode(403);
        as("admin")
                .contentType(ContentType.JSON)
                .body(rule)
                .put("/api/v1/vote-rules")
                .then()
                .statusCode(200);
        as("council-secretary")
                .queryParam("awardCode", "CO_THI_DUA_UBND_TINH")
                .queryParam("level", "PROVINCE")
                .get("/api/v1/vote-rules/applicable")
                .then()
                .body("approvalPercent", equalTo(75));
        // the default applies to a level the specific rule does not name
        as("council-secretary")
                .queryParam("awardCode", "CO_THI_DUA_UBND_TINH")
                .queryParam("level", "COMMUNE")
                .get("/api/v1/vote-rules/applicable")
                .then()
                .body("approvalPercent", equalTo(50))
                .body("awardCode", nullValue());
    }
}
