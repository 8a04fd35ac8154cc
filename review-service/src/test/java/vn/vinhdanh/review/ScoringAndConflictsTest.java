package vn.vinhdanh.review;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static vn.vinhdanh.deploy.infra.Callers.as;
import static vn.vinhdanh.review.TestCouncil.REVIEWS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Conflicts of interest, assignment by load, and score sheets from the nomination's criteria snapshot. */
@QuarkusTest
class ScoringAndConflictsTest {

    static final String CRITERIA = """
            {"version":2,"targetGroup":"PUBLIC_EMPLOYEE","items":[
              {"code":"TC1","description":"Hoàn thành xuất sắc nhiệm vụ","weight":3,"required":true},
              {"code":"TC2","description":"Có sáng kiến được công nhận","weight":1,"required":false}]}""";

    @Test
    void aMemberOfTheNominatingAgencyIsNeverAssignedUnlessTheChairOverrides() {
        TestCouncil council = TestCouncil.create("PROVINCE", 3, "SO-GDDT");
        String conflicted = council.voters().get(1);
        String caseId = TestCouncil.submit(
                UUID.randomUUID().toString(), 1, "PROVINCE", "SO-GDDT", "BANG_KHEN_CHU_TICH_UBND_TINH", CRITERIA);
        council.take(caseId);

        assign(caseId, conflicted)
                .then()
                .statusCode(409)
                .body("type", endsWith("/conflict-of-interest"))
                .body("detail", org.hamcrest.Matchers.containsString("nominating agency SO-GDDT"));
        assign(caseId, "someone-else").then().statusCode(400).body("errors[0].field", equalTo("memberId"));
        assign(caseId, council.secretary()).then().statusCode(400).body("errors[0].field", equalTo("memberId"));

        // automatic assignment passes over the conflicted member
        as("council-secretary")
                .contentType(ContentType.JSON)
                .body("{\"caseIds\":[\"%s\"],\"reviewersPerCase\":3}".formatted(caseId))
                .post(REVIEWS + "/assignments/auto")
                .then()
                .statusCode(200)
                .body(
                        "[0].assignees",
                        containsInAnyOrder(
                                council.voters().get(0), council.voters().get(2)));

        // only the chair overrides, with a reason, and it is logged
        override(council.voters().get(2), caseId, conflicted).then().statusCode(403);
        override(council.chair(), caseId, conflicted).then().statusCode(200);
        assign(caseId, conflicted).then().statusCode(200).body("assignees", hasItem(conflicted));
        as("admin")
                .queryParam("resourceType", "review-case")
                .queryParam("resourceId", caseId)
                .get("/api/v1/admin/audit")
                .then()
                .body("action", hasItem("review.conflict.override"));
    }

    @Test
    void automaticAssignmentBalancesTheLoad() {
        TestCouncil council = TestCouncil.create(4);
        List<String> cases = List.of(TestCouncil.submit("GIAY_KHEN"), TestCouncil.submit("GIAY_KHEN"));
        cases.forEach(council::take);
        List<List<String>> assignees = as("council-secretary")
                .contentType(ContentType.JSON)
                .body("{\"caseIds\":[\"%s\",\"%s\"],\"reviewersPerCase\":2}".formatted(cases.get(0), cases.get(1)))
                .post(REVIEWS + "/assignments/auto")
                .then()
                .statusCode(200)
                .extract()
                .path("assignees");
        // four members, two cases of two: everybody reviews exactly one
        org.assertj.core.api.Assertions.assertThat(
                        assignees.stream().flatMap(List::stream).sorted().toList())
                .isEqualTo(council.voters().stream().sorted().toList());
    }

