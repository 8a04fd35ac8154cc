package vn.vinhdanh.nomination.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.deploy.infra.Callers.as;
import static vn.vinhdanh.nomination.NominationFixtures.NOMINEE;
import static vn.vinhdanh.nomination.NominationFixtures.awaitStatus;
import static vn.vinhdanh.nomination.NominationFixtures.grant;
import static vn.vinhdanh.nomination.NominationFixtures.publicize;
import static vn.vinhdanh.nomination.NominationFixtures.reviewApproved;
import static vn.vinhdanh.nomination.NominationFixtures.reviewOpened;
import static vn.vinhdanh.nomination.NominationFixtures.submitNomination;

import io.quarkus.test.junit.QuarkusTest;
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

    private static final String AGENCY = "SO-YTE";

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
        String id = submitNomination(AGENCY);
        UUID opened = UUID.randomUUID();
        // "assignees" is not in this service's contract version: consumers read events tolerantly
        String openedPayload = """
                {"caseId":"%s","nominationId":"%s","round":1,"openedAt":"%s","assignees":[]}""".formatted(UUID.randomUUID(), id, Instant.now());

        kafka.sendCloudEvent("review.events", id, opened, "review.opened.v1", openedPayload);
        kafka.sendCloudEvent("review.events", id, opened, "review.opened.v1", openedPayload);
        awaitStatus(AGENCY, id, "UNDER_REVIEW");

        UUID decided = UUID.randomUUID();
        String decidedPayload = reviewApproved(id);
        kafka.sendCloudEvent("review.events", id, decided, "review.decided.v1", decidedPayload);
        awaitStatus(AGENCY, id, "APPROVED");
        // the same decision delivered again, e.g. after a consumer offset reset
        kafka.sendCloudEvent("review.events", id, decided, "review.decided.v1", decidedPayload);
        kafka.sendCloudEvent("review.events", id, opened, "review.opened.v1", openedPayload);

        grant(kafka, AGENCY, id, NOMINEE);
        publicize(kafka, AGENCY, id, "lo-thi-mai", NOMINEE);

        List<String> steps = agency(AGENCY)
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
        String id = submitNomination(AGENCY);
        kafka.send("review.events", id, Map.of("content-type", "application/json"), "{\"not\":\"a cloud event\"}");
        UUID broken = UUID.randomUUID();
        kafka.sendCloudEvent("review.events", id, broken, "review.opened.v1", "{ this is not json");
        kafka.sendCloudEvent("review.events", id, UUID.randomUUID(), "review.opened.v1", reviewOpened(id));

        awaitStatus(AGENCY, id, "UNDER_REVIEW");
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
}
