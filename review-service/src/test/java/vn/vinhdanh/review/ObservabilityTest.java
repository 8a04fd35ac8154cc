package vn.vinhdanh.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/** One trace per nomination across services, and the counters operations watch. */
@QuarkusTest
class ObservabilityTest {

    @Test
    void theTraceOfAnIncomingEventContinuesInTheEventsItCauses() {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String parentSpan = HexFormat.of().formatHex(randomBytes(8));
        String nominationId = UUID.randomUUID().toString();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", UUID.randomUUID().toString());
        headers.put("ce_source", "/vinhdanh/nomination-service");
        headers.put("ce_type", "nomination.submitted.v1");
        headers.put("content-type", "application/json");
        headers.put("traceparent", "00-" + traceId + "-" + parentSpan + "-01");
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            kafka.send(
                    "nomination.events",
                    nominationId,
                    headers,
                    TestCouncil.submitted(nominationId, 1, "PROVINCE", "SO-GDDT", "GIAY_KHEN", null));
            ConsumerRecord<String, String> opened = kafka.await(
                    "review.events",
                    r -> nominationId.equals(r.key())
                            && "review.opened.v1".equals(KafkaTestClient.header(r, "ce_type")),
                    Duration.ofSeconds(20));
            String traceparent = KafkaTestClient.header(opened, "traceparent");
            assertThat(traceparent).as("traceparent of review.opened.v1").isNotNull();
            String[] parts = traceparent.split("-");
            assertThat(parts[1]).as("same trace").isEqualTo(traceId);
            assertThat(parts[2])
                    .as("a span of this service, child of the producer's")
                    .isNotEqualTo(parentSpan);
        }
    }

    @Test
    void metricsShowBusinessCountsAndTheOutbox() {
        TestCouncil.submit("GIAY_KHEN");
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("vinhdanh_review_cases_opened_total{"))
                .body(matchesPattern("(?s).*vinhdanh_events_consumed_total\\{[^}]*outcome=\"processed\"[^}]*"
                        + "topic=\"nomination.events\"[^}]*\\} [1-9].*"))
                .body(containsString("vinhdanh_outbox_backlog "))
                .body(containsString("vinhdanh_outbox_oldest_age_seconds "))
                .body(matchesPattern(
                        "(?s).*vinhdanh_events_published_total\\{[^}]*type=\"review.opened.v1\"[^}]*\\} [1-9].*"));
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] |= 1; // never the all-zero (invalid) id
        return bytes;
    }
}
