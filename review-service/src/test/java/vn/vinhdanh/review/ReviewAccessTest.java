package vn.vinhdanh.review;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.vinhdanh.deploy.infra.Callers.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/** A council member sees only the cases assigned to them; only the secretary assigns and records decisions. */
@QuarkusTest
class ReviewAccessTest {

    @Test
    void membersSeeOnlyTheirAssignedCases() {
        String nominationId = UUID.randomUUID().toString();
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            kafka.sendCloudEvent(
                    "nomination.events",
                    nominationId,
                    UUID.randomUUID(),
                    "nomination.submitted.v1",
                    ReviewFlowTest.submitted(nominationId, "Thào Seo Lử"));
        }
        String caseId = await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> as("council-secretary")
                                .queryParam("nominationId", nominationId)
                                .get("/api/v1/reviews")
                                .then()
                                .statusCode(200)
                                .extract()
                                .<String>path("[0].id"),
                        id -> id != null);

        TestCouncil council = TestCouncil.create(3);
        council.take(caseId);
        String memberA = council.voters().get(1);
        String memberB = council.voters().get(2);
        as(memberA, "council-member")
                .contentType(ContentType.JSON)
                .body("{\"memberId\":\"" + memberA + "\"}")
                .post("/api/v1/reviews/" + caseId + "/assignments")
                .then()
                .statusCode(403);
        as("council-secretary")
                .contentType(ContentType.JSON)
                .body("{\"memberId\":\"" + memberA + "\"}")
                .post("/api/v1/reviews/" + caseId + "/assignments")
                .then()
                .statusCode(200)
                .body("assignees", equalTo(List.of(memberA)));

        as(memberA, "council-member").get("/api/v1/reviews/" + caseId).then().statusCode(200);
        as(memberA, "council-member").get("/api/v1/reviews").then().body("id", hasItem(caseId));
        as(memberB, "council-member")
                .get("/api/v1/reviews/" + caseId)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as(memberB, "council-member")
                .get("/api/v1/reviews")
                .then()
                .statusCode(200)
                .body("id", not(hasItem(caseId)));
        as(memberA, "council-member")
                .contentType(ContentType.JSON)
                .body("{\"outcome\":\"APPROVED\"}")
                .post("/api/v1/reviews/" + caseId + "/decision")
                .then()
                .statusCode(403);
        as("agency").get("/api/v1/reviews").then().statusCode(403);
        // RFC 9110: a 405 names the methods the resource allows
        as("council-secretary")
                .delete("/api/v1/reviews/" + caseId)
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", org.hamcrest.Matchers.containsString("GET"));
        given().get("/api/v1/reviews").then().statusCode(401);

        as("admin")
                .queryParam("resourceType", "review-case")
                .queryParam("resourceId", caseId)
                .get("/api/v1/admin/audit")
                .then()
                .statusCode(200)
                .body("find { it.action == 'review.assign' }.actor", equalTo("test-council-secretary"));
    }

    @Test
    void aVotingMemberReadsEveryCaseOnTheirBallotAndDeclaresTheirOwnConflictThere() {
        String caseId = TestCouncil.submit("GIAY_KHEN");
        TestCouncil council = TestCouncil.create(3);
        council.take(caseId);
        String voter = council.voters().get(1);
        // not a reviewer and no ballot yet: the case is not theirs to read
        as(voter, "council-member").get("/api/v1/reviews/" + caseId).then().statusCode(404);

        String meeting =
                council.meeting(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString(), caseId);
        as(voter, "council-member")
                .get("/api/v1/reviews/" + caseId)
                .then()
                .statusCode(200)
                .body("id", equalTo(caseId))
                .body("nomineeName", equalTo("Vàng Thị Mai"));
        as(voter, "council-member")
                .get("/api/v1/reviews/" + caseId + "/score-sheets")
                .then()
                .statusCode(200);
        // a member of another council still finds nothing there
        as("seat-of-another-council", "council-member")
                .get("/api/v1/reviews/" + caseId)
                .then()
                .statusCode(404);

        as(voter, "council-member")
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"Người được đề nghị là em ruột tôi.\"}")
                .post("/api/v1/reviews/" + caseId + "/conflicts")
                .then()
                .statusCode(200);
        as(voter, "council-member")
                .contentType(ContentType.JSON)
                .body("{\"inWriting\":false,\"votes\":[{\"caseId\":\"%s\",\"choice\":\"APPROVE\"}]}".formatted(caseId))
                .post("/api/v1/meetings/" + meeting + "/votes")
                .then()
                .statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("/conflict-of-interest"));
        as("council-secretary")
                .get("/api/v1/reviews/" + caseId + "/conflicts")
                .then()
                .body("declared.memberId", hasItem(voter));
    }
}
