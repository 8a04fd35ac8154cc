package vn.vinhdanh.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static vn.vinhdanh.deploy.infra.Callers.as;
import static vn.vinhdanh.review.TestCouncil.REVIEWS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;
import vn.vinhdanh.review.domain.ReviewCase;
import vn.vinhdanh.review.service.ReminderJob;

/** Return for information and resubmission as a new round; withdrawal; due dates and reminders. */
@QuarkusTest
class RoundsAndDeadlinesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ReminderJob reminders;

    @Test
    void aReturnedCaseResumesAsANewRoundWithItsReviewersAndKeepsTheEarlierScores() {
        TestCouncil council = TestCouncil.create(3);
        String reviewer = council.voters().get(1);
        String nominationId = UUID.randomUUID().toString();
        String round1 = TestCouncil.submit(
                nominationId,
                1,
                "PROVINCE",
                "SO-YTE",
                "BANG_KHEN_CHU_TICH_UBND_TINH",
                ScoringAndConflictsTest.CRITERIA);
        council.take(round1);
        ScoringAndConflictsTest.assign(round1, reviewer).then().statusCode(200);
        ScoringAndConflictsTest.sheet(
                        reviewer,
                        round1,
                        "{\"scores\":[{\"criterionCode\":\"TC1\",\"score\":6}],"
                                + "\"comment\":\"Thiếu xác nhận sáng kiến\"}")
                .then()
                .statusCode(200);
        ScoringAndConflictsTest.submit(reviewer, round1).then().statusCode(200);
        as("council-secretary")
                .contentType(ContentType.JSON)
                .body("{\"outcome\":\"RETURNED\",\"reason\":\"Bổ sung xác nhận sáng kiến của Sở Y tế\"}")
                .post(REVIEWS + "/" + round1 + "/decision")
                .then()
                .statusCode(200);

        // the amended revision arrives twice under different event ids (a producer retry): one new round only
        String revision2 = TestCouncil.submitted(
                nominationId,
                2,
                "PROVINCE",
                "SO-YTE",
                "BANG_KHEN_CHU_TICH_UBND_TINH",
                ScoringAndConflictsTest.CRITERIA);
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            kafka.sendCloudEvent(
                    "nomination.events", nominationId, UUID.randomUUID(), "nomination.submitted.v1", revision2);
            kafka.sendCloudEvent(
                    "nomination.events", nominationId, UUID.randomUUID(), "nomination.submitted.v1", revision2);
        }
        String round2 = TestCouncil.awaitCase(nominationId, 2);
        as("council-secretary")
                .get(REVIEWS + "/" + round2)
                .then()
                .body("previousCaseId", equalTo(round1))
                .body("nominationRevision", equalTo(2))
                .body("councilId", equalTo(council.id()))
                .body("status", equalTo("OPEN"))
                .body("assignees", contains(reviewer));
        await().pollDelay(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> as("council-secretary")
                        .queryParam("nominationId", nominationId)
                        .get(REVIEWS)
                        .then()
                        .body("round", contains(2, 1)));

        // the earlier round's sheet and comment stay readable; the new round starts with a fresh sheet
        as(reviewer, "council-member")
                .get(REVIEWS + "/" + round1 + "/score-sheets")
                .then()
                .body("comment", contains("Thiếu xác nhận sáng kiến"));
        as(reviewer, "council-member")
                .get(REVIEWS + "/" + round2 + "/score-sheets")
                .then()
                .body("$", hasSize(0));
        ScoringAndConflictsTest.sheet(reviewer, round2, "{\"scores\":[{\"criterionCode\":\"TC1\",\"score\":9}]}")
                .then()
                .statusCode(200);
        council.approve(round2);
        as("council-secretary").get(REVIEWS + "/" + round2).then().body("outcome", equalTo("APPROVED"));
    }

    @Test
    void aWithdrawnNominationClosesItsCaseAndCancelsItsBallot() {
        TestCouncil council = TestCouncil.create(3);
        String nominationId = UUID.randomUUID().toString();
        String caseId = TestCouncil.submit(nominationId, 1, "PROVINCE", "SO-GDDT", "GIAY_KHEN", null);
        council.take(caseId);
        String meeting = council.meeting(LocalDate.now().toString(), caseId);
        council.vote(meeting, council.chair(), caseId, "APPROVE", false);
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            UUID eventId = UUID.randomUUID();
            String withdrawn = """
                    {"nominationId":"%s","agencyCode":"SO-GDDT","movementId":"%s","reason":"Trùng hồ sơ",
                     "withdrawnBy":"agency:portal-SO-GDDT","withdrawnAt":"%s"}""".formatted(nominationId, UUID.randomUUID(), Instant.now());
            kafka.sendCloudEvent("nomination.events", nominationId, eventId, "nomination.withdrawn.v1", withdrawn);
            kafka.sendCloudEvent("nomination.events", nominationId, eventId, "nomination.withdrawn.v1", withdrawn);
        }
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> as("council-secretary")
                        .get(REVIEWS + "/" + caseId)
                        .then()
                        .body("status", equalTo("WITHDRAWN")));
        as("council-secretary").get(REVIEWS + "/" + caseId + "/ballot").then().body("status", equalTo("CANCELLED"));
        as("council-secretary")
                .contentType(ContentType.JSON)
                .body("{\"outcome\":\"REJECTED\",\"reason\":\"x\"}")
                .post(REVIEWS + "/" + caseId + "/decision")
                .then()
                .statusCode(409)
                .body("type", endsWith("/withdrawn"));
        as(council.voters().get(1), "council-member")
                .contentType(ContentType.JSON)
                .body("{\"inWriting\":false,\"votes\":[{\"caseId\":\"%s\",\"choice\":\"APPROVE\"}]}".formatted(caseId))
                .post("/api/v1/meetings/" + meeting + "/votes")
                .then()
                .statusCode(409)
                .body("type", endsWith("/ballot-closed"));
    }

    @Test
    void overdueCasesAreListedAndRemindedOnce() throws Exception {
        TestCouncil council = TestCouncil.create(3);
        String reviewer = council.voters().get(1);
        String done = council.voters().get(2);
        String caseId = TestCouncil.submit("GIAY_KHEN");
        council.take(caseId);
        ScoringAndConflictsTest.assign(caseId, reviewer).then().statusCode(200);
        ScoringAndConflictsTest.assign(caseId, done).then().statusCode(200);
        ScoringAndConflictsTest.sheet(done, caseId, "{\"scores\":[{\"criterionCode\":\"OVERALL\",\"score\":8}]}")
                .then()
                .statusCode(200);
        ScoringAndConflictsTest.submit(done, caseId).then().statusCode(200);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        // a due date may not lie before the day the case opened: this one opened two weeks ago
        QuarkusTransaction.requiringNew()
                .run(() -> ReviewCase.update(
                        "openedAt = ?1 where id = ?2",
                        Instant.now().minus(Duration.ofDays(14)),
                        UUID.fromString(caseId)));
        as("council-secretary")
                .contentType(ContentType.JSON)
                .body("{\"dueOn\":\"" + today.minusDays(1) + "\"}")
                .put(REVIEWS + "/" + caseId + "/due-date")
                .then()
                .statusCode(200)
                .body("overdue", equalTo(true));
        as("council-secretary")
                .queryParam("overdue", true)
                .queryParam("size", 200)
                .get(REVIEWS)
                .then()
                .body("id", hasItem(caseId));
        as("council-secretary")
                .queryParam("overdue", true)
                .queryParam("size", 200)
                .get(REVIEWS)
                .then()
                .body("overdue", not(hasItem(false)));

        assertThat(reminders.remind(today)).isGreaterThanOrEqualTo(1);
        assertThat(reminders.remind(today)).isZero();

        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            ConsumerRecord<String, String> reminder = kafka.await(
                    "review.events",
                    r -> "review.reminder.v1".equals(KafkaTestClient.header(r, "ce_type"))
                            && r.value().contains(caseId),
                    Duration.ofSeconds(20));
            JsonNode payload = JSON.readTree(reminder.value());
            assertThat(payload.path("kind").asText()).isEqualTo("OVERDUE");
            assertThat(payload.path("dueDate").asText())
                    .isEqualTo(today.minusDays(1).toString());
            assertThat(payload.path("pendingReviewers").toString()).isEqualTo("[\"" + reviewer + "\"]");
        }
    }
}
