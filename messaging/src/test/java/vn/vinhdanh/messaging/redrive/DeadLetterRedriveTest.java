package vn.vinhdanh.messaging.redrive;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;
import vn.vinhdanh.messaging.inbox.TestEventsConsumer;
import vn.vinhdanh.messaging.outbox.Outbox;

/**
 * An event its handler keeps failing on is parked on the service's dead-letter topic, saying where it came from and
 * why; once the cause is fixed, an admin's redrive hands it to the consumer of that topic, and the trail records it.
 */
@QuarkusTest
class DeadLetterRedriveTest {

    private static final String DEAD_LETTER_TOPIC = "messaging-test.dlq";

    @Inject
    Outbox outbox;

    @Inject
    TestEventsConsumer consumer;

    @Inject
    EntityManager entityManager;

    @Test
    void aParkedEventIsListedAndRedrivenToTheConsumerOfItsTopicOnceItsCauseIsFixed() {
        String marker = UUID.randomUUID().toString();
        consumer.failOn(marker);
        UUID id = QuarkusTransaction.requiringNew()
                .call(() -> outbox.publish(
                        TestEventsConsumer.TOPIC, "test.failing.v1", UUID.randomUUID(), Map.of("fail", marker)));

        ConsumerRecord<String, String> letter;
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            letter = kafka.await(
                    DEAD_LETTER_TOPIC,
                    record -> id.toString().equals(KafkaTestClient.header(record, "ce_id")),
                    Duration.ofSeconds(90));
        }
        assertThat(KafkaTestClient.header(letter, "dead-letter-topic")).isEqualTo(TestEventsConsumer.TOPIC);
        assertThat(KafkaTestClient.header(letter, "dead-letter-consumer")).isEqualTo("messaging-test");
        // vinhdanh.messaging.consumer.max-attempts, by default 4
        assertThat(KafkaTestClient.header(letter, "dead-letter-reason"))
                .startsWith("failed after 4 attempts: ")
                .contains("the handler fails on " + marker);
        assertThat(consumer.handled(id)).isEmpty();

        List<String> pending = admin().get("/api/v1/admin/dead-letters")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("eventId");
        assertThat(pending).contains(id.toString());

        consumer.recover(marker);
        int processed = admin().post("/api/v1/admin/dead-letters/redrive")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("processed");

        assertThat(processed).isGreaterThanOrEqualTo(1);
        assertThat(consumer.timesHandled(id)).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) entityManager
                                        .createNativeQuery(
                                                "select count(*) from audit_entry where action = 'dead-letters.redrive' and actor = 'test-admin'")
                                        .getSingleResult())
                                .longValue()))
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !admin().get("/api/v1/admin/dead-letters")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("eventId")
                        .contains(id.toString()));
    }

    @Test
    void onlyAnAdminSeesTheDeadLetters() {
        given().get("/api/v1/admin/dead-letters").then().statusCode(401);
        given().auth()
                .oauth2(PlatformTestResource.token("test-editor", "editor", null))
                .get("/api/v1/admin/dead-letters")
                .then()
                .statusCode(403);
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(PlatformTestResource.token("test-admin", "admin", null));
    }
}
