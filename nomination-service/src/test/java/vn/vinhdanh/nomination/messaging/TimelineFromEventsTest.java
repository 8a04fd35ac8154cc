package vn.vinhdanh.nomination.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.deploy.infra.Callers.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/** The timeline follows what review, award and publicity report, once per event, whatever the broker redelivers. */
@QuarkusTest
class TimelineFromEventsTest {

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
    void downstreamEventsAdvanceTheTimelineAndRedeliveriesChangeNothing() {
        String id = submitNomination();
        UUID opened = UUID.randomUUID();
        // "assignees" is not in this service's contract version: consumers read events tolerantly
        String openedPayload = """
                {"caseId":"%s","nominationId":"%s","round":1,"openedAt":"%s","assignees":[]}""".formatted(UUID.randomUUID(), id, Instant.now());

        kafka.sendCloudEvent("review.events", id, opened, "review.opened.v1", openedPayload);
        kafka.sendCloudEvent("review.events", id, opened, "review.opened.v1", openedPayload);
        awaitStatus(id, "UNDER_REVIEW");

        UUID decided = UUID.randomUUID();
        String decidedPayload = """
                {"caseId":"%s","nominationId":"%s","outcome":"APPROVED","reason":null,
                 "decisionDate":"2025-11-20","decidedAt":"%s","decidedBy":"council-secretary","nomination":null}""".formatted(UUID.randomUUID(), id, Instant.now());
        kafka.sendCloudEvent("review.events", id, decided, "review.decided.v1", decidedPayload);
        awaitStatus(id, "APPROVED");
        // the same decision delivered again, e.g. after a consumer offset reset
        kafka.sendCloudEvent("review.events", id, decided, "review.decided.v1", decidedPayload);
        kafka.sendCloudEvent("review.events", id, opened, "review.opened.v1", openedPayload);

        UUID granted = UUID.randomUUID();
        kafka.sendCloudEvent(
                "award.events", id, granted, "award.granted.v1", """
                {"awardId":"%s","nominationId":"%s","awardCode":"BANG_KHEN_CHU_TICH_UBND_TINH",
                 "awardName":"Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh","recipientKind":"INDIVIDUAL",
                 "recipientName":"Lò Thị Mai","decisionNumber":"7/QĐ-UBND","decisionDate":"2025-11-20",
                 "legalBasis":"NĐ 152/2025/NĐ-CP","multiplier":1.5,"baseSalaryVnd":2340000,"amountVnd":3510000,
                 "grantedAt":"%s"}""".formatted(UUID.randomUUID(), id, Instant.now()));
        awaitStatus(id, "AWARDED");

        kafka.sendCloudEvent("publicity.events", id, UUID.randomUUID(), "feature.published.v1", """
                {"featureId":"%s","nominationId":"%s","slug":"lo-thi-mai","title":"Gương điển hình: Lò Thị Mai",
                 "publishedAt":"%s"}""".formatted(
                        UUID.randomUUID(), id, Instant.now()));
        awaitStatus(id, "PUBLICIZED");

        List<String> steps = agency("SO-YTE")
                .get("/api/v1/nominations/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("timeline.status");
        assertThat(steps).containsExactly("SUBMITTED", "UNDER_REVIEW", "APPROVED", "AWARDED", "PUBLICIZED");
    }

    @Test
    void aPoisonMessageIsDeadLetteredWithItsReasonAndTheStreamMovesOn() {
        String id = submitNomination();
        kafka.send("review.events", id, Map.of("content-type", "application/json"), "{\"not\":\"a cloud event\"}");
        UUID broken = UUID.randomUUID();
        kafka.sendCloudEvent("review.events", id, broken, "review.opened.v1", "{ this is not json");
        kafka.sendCloudEvent("review.events", id, UUID.randomUUID(), "review.opened.v1", """
                {"caseId":"%s","nominationId":"%s","round":1,"openedAt":"%s"}""".formatted(
                        UUID.randomUUID(), id, Instant.now()));

        awaitStatus(id, "UNDER_REVIEW");
        ConsumerRecord<String, String> letter = kafka.await(
                "nomination-service.dlq",
                r -> broken.toString().equals(KafkaTestClient.header(r, "ce_id")),
                Duration.ofSeconds(20));
        assertThat(KafkaTestClient.header(letter, "dead-letter-topic")).isEqualTo("review.events");
        assertThat(KafkaTestClient.header(letter, "dead-letter-reason")).contains("payload does not match");
        assertThat(KafkaTestClient.header(letter, "ce_type")).isEqualTo("review.opened.v1");
        assertThat(letter.value()).isEqualTo("{ this is not json");
        kafka.await(
                "nomination-service.dlq",
                r -> id.equals(r.key())
                        && KafkaTestClient.header(r, "dead-letter-reason").contains("ce_specversion"),
                Duration.ofSeconds(20));

        // still broken: a redrive parks them again instead of losing them or blocking the others
        as("admin")
                .queryParam("limit", 1000)
                .post("/api/v1/admin/dead-letters/redrive")
                .then()
                .statusCode(200);
        assertThat(kafka.readAll("nomination-service.dlq", Duration.ofSeconds(2)).stream()
                        .filter(r -> broken.toString().equals(KafkaTestClient.header(r, "ce_id")))
                        .map(r -> KafkaTestClient.header(r, "dead-letter-redrive-count")))
                .contains("1");
    }

    private static String submitNomination() {
        String movementId = as("admin")
                .contentType(ContentType.JSON)
                .body("""
                        {"code":"LC-T-%s","name":"Phong trào thi đua","kind":"REGULAR","level":"PROVINCE",
                         "year":2025}""".formatted(UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/movements")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return agency("SO-YTE")
                .contentType(ContentType.JSON)
                .body("""
                        {"movementId":"%s","agencyCode":"SO-YTE",
                         "nominee":{"kind":"INDIVIDUAL","name":"Lò Thị Mai","organization":"Trạm y tế xã Bản Lầu",
                                    "targetGroup":"PUBLIC_EMPLOYEE"},
                         "level":"PROVINCE","sector":"HEALTH","proposedAward":"BANG_KHEN_CHU_TICH_UBND_TINH",
                         "achievements":"Khám chữa bệnh cho đồng bào vùng cao.","publicityConsent":true}""".formatted(movementId))
                .post("/api/v1/nominations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> agency("SO-YTE")
                        .get("/api/v1/nominations/" + id)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo(status)));
    }
}
