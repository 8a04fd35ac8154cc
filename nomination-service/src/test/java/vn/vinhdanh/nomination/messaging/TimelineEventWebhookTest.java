package vn.vinhdanh.nomination.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.deploy.infra.Callers.as;
import static vn.vinhdanh.nomination.NominationFixtures.approve;
import static vn.vinhdanh.nomination.NominationFixtures.block;
import static vn.vinhdanh.nomination.NominationFixtures.submitNomination;
import static vn.vinhdanh.nomination.messaging.WebhookFixtures.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/**
 * A timeline event reaches the agency's webhooks like a step, with {@code data.event} naming it and {@code
 * data.status} the status it left as it was; an endpoint that names steps only hears steps, one that names the event
 * hears it.
 */
@QuarkusTest
class TimelineEventWebhookTest {

    private static final String WEBHOOKS = "/api/v1/webhooks";
    private static final Duration DELIVERY_WAIT = Duration.ofSeconds(30);
    private static final String BLOCKED_VI = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh không xét cho cá nhân này.";

    private final List<String> endpoints = new ArrayList<>();
    private final List<WebhookReceiver> receivers = new ArrayList<>();

    @AfterEach
    void removeEndpointsAndReceivers() {
        endpoints.forEach(id -> as("admin").delete(WEBHOOKS + "/" + id));
        receivers.forEach(WebhookReceiver::close);
    }

    @Test
    void anAwardBlockedEntryIsDeliveredWithItsEvent() throws Exception {
        String agencyCode = "WH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        WebhookReceiver portal = receiver();
        WebhookReceiver blocksOnly = receiver();
        WebhookReceiver approvalsOnly = receiver();
        String all = register(agencyCode, portal.url(), List.of("*"));
        register(agencyCode, blocksOnly.url(), List.of("AWARD_BLOCKED"));
        register(agencyCode, approvalsOnly.url(), List.of("APPROVED"));
        String nominationId = submitNomination(agencyCode);

        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            approve(kafka, agencyCode, nominationId);
            block(kafka, agencyCode, nominationId, "WRONG_RECIPIENT_KIND", BLOCKED_VI);
        }

        JsonNode blocked = awaitEvent(portal, nominationId, "AWARD_BLOCKED");
        assertThat(blocked.path("type").asText()).isEqualTo("vn.vinhdanh.nomination.status-changed.v1");
        JsonNode data = blocked.path("data");
        assertThat(data.path("status").asText()).isEqualTo("APPROVED");
        assertThat(data.path("previousStatus").asText()).isEqualTo("APPROVED");
        assertThat(data.path("nominationStatus").asText()).isEqualTo("APPROVED");
        assertThat(data.path("note").asText()).isEqualTo(BLOCKED_VI);
        assertThat(data.path("actor").asText()).isEqualTo("award-service");
        // the steps carry the field too, null
        assertThat(events(portal, nominationId).stream()
                        .filter(e -> e.path("data").path("status").asText().equals("SUBMITTED"))
                        .map(e -> e.path("data").has("event")
                                && e.path("data").path("event").isNull()))
                .containsExactly(true);

        JsonNode onlyBlock = awaitEvent(blocksOnly, nominationId, "AWARD_BLOCKED");
        assertThat(onlyBlock.path("id").asText()).isEqualTo(blocked.path("id").asText());
        assertThat(events(blocksOnly, nominationId)).hasSize(1);
        // the approval was delivered before the block was recorded; the block never reaches an APPROVED-only endpoint
        await().atMost(DELIVERY_WAIT)
                .until(() -> events(approvalsOnly, nominationId).size() >= 1);
        assertThat(events(approvalsOnly, nominationId))
                .extracting(e -> e.path("data").path("event").isNull())
                .containsExactly(true);

        JsonPath log = agency(agencyCode)
                .get(WEBHOOKS + "/" + all + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(log.getList("timelineEvent")).contains("AWARD_BLOCKED");
    }

    private WebhookReceiver receiver() {
        WebhookReceiver receiver = WebhookReceiver.start();
        receivers.add(receiver);
        return receiver;
    }

    private String register(String agencyCode, String url, List<String> eventTypes) {
        String id = agency(agencyCode)
                .contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", eventTypes))
                .post(WEBHOOKS)
                .then()
                .statusCode(201)
                .body("eventTypes", equalTo(eventTypes))
                .extract()
                .path("id");
        endpoints.add(id);
        return id;
    }

    private static JsonNode awaitEvent(WebhookReceiver receiver, String nominationId, String event) {
        return await().atMost(DELIVERY_WAIT)
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> events(receiver, nominationId).stream()
                                .filter(e ->
                                        e.path("data").path("event").asText().equals(event))
                                .findFirst()
                                .orElse(null),
                        found -> found != null);
    }

    private static List<JsonNode> events(WebhookReceiver receiver, String nominationId) {
        return receiver.received().stream()
                .map(WebhookFixtures::event)
                .filter(e -> e.path("subject").asText().equals(nominationId))
                .toList();
    }
}
