package vn.vinhdanh.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.vinhdanh.deploy.infra.Callers.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

@QuarkusTest
class AwardFlowTest {

    private final ObjectMapper json = new ObjectMapper();
    private KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void anApprovalDraftsTheAwardPricedOnTheCouncilDateAndASignedDecisionGrantsItOnce() throws Exception {
        String nominationId = UUID.randomUUID().toString();
        UUID eventId = UUID.randomUUID();
        String approval = approved(nominationId, "COLLECTIVE", "BANG_KHEN_CHU_TICH_UBND_TINH", "2025-07-01");
        kafka.sendCloudEvent("review.events", nominationId, eventId, "review.decided.v1", approval);
        kafka.sendCloudEvent("review.events", nominationId, eventId, "review.decided.v1", approval);
        // a second approval event for the same nomination (e.g. a re-decided case) does not pay twice either
        kafka.sendCloudEvent("review.events", nominationId, UUID.randomUUID(), "review.decided.v1", approval);

        String awardId = AwardSteps.awaitAward(nominationId);
        as("award-officer")
                .queryParam("nominationId", nominationId)
                .get("/api/v1/awards")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].status", equalTo("DRAFT"))
                .body("[0].decisionNumber", nullValue())
                .body("[0].councilDecisionDate", equalTo("2025-07-01"))
                .body("[0].amountVnd", equalTo(7_020_000))
                .body("[0].baseSalaryVnd", equalTo(2_340_000))
                .body("[0].legalBasis", equalTo("NĐ 152/2025/NĐ-CP"))
                .body("[0].awardName", equalTo("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"))
                .body("[0].recipientName", equalTo("Hợp tác xã Nông nghiệp Bản Khoang"));
        Thread.sleep(500); // the duplicates have been consumed too
        assertThat(AwardSteps.count("select count(*) from outbox_event where message_key = ?", nominationId))
                .as("a draft announces nothing")
                .isZero();

        String fund = AwardSteps.newFund();
        AwardSteps.budget(2025, fund, 100_000_000);
        String decisionId = AwardSteps.decision("2025-07-01", fund, awardId);
        String number = AwardSteps.sign(decisionId)
                .statusCode(200)
                .body("status", equalTo("SIGNED"))
                .body("totalAmountVnd", equalTo(7_020_000))
                .extract()
                .path("decisionNumber");
        assertThat(number).matches("\\d+/QĐ-UBND");
        as("award-officer")
                .get("/api/v1/awards/" + awardId)
                .then()
                .statusCode(200)
                .body("status", equalTo("GRANTED"))
                .body("decisionId", equalTo(decisionId))
                .body("decisionNumber", equalTo(number))
                .body("decisionDate", equalTo("2025-07-01"));
        // every filter given applies: the granted award is not a draft, and is one of its decision's granted ones
        as("award-officer")
                .queryParam("nominationId", nominationId)
                .queryParam("status", "DRAFT")
                .get("/api/v1/awards")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        as("award-officer")
                .queryParam("decisionId", decisionId)
                .queryParam("status", "GRANTED")
                .get("/api/v1/awards")
                .then()
                .statusCode(200)
                .body("id", contains(awardId));

