package vn.vinhdanh.nomination.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vinhdanh.nomination.rest.NominationApi.createMovement;
import static vn.vinhdanh.nomination.rest.NominationApi.individualOf;
import static vn.vinhdanh.nomination.rest.NominationApi.post;
import static vn.vinhdanh.nomination.rest.NominationApi.putCriteria;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/**
 * A dossier close to the 2 MB request limit becomes an event larger than Kafka's default 1 MiB record: it must
 * still leave the outbox (a stuck event would hold back every event behind it).
 */
@QuarkusTest
class LargeNominationTest {

    @Test
    void aNominationNearTheRequestLimitIsPublished() throws Exception {
        String movementId = createMovement();
        StringBuilder criteria = new StringBuilder("[");
        for (int i = 1; i <= 80; i++) {
            criteria.append(i == 1 ? "" : ",").append("""
                    {"code":"TC%02d","description":"Tiêu chí %d","weight":1,"required":false,
                     "targetGroup":"PUBLIC_EMPLOYEE"}""".formatted(i, i));
        }
        putCriteria(movementId, criteria.append("]").toString());
        ObjectNode body = individualOf("SO-GDDT", movementId, "Phạm Thị Thu Trang");
        ArrayNode evidence = body.putArray("evidence");
        String text = "Minh chứng chi tiết. ".repeat(900); // ~18,900 characters
        for (int i = 1; i <= 80; i++) {
            evidence.addObject().put("criterionCode", "TC%02d".formatted(i)).put("text", text);
        }
        assertThat(body.toString().getBytes(StandardCharsets.UTF_8).length).isBetween(1_200_000, 2_000_000);

        String id = post("SO-GDDT", body).then().statusCode(201).extract().path("id");
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            ConsumerRecord<String, String> event = kafka.await(
                    "nomination.events",
                    r -> id.equals(r.key()) && "nomination.submitted.v1".equals(KafkaTestClient.header(r, "ce_type")),
                    Duration.ofSeconds(30));
            assertThat(event.serializedValueSize()).isGreaterThan(1024 * 1024);
        }
    }
}