    @Test
    void scoreSheetsAreWeightedLockedAndSeenOnlyAfterOnesOwn() {
        TestCouncil council = TestCouncil.create(3);
        String a = council.voters().get(1);
        String b = council.voters().get(2);
        String caseId = TestCouncil.submit(
                UUID.randomUUID().toString(), 1, "PROVINCE", "SO-YTE", "BANG_KHEN_CHU_TICH_UBND_TINH", CRITERIA);
        council.take(caseId);
        assign(caseId, a).then().statusCode(200);
        assign(caseId, b).then().statusCode(200);
        as(a, "council-member")
                .get(REVIEWS + "/" + caseId)
                .then()
                .statusCode(200)
                .body("criteria.code", contains("TC1", "TC2"));

        sheet(a, caseId, "{\"scores\":[{\"criterionCode\":\"TC9\",\"score\":5}]}")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("scores[0].criterionCode"));
        sheet(a, caseId, "{\"scores\":[{\"criterionCode\":\"TC1\",\"score\":10.5}]}")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("scores[0].score"));
        sheet(a, caseId, "{\"scores\":[{\"criterionCode\":\"TC2\",\"score\":6}]}")
                .then()
                .statusCode(200);
        submit(a, caseId).then().statusCode(422).body("type", endsWith("/sheet-incomplete"));

        sheet(a, caseId, """
                {"scores":[{"criterionCode":"TC1","score":8},{"criterionCode":"TC2","score":6,"comment":"Sáng kiến cấp trường"}],
                 "comment":"Đủ tiêu chuẩn"}""").then().statusCode(200).body("weightedTotal", equalTo(7.5f));
        sheet(b, caseId, "{\"scores\":[{\"criterionCode\":\"TC1\",\"score\":9.5}]}")
                .then()
                .statusCode(200);
        submit(a, caseId).then().statusCode(200).body("status", equalTo("SUBMITTED"));

        // b has not submitted: b sees only b's own sheet; a, who has, sees neither b's draft
        as(b, "council-member")
                .get(REVIEWS + "/" + caseId + "/score-sheets")
                .then()
                .body("memberId", contains(b));
        as(a, "council-member")
                .get(REVIEWS + "/" + caseId + "/score-sheets")
                .then()
                .body("memberId", contains(a));
        submit(b, caseId).then().statusCode(200);
        as(b, "council-member")
                .get(REVIEWS + "/" + caseId + "/score-sheets")
                .then()
                .body("memberId", containsInAnyOrder(a, b));
        // (7.5 + 9.5) / 2
        as("council-secretary")
                .get(REVIEWS + "/" + caseId)
                .then()
                .body("weightedTotal", equalTo(8.5f))
                .body("submittedSheets", equalTo(2));

        // locked once submitted, until the secretary unlocks it with a reason
        sheet(a, caseId, "{\"scores\":[{\"criterionCode\":\"TC1\",\"score\":2}]}")
                .then()
                .statusCode(409)
                .body("type", endsWith("/sheet-locked"));
        as("council-secretary")
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"Thành viên xin chấm lại TC2\"}")
                .post(REVIEWS + "/" + caseId + "/score-sheets/" + a + "/unlock")
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"));
        as("council-secretary")
                .get(REVIEWS + "/" + caseId)
                .then()
                .body("weightedTotal", equalTo(9.5f))
                .body("submittedSheets", equalTo(1));
        sheet(a, caseId, "{\"scores\":[{\"criterionCode\":\"TC1\",\"score\":2}]}")
                .then()
                .statusCode(200);
        as("admin")
                .queryParam("resourceType", "review-case")
                .queryParam("resourceId", caseId)
                .get("/api/v1/admin/audit")
                .then()
                .body("action", hasItem("review.sheet.unlock"));

        // a member who is not assigned cannot score
        sheet(council.chair(), caseId, "{\"scores\":[]}").then().statusCode(404);
    }

    @Test
    void aDeclaredConflictTakesTheMemberOffTheCaseAndDropsTheirScores() {
        TestCouncil council = TestCouncil.create(3);
        String a = council.voters().get(1);
        String caseId = TestCouncil.submit(
                UUID.randomUUID().toString(), 1, "PROVINCE", "SO-YTE", "BANG_KHEN_CHU_TICH_UBND_TINH", CRITERIA);
        council.take(caseId);
        assign(caseId, a).then().statusCode(200);
        sheet(a, caseId, "{\"scores\":[{\"criterionCode\":\"TC1\",\"score\":7}]}")
                .then()
                .statusCode(200);
        submit(a, caseId).then().statusCode(200);

        as(a, "council-member")
                .contentType(ContentType.JSON)
                .body("{\"memberId\":\"%s\",\"reason\":\"x\"}".formatted(council.chair()))
                .post(REVIEWS + "/" + caseId + "/conflicts")
                .then()
                .statusCode(403);
        as(a, "council-member")
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"Người được đề nghị là em ruột tôi\"}")
                .post(REVIEWS + "/" + caseId + "/conflicts")
                .then()
                .statusCode(200)
                .body("assignees", empty())
                .body("submittedSheets", equalTo(0));
        as(a, "council-member").get(REVIEWS + "/" + caseId).then().statusCode(404);
        as(a, "council-member").get(REVIEWS).then().body("id", not(hasItem(caseId)));
        assign(caseId, a).then().statusCode(409).body("type", endsWith("/conflict-of-interest"));
        as("council-secretary")
                .get(REVIEWS + "/" + caseId + "/conflicts")
                .then()
                .body("declared", hasSize(1))
                .body("declared[0].memberId", equalTo(a));

        // nor does the conflicted member vote on it
        String meeting = council.meeting(java.time.LocalDate.now().toString(), caseId);
        as(a, "council-member")
                .contentType(ContentType.JSON)
                .body("{\"inWriting\":false,\"votes\":[{\"caseId\":\"%s\",\"choice\":\"APPROVE\"}]}".formatted(caseId))
                .post("/api/v1/meetings/" + meeting + "/votes")
                .then()
                .statusCode(409)
                .body("type", endsWith("/conflict-of-interest"));
        as("council-secretary").get(REVIEWS + "/" + caseId + "/ballot").then().body("eligible", equalTo(2));
    }

    static Response assign(String caseId, String member) {
        return as("council-secretary")
                .contentType(ContentType.JSON)
                .body("{\"memberId\":\"" + member + "\"}")
                .post(REVIEWS + "/" + caseId + "/assignments");
    }

    static Response override(String caller, String caseId, String member) {
        return as(caller, "council-member")
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"Hội đồng thiếu thành viên am hiểu lĩnh vực giáo dục\"}")
                .post(REVIEWS + "/" + caseId + "/conflicts/" + member + "/override");
    }

    static Response sheet(String member, String caseId, String body) {
        return as(member, "council-member")
                .contentType(ContentType.JSON)
                .body(body)
                .put(REVIEWS + "/" + caseId + "/score-sheets/mine");
    }

    static Response submit(String member, String caseId) {
        return as(member, "council-member").post(REVIEWS + "/" + caseId + "/score-sheets/mine/submit");
    }
}