        ConsumerRecord<String, String> granted = kafka.await(
                "award.events",
                r -> nominationId.equals(r.key()) && "award.granted.v1".equals(KafkaTestClient.header(r, "ce_type")),
                Duration.ofSeconds(20));
        JsonNode payload = json.readTree(granted.value());
        assertThat(payload.path("amountVnd").asLong()).isEqualTo(7_020_000);
        assertThat(payload.path("decisionNumber").asText()).isEqualTo(number);
        assertThat(payload.path("decisionDate").asText()).isEqualTo("2025-07-01");
        assertThat(AwardSteps.count("select count(*) from outbox_event where message_key = ?", nominationId))
                .as("one award.granted.v1")
                .isEqualTo(1);
    }

    @Test
    void rejectionsDraftNothing() throws Exception {
        String nominationId = UUID.randomUUID().toString();
        kafka.sendCloudEvent(
                "review.events",
                nominationId,
                UUID.randomUUID(),
                "review.decided.v1",
                approved(nominationId, "INDIVIDUAL", "BANG_KHEN_CHU_TICH_UBND_TINH", "2025-09-02")
                        .replace("\"APPROVED\"", "\"REJECTED\""));
        String marker = UUID.randomUUID().toString();
        kafka.sendCloudEvent(
                "review.events",
                marker,
                UUID.randomUUID(),
                "review.decided.v1",
                approved(marker, "INDIVIDUAL", "LAO_DONG_TIEN_TIEN", "2025-09-02"));
        awaitAward(marker); // the consumer has gone past the rejection
        as("award-officer")
                .queryParam("nominationId", nominationId)
                .get("/api/v1/awards")
                .then()
                .body("$", hasSize(0));
        as("award-officer")
                .queryParam("nominationId", marker)
                .get("/api/v1/awards")
                .then()
                .body("[0].amountVnd", equalTo(710_000));
    }

    @Test
    void decisionNumbersCountUpPerYearWithoutGaps() {
        String first = AwardSteps.approve(kafka, "INDIVIDUAL", "CHIEN_SI_THI_DUA_CAP_TINH", "2019-03-01");
        String second = AwardSteps.approve(kafka, "INDIVIDUAL", "CHIEN_SI_THI_DUA_CAP_TINH", "2019-03-02");
        String fund = AwardSteps.newFund();
        AwardSteps.budget(2019, fund, 100_000_000);
        String a = AwardSteps.sign(AwardSteps.decision("2019-03-05", fund, AwardSteps.awaitAward(first)))
                .statusCode(200)
                .body("totalAmountVnd", equalTo(4_170_000)) // 3.0 × 1,390,000
                .extract()
                .path("decisionNumber");
        String b = AwardSteps.sign(AwardSteps.decision("2019-03-06", fund, AwardSteps.awaitAward(second)))
                .statusCode(200)
                .extract()
                .path("decisionNumber");
        assertThat(java.util.List.of(a, b)).containsExactly("1/QĐ-UBND", "2/QĐ-UBND");
    }

    @Test
    void aMalformedApprovalWaitsInTheDeadLettersAndARedriveParksItAgain() throws Exception {
        // an approval whose title cannot be drafted is kept as a blocked approval (BlockedApprovalTest); only one
        // that lacks the nomination facts or the decision date is poison
        String nominationId = UUID.randomUUID().toString();
        UUID eventId = UUID.randomUUID();
        String withoutDecisionDate = approved(nominationId, "INDIVIDUAL", "GIAY_KHEN", "2025-09-02")
                .replace("\"decisionDate\":\"2025-09-02\",", "");
        assertThat(withoutDecisionDate).doesNotContain("decisionDate");
        kafka.sendCloudEvent("review.events", nominationId, eventId, "review.decided.v1", withoutDecisionDate);
        ConsumerRecord<String, String> letter = kafka.await(
                "award-service.dlq",
                r -> eventId.toString().equals(KafkaTestClient.header(r, "ce_id")),
                Duration.ofSeconds(20));
        assertThat(KafkaTestClient.header(letter, "dead-letter-reason"))
                .contains("lacks the nomination facts or the decision date");

        as("admin")
                .get("/api/v1/admin/dead-letters")
                .then()
                .statusCode(200)
                .body("find { it.eventId == '" + eventId + "' }.originalTopic", equalTo("review.events"));

        // fixing nothing, a redrive cannot help: the letter is parked again, counted, and nothing is drafted
        as("admin").post("/api/v1/admin/dead-letters/redrive").then().statusCode(200);
        as("admin")
                .queryParam("resourceType", "dead-letter-topic")
                .get("/api/v1/admin/audit")
                .then()
                .statusCode(200)
                .body("action", org.hamcrest.Matchers.hasItem("dead-letters.redrive"))
                .body("actor", org.hamcrest.Matchers.hasItem("test-admin"));
        ConsumerRecord<String, String> parkedAgain = kafka.await(
                "award-service.dlq",
                r -> eventId.toString().equals(KafkaTestClient.header(r, "ce_id"))
                        && "1".equals(KafkaTestClient.header(r, "dead-letter-redrive-count")),
                Duration.ofSeconds(20));
        assertThat(KafkaTestClient.header(parkedAgain, "dead-letter-reason"))
                .contains("lacks the nomination facts or the decision date");
        as("award-officer")
                .queryParam("nominationId", nominationId)
                .get("/api/v1/awards")
                .then()
                .body("$", hasSize(0));
        assertThat(AwardSteps.count(
                        "select count(*) from blocked_approval where nomination_id = ?::uuid", nominationId))
                .isZero();
    }

    private static void awaitAward(String nominationId) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> as("award-officer")
                        .queryParam("nominationId", nominationId)
                        .get("/api/v1/awards")
                        .then()
                        .statusCode(200)
                        .body("$", hasSize(1)));
    }

    static String approved(String nominationId, String kind, String awardCode, String decisionDate) {
        return approved(nominationId, kind, awardCode, decisionDate, "UBND-BATXAT", 2025);
    }

    static String approved(
            String nominationId,
            String kind,
            String awardCode,
            String decisionDate,
            String agencyCode,
            int movementYear) {
        boolean collective = kind.equals("COLLECTIVE");
        return approved(
                nominationId,
                awardCode,
                decisionDate,
                agencyCode,
                UUID.randomUUID(),
                movementYear,
                new AwardSteps.Nominee(
                        kind,
                        collective ? "Hợp tác xã Nông nghiệp Bản Khoang" : "Tẩn Láo Lở",
                        null,
                        "xã Bản Khoang, Sa Pa"));
    }

    /** The approval of a nomination of the given nominee, made in the given movement and year. */
    static String approved(
            String nominationId,
            String awardCode,
            String decisionDate,
            String agencyCode,
            UUID movementId,
            int movementYear,
            AwardSteps.Nominee nominee) {
        boolean collective = nominee.kind().equals("COLLECTIVE");
        return """
                {"caseId":"%s","nominationId":"%s","outcome":"APPROVED","reason":null,"decisionDate":"%s",
                 "decidedAt":"%s","decidedBy":"council-secretary",
                 "nomination":{"nominationId":"%s","revision":1,"agencyCode":"%s","movementId":"%s",
                   "movementName":"Phong trào thi đua Nông thôn mới","movementYear":%d,"level":"PROVINCE",
                   "sector":"AGRICULTURE","proposedAward":"%s",
                   "nominee":{"kind":"%s","name":"%s","birthYear":%s,"organization":"%s",
                              "targetGroup":"%s","memberCount":%s},
                   "achievements":"Trồng 40 ha chè Shan tuyết.","publicityConsent":true,
                   "submittedAt":"%s"}}""".formatted(
                UUID.randomUUID(),
                nominationId,
                decisionDate,
                Instant.now(),
                nominationId,
                agencyCode,
                movementId,
                movementYear,
                awardCode,
                nominee.kind(),
                nominee.name(),
                nominee.birthYear() == null ? "null" : nominee.birthYear().toString(),
                nominee.organization(),
                collective ? "COLLECTIVE" : "CITIZEN",
                collective ? "42" : "null",
                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                        .atStartOfDay(ZoneId.of("UTC"))
                        .toInstant());
    }
}
