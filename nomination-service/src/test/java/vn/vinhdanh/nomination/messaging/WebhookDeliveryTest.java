package vn.vinhdanh.nomination.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.deploy.infra.Callers.as;
import static vn.vinhdanh.nomination.NominationFixtures.reviewApproved;
import static vn.vinhdanh.nomination.NominationFixtures.reviewOpened;
import static vn.vinhdanh.nomination.NominationFixtures.submitNomination;
import static vn.vinhdanh.nomination.messaging.WebhookFixtures.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;
import vn.vinhdanh.nomination.messaging.WebhookReceiver.Answer;
import vn.vinhdanh.nomination.messaging.WebhookReceiver.Received;

/**
 * Webhooks end to end, against a real receiver on a loopback port: each timeline step of an agency's nomination
 * reaches that agency's endpoints (and no other agency's) as a signed CloudEvent, through outages, slow answers,
 * errors and redirects, under one webhook-id; a rotation signs with both secrets; a redelivery sends the same id
 * again; an endpoint that never answers ends FAILED and marked failing. The test profile retries for 30 s.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final String WEBHOOKS = "/api/v1/webhooks";
    private static final Duration DELIVERY_WAIT = Duration.ofSeconds(30);

    private final List<String> endpoints = new ArrayList<>();
    private final List<WebhookReceiver> receivers = new ArrayList<>();

    @AfterEach
    void removeEndpointsAndReceivers() {
        // their pending retries would otherwise go on writing attempts during later test classes
        endpoints.forEach(id -> as("admin").delete(WEBHOOKS + "/" + id));
        receivers.forEach(WebhookReceiver::close);
    }

    @Test
    void eachStepReachesTheAgencysEndpointsSignedAndNoOtherAgencys() {
        String agencyCode = newAgency();
        String otherAgency = newAgency();
        WebhookReceiver portal = receiver();
        WebhookReceiver approvalsOnly = receiver();
        WebhookReceiver otherPortal = receiver();
        Registered all = register(agencyCode, portal.url(), List.of("*"));
        Registered approvals = register(agencyCode, approvalsOnly.url(), List.of("APPROVED"));
        Registered other = register(otherAgency, otherPortal.url(), List.of());

        Instant before = Instant.now();
        String nominationId = submitNomination(agencyCode);
        Received submitted = awaitEvents(portal, nominationId, 1).get(0);

        assertThat(submitted.method()).isEqualTo("POST");
        assertThat(submitted.header("content-type")).isEqualTo("application/cloudevents+json");
        JsonNode event = event(submitted);
        assertThat(event.path("specversion").asText()).isEqualTo("1.0");
        assertThat(event.path("id").asText()).isEqualTo(submitted.header("webhook-id"));
        assertThat(event.path("source").asText()).isEqualTo("/vinhdanh/nomination-service");
        assertThat(event.path("type").asText()).isEqualTo("vn.vinhdanh.nomination.status-changed.v1");
        assertThat(event.path("subject").asText()).isEqualTo(nominationId);
        assertThat(event.path("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(Instant.parse(event.path("time").asText())).isAfterOrEqualTo(before.minusSeconds(1));
        JsonNode data = event.path("data");
        assertThat(data.path("nominationId").asText()).isEqualTo(nominationId);
        assertThat(data.path("agencyCode").asText()).isEqualTo(agencyCode);
        assertThat(data.path("movementId").asText()).isNotBlank();
        assertThat(data.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(data.path("previousStatus").isNull()).isTrue();
        assertThat(data.path("revision").asInt()).isEqualTo(1);
        assertThat(data.path("nomineeName").asText()).isEqualTo("Lò Thị Mai");
        assertThat(data.path("actor").asText()).isEqualTo("agency:portal-" + agencyCode);
        assertThat(data.path("occurredAt").asText())
                .isEqualTo(event.path("time").asText());
        long timestamp = Long.parseLong(submitted.header("webhook-timestamp"));
        assertThat(timestamp)
                .isBetween(before.getEpochSecond() - 5, Instant.now().getEpochSecond() + 5);
        assertThat(StandardWebhooks.verifyingSecrets(submitted, List.of(all.secret())))
                .containsExactly(all.secret());

        reviewOpenedThenApproved(nominationId);
        List<Received> steps = awaitEvents(portal, nominationId, 3);
        assertThat(steps.stream().map(r -> event(r).path("data").path("status").asText()))
                .containsExactlyInAnyOrder("SUBMITTED", "UNDER_REVIEW", "APPROVED");
        assertThat(steps.stream().map(r -> r.header("webhook-id")).distinct()).hasSize(3);
        steps.forEach(r -> assertThat(StandardWebhooks.verifyingSecrets(r, List.of(all.secret())))
                .as("signature of %s", r.header("webhook-id"))
                .containsExactly(all.secret()));
        JsonNode approved = steps.stream()
                .map(WebhookFixtures::event)
                .filter(e -> e.path("data").path("status").asText().equals("APPROVED"))
                .findFirst()
                .orElseThrow();
        assertThat(approved.path("data").path("previousStatus").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(approved.path("data").path("actor").asText()).isEqualTo("council-secretary");

        List<Received> approvedOnly = awaitEvents(approvalsOnly, nominationId, 1);
        assertThat(event(approvedOnly.get(0)).path("data").path("status").asText())
                .isEqualTo("APPROVED");

        Response log = agency(agencyCode).get(WEBHOOKS + "/" + all.id() + "/deliveries");
        log.then().statusCode(200).header("X-Total-Count", "3").header("Link", containsString("rel=\"first\""));
        JsonPath deliveries = log.jsonPath();
        assertThat(deliveries.getList("status", String.class)).containsOnly("DELIVERED");
        assertThat(deliveries.getList("attemptCount", Integer.class)).containsOnly(1);
        assertThat(deliveries.getList("lastResponseStatus", Integer.class)).containsOnly(204);
        assertThat(deliveries.getList("nominationId", String.class)).containsOnly(nominationId);
        assertThat(deliveries.getList("eventType", String.class))
                .containsOnly("vn.vinhdanh.nomination.status-changed.v1");

        // the other agency's endpoint heard nothing of it, and has nothing queued either
        assertThat(otherPortal.received()).isEmpty();
        agency(otherAgency)
                .get(WEBHOOKS + "/" + other.id() + "/deliveries")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "0");
        assertThat(approvals.id()).isNotEqualTo(all.id());
    }

    @Test
    void aDeliveryOutlivesAnOutageASlowAnswerAnErrorAndARedirectUnderOneId() {
        String agencyCode = newAgency();
        WebhookReceiver portal = receiver();
        portal.down();
        Registered endpoint = register(agencyCode, portal.url(), List.of("SUBMITTED"));
        String nominationId = submitNomination(agencyCode);

        awaitAttempt(endpoint, a -> a.error() != null && a.error().contains("connection refused"));
        portal.up();
        portal.answer(Answer.SLOW);
        awaitAttempt(
                endpoint,
                a -> a.status() == null && a.error() != null && a.error().contains("timeout"));
        portal.answer(Answer.ERROR);
        awaitAttempt(endpoint, a -> Integer.valueOf(500).equals(a.status()));
        portal.answer(Answer.REDIRECT);
        awaitAttempt(
                endpoint,
                a -> Integer.valueOf(302).equals(a.status()) && a.error().contains("redirect not followed"));
        portal.answer(Answer.ACCEPT);
        await().atMost(DELIVERY_WAIT)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> onlyDelivery(endpoint).getString("status"), "DELIVERED"::equals);

        JsonPath delivery = onlyDelivery(endpoint);
        List<Map<String, Object>> attempts = delivery.getList("attempts");
        assertThat(attempts.size()).isGreaterThanOrEqualTo(5);
        assertThat(attempts.stream().map(a -> a.get("number"))).containsExactlyElementsOf(numbers(attempts.size()));
        assertThat(attempts.get(0).get("error").toString()).contains("connection refused");
        assertThat(attempts.subList(0, attempts.size() - 1))
                .allSatisfy(a -> assertThat(a.get("nextAttemptAt")).isNotNull());
        Map<String, Object> last = attempts.get(attempts.size() - 1);
        assertThat(last.get("responseStatus")).isEqualTo(204);
        assertThat(last.get("nextAttemptAt")).isNull();
        assertThat(delivery.getInt("attemptCount")).isEqualTo(attempts.size());
        assertThat(delivery.getInt("lastResponseStatus")).isEqualTo(204);

        // every request that reached the receiver is the same event, under the same id, freshly signed
        List<Received> requests = portal.received();
        assertThat(requests).hasSizeGreaterThanOrEqualTo(4);
        assertThat(requests).allSatisfy(r -> assertThat(r.path()).isEqualTo(WebhookReceiver.PATH));
        assertThat(requests.stream().map(r -> r.header("webhook-id")).distinct())
                .containsExactly(delivery.getString("eventId"));
        assertThat(requests.stream().map(Received::body).distinct()).hasSize(1);
        assertThat(event(requests.get(0)).path("subject").asText()).isEqualTo(nominationId);
        requests.forEach(r -> assertThat(StandardWebhooks.verifyingSecrets(r, List.of(endpoint.secret())))
                .containsExactly(endpoint.secret()));
    }

    @Test
    void duringARotationDeliveriesAreSignedWithTheNewAndThePreviousSecret() {
        String agencyCode = newAgency();
        WebhookReceiver portal = receiver();
        Registered endpoint = register(agencyCode, portal.url(), List.of());
        JsonPath rotated = agency(agencyCode)
                .post(WEBHOOKS + "/" + endpoint.id() + "/rotate-secret")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String newSecret = rotated.getString("secret");
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(endpoint.secret());
        assertThat(Instant.parse(rotated.getString("previousSecretExpiresAt"))).isAfter(Instant.now());
        assertThat(agency(agencyCode)
                        .get(WEBHOOKS + "/" + endpoint.id())
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .doesNotContain("\"secret\"")
                .doesNotContain("whsec_");

        String nominationId = submitNomination(agencyCode);
        Received request = awaitEvents(portal, nominationId, 1).get(0);
        assertThat(StandardWebhooks.verifyingSecrets(request, List.of(newSecret, endpoint.secret())))
                .containsExactly(newSecret, endpoint.secret());
    }

    @Test
    void aRedeliverySendsTheSameEventAgainUnderTheSameId() {
        String agencyCode = newAgency();
        WebhookReceiver portal = receiver();
        Registered endpoint = register(agencyCode, portal.url(), List.of());
        String nominationId = submitNomination(agencyCode);
        Received first = awaitEvents(portal, nominationId, 1).get(0);
        await().atMost(DELIVERY_WAIT).until(() -> onlyDelivery(endpoint).getString("status"), "DELIVERED"::equals);
        String deliveryId = onlyDelivery(endpoint).getString("id");

        agency(agencyCode)
                .post(WEBHOOKS + "/" + endpoint.id() + "/deliveries/" + deliveryId + "/redeliver")
                .then()
                .statusCode(202)
                .body("status", equalTo("PENDING"));

        List<Received> both = awaitEvents(portal, nominationId, 2);
        assertThat(both.get(1).header("webhook-id")).isEqualTo(first.header("webhook-id"));
        assertThat(both.get(1).body()).isEqualTo(first.body());
        await().atMost(DELIVERY_WAIT).until(() -> onlyDelivery(endpoint).getInt("attemptCount"), count -> count == 2);
        assertThat(onlyDelivery(endpoint).getString("status")).isEqualTo("DELIVERED");
        // another agency cannot ask for it
        agency(newAgency())
                .post(WEBHOOKS + "/" + endpoint.id() + "/deliveries/" + deliveryId + "/redeliver")
                .then()
                .statusCode(404);
    }

    @Test
    void deliveriesFailingBeyondTheRetryWindowEndFailedAndMarkTheEndpointFailing() {
        String agencyCode = newAgency();
        WebhookReceiver portal = receiver();
        portal.down();
        Registered endpoint = register(agencyCode, portal.url(), List.of());
        submitNomination(agencyCode);

        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> onlyDelivery(endpoint).getString("status"), "FAILED"::equals);
        JsonPath failed = onlyDelivery(endpoint);
        List<Map<String, Object>> attempts = failed.getList("attempts");
        Instant firstAttempt = Instant.parse(attempts.get(0).get("startedAt").toString());
        Instant lastAttempt =
                Instant.parse(attempts.get(attempts.size() - 1).get("startedAt").toString());
        // the test profile's window is 30 s: retried at least that long, and the final attempt schedules nothing
        assertThat(Duration.between(firstAttempt, lastAttempt)).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(attempts)
                .allSatisfy(a -> assertThat(a.get("error").toString()).contains("connection refused"));
        assertThat(attempts.get(attempts.size() - 1).get("nextAttemptAt")).isNull();
        assertThat(failed.getString("nextAttemptAt")).isNull();

        String failingSince = agency(agencyCode)
                .get(WEBHOOKS + "/" + endpoint.id())
                .then()
                .statusCode(200)
                .extract()
                .path("failingSince");
        assertThat(failingSince).isNotNull();
        agency(agencyCode)
                .queryParam("status", "FAILED")
                .get(WEBHOOKS + "/" + endpoint.id() + "/deliveries")
                .then()
                .header("X-Total-Count", "1");
        agency(agencyCode)
                .queryParam("status", "PENDING")
                .get(WEBHOOKS + "/" + endpoint.id() + "/deliveries")
                .then()
                .header("X-Total-Count", "0");

        // enabling says the receiver is fixed: the mark goes
        agency(agencyCode)
                .post(WEBHOOKS + "/" + endpoint.id() + "/enable")
                .then()
                .statusCode(200)
                .body("failingSince", nullValue())
                .body("enabled", equalTo(true));
    }

    @Test
    void aDisabledEndpointGetsNothingQueued() {
        String agencyCode = newAgency();
        WebhookReceiver portal = receiver();
        Registered endpoint = register(agencyCode, portal.url(), List.of());
        agency(agencyCode)
                .post(WEBHOOKS + "/" + endpoint.id() + "/disable")
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false));
        submitNomination(agencyCode);
        // deliveries are written in the submission's own transaction: after its 201 there is nothing more to wait for
        agency(agencyCode)
                .get(WEBHOOKS + "/" + endpoint.id() + "/deliveries")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "0");
    }

    // ------------------------------------------------------------------ helpers

    record Registered(String id, String secret) {}

    /** What the delivery log says of one attempt. */
    record Attempt(Integer status, String error) {}

    private WebhookReceiver receiver() {
        WebhookReceiver receiver = WebhookReceiver.start();
        receivers.add(receiver);
        return receiver;
    }

    /** An agency of its own per test, so that no other test's nominations reach these endpoints. */
    private static String newAgency() {
        return "WH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private Registered register(String agencyCode, String url, List<String> eventTypes) {
        JsonPath created = agency(agencyCode)
                .contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", eventTypes, "description", "Cổng thông tin " + agencyCode))
                .post(WEBHOOKS)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        Registered registered = new Registered(created.getString("id"), created.getString("secret"));
        endpoints.add(registered.id());
        return registered;
    }

    private static List<Received> awaitEvents(WebhookReceiver receiver, String nominationId, int count) {
        return await().atMost(DELIVERY_WAIT)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> eventsOf(receiver, nominationId), events -> events.size() >= count);
    }

    private static List<Received> eventsOf(WebhookReceiver receiver, String nominationId) {
        return receiver.received().stream()
                .filter(r -> event(r).path("subject").asText().equals(nominationId))
                .toList();
    }

    private static JsonPath onlyDelivery(Registered endpoint) {
        List<String> ids = as("admin")
                .get(WEBHOOKS + "/" + endpoint.id() + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id", String.class);
        assertThat(ids).hasSize(1);
        return as("admin")
                .get(WEBHOOKS + "/" + endpoint.id() + "/deliveries/" + ids.get(0))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void awaitAttempt(Registered endpoint, Predicate<Attempt> wanted) {
        await().atMost(DELIVERY_WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
            List<Map<String, Object>> attempts = onlyDelivery(endpoint).getList("attempts");
            return attempts.stream()
                    .map(a -> new Attempt(
                            (Integer) a.get("responseStatus"),
                            a.get("error") == null ? null : a.get("error").toString()))
                    .anyMatch(wanted);
        });
    }

    private static List<Object> numbers(int count) {
        List<Object> numbers = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            numbers.add(i);
        }
        return numbers;
    }

    /** review-service's two events, over the broker, as TimelineFromEventsTest sends them. */
    private static void reviewOpenedThenApproved(String nominationId) {
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            kafka.sendCloudEvent(
                    "review.events", nominationId, UUID.randomUUID(), "review.opened.v1", reviewOpened(nominationId));
            kafka.sendCloudEvent(
                    "review.events",
                    nominationId,
                    UUID.randomUUID(),
                    "review.decided.v1",
                    reviewApproved(nominationId));
        }
    }
}
