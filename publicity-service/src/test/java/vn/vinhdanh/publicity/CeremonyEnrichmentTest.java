package vn.vinhdanh.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.vinhdanh.deploy.infra.Callers.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;
import vn.vinhdanh.publicity.domain.CeremonySchedule;

/**
 * ceremony.scheduled.v1 gives a feature its suggested publish date: the ceremony's day, else the sector's next
 * traditional day after the award. The event may come before the feature; the latest wins; a cancellation withdraws
 * it; a redelivery changes nothing. The date shows in the feature API and on the live desk.
 */
@QuarkusTest
class CeremonyEnrichmentTest {

    private static final String FEATURES = "/api/v1/features/";

    @TestHTTPResource("/api/v1/desk/events")
    URI desk;

    private KafkaTestClient kafka;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void connect() {
        // the sector's day comes from award-service's table of days
        TestTraditionalDays.ensurePublished();
        kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void aCeremonyScheduledBeforeTheDraftDatesItAndTheLatestEventWins() {
        String nominationId = UUID.randomUUID().toString();
        UUID ceremony = UUID.randomUUID();
        Instant first = Instant.now().minusSeconds(60);
        ceremony(UUID.randomUUID(), nominationId, ceremony, LocalDate.of(2026, 6, 10), false, first);
        // the two events travel on two topics, whose consumers promise no order between them: the approval is sent
        // once the ceremony is stored, so that this is the case of a ceremony known before the draft
        await().atMost(Duration.ofSeconds(20))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> CeremonySchedule.findById(UUID.fromString(nominationId)) != null));
        kafka.sendCloudEvent(
                "review.events",
                nominationId,
                UUID.randomUUID(),
                "review.decided.v1",
                FeatureFlowTest.approved(nominationId, "INDIVIDUAL", "Giàng Thị Mỷ", true));
        String id = Stories.awaitFeature(nominationId);
        as("editor")
                .get(FEATURES + id)
                .then()
                .statusCode(200)
                .body("suggestedPublishDate", equalTo("2026-06-10"))
                .body("suggestionBasis", equalTo("CEREMONY"))
                .body(
                        "suggestionNote",
                        equalTo("Lễ tuyên dương điển hình tiên tiến tỉnh Lào Cai, ngày 10/06/2026 lúc "
                                + "08:30 tại Hội trường Ủy ban nhân dân tỉnh"))
                .body("ceremonyId", equalTo(ceremony.toString()));

        // the award does not displace the ceremony
        kafka.sendCloudEvent(
                "award.events",
                nominationId,
                UUID.randomUUID(),
                "award.granted.v1",
                Stories.awardGranted(
                        nominationId, "Chiến sĩ thi đua cấp tỉnh", "77/QĐ-UBND", LocalDate.of(2026, 1, 10)));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> as("editor")
                        .get(FEATURES + id)
                        .then()
                        .body("decisionNumber", equalTo("77/QĐ-UBND"))
                        .body("suggestedPublishDate", equalTo("2026-06-10")));

        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<HttpResponse<Stream<String>>> stream = openDesk(lines);
        try {
            // rescheduled: the newer event wins, and the desk sees it
            UUID rescheduled = UUID.randomUUID();
            ceremony(rescheduled, nominationId, ceremony, LocalDate.of(2026, 7, 1), false, first.plusSeconds(10));
            awaitSuggestion(id, "2026-07-01", "CEREMONY");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> lines.stream()
                            .anyMatch(line -> line.startsWith("data:")
                                    && line.contains(id)
                                    && line.contains("\"action\":\"feature.ceremony-scheduled\"")
                                    && line.contains("\"suggestedPublishDate\":\"2026-07-01\"")
                                    && line.contains("\"detail\":\"Lễ tuyên dương")));
            assertThat(lines).contains("event:feature.ceremony-scheduled");

            // an older event that arrives late, and the same event delivered again with other content, change nothing
            ceremony(UUID.randomUUID(), nominationId, ceremony, LocalDate.of(2026, 5, 5), false, first.plusSeconds(5));
            ceremony(rescheduled, nominationId, ceremony, LocalDate.of(2026, 9, 9), false, first.plusSeconds(20));
            // a cancellation of a ceremony that no longer holds the award is not this award's
            ceremony(
                    UUID.randomUUID(),
                    nominationId,
                    UUID.randomUUID(),
                    LocalDate.of(2026, 6, 10),
                    true,
                    first.plusSeconds(30));
            // the marker: processed after the three above (same partition), it proves they were applied or ignored
            kafka.sendCloudEvent(
                    "award.events",
                    nominationId,
                    UUID.randomUUID(),
                    "award.granted.v1",
                    Stories.awardGranted(
                            nominationId, "Chiến sĩ thi đua cấp tỉnh", "78/QĐ-UBND", LocalDate.of(2026, 1, 10)));
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(
                            () -> as("editor").get(FEATURES + id).then().body("decisionNumber", equalTo("78/QĐ-UBND")));
            as("editor")
                    .get(FEATURES + id)
                    .then()
                    .body("suggestedPublishDate", equalTo("2026-07-01"))
                    .body("ceremonyId", equalTo(ceremony.toString()));

            // the ceremony is called off: the sector's traditional day after the award (27/2 for health)
            ceremony(UUID.randomUUID(), nominationId, ceremony, LocalDate.of(2026, 7, 1), true, first.plusSeconds(40));
            awaitSuggestion(id, "2026-02-27", "TRADITIONAL_DAY");
            as("editor")
                    .get(FEATURES + id)
                    .then()
                    .body("suggestionNote", equalTo("Ngày Thầy thuốc Việt Nam (27/2)"))
                    .body("ceremonyId", equalTo(null));
            await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains("event:feature.ceremony-cancelled"));
        } finally {
            stream.cancel(true);
        }
    }

    @Test
    void withoutACeremonyTheSectorsTraditionalDayAfterTheAwardIsSuggested() {
        String nominationId = UUID.randomUUID().toString();
        String id =
                Stories.draft(nominationId, "COLLECTIVE", "Trường Mầm non Hoa Ban", "EDUCATION_TRAINING", "PROVINCE");
        as("editor")
                .get(FEATURES + id)
                .then()
                .body("suggestedPublishDate", equalTo(null))
                .body("title", equalTo("Tập thể tiêu biểu ngành giáo dục: Trường Mầm non Hoa Ban"));
        kafka.sendCloudEvent(
                "award.events",
                nominationId,
                UUID.randomUUID(),
                "award.granted.v1",
                Stories.awardGranted(
                        nominationId, "Cờ thi đua của Ủy ban nhân dân tỉnh", "90/QĐ-UBND", LocalDate.of(2025, 11, 25)));
        awaitSuggestion(id, "2026-11-20", "TRADITIONAL_DAY");
        as("editor")
                .get(FEATURES + id)
                .then()
                .body("suggestionNote", equalTo("Ngày Nhà giáo Việt Nam (20/11)"))
                .body("body", containsString("Cờ thi đua của Ủy ban nhân dân tỉnh"));
    }

    @Test
    void aCeremonyEventWithoutItsNominationIsDeadLettered() {
        String key = UUID.randomUUID().toString();
        UUID eventId = UUID.randomUUID();
        kafka.sendCloudEvent(
                "award.events", key, eventId, "ceremony.scheduled.v1", """
                {"ceremonyId":"%s","name":"Lễ tôn vinh","occasion":"ANNUAL_REVIEW","ceremonyDate":"2026-12-20",
                 "startsAt":null,"place":null,"awardId":null,"nominationId":null,"cancelled":false,
                 "scheduledAt":"%s"}""".formatted(UUID.randomUUID(), Instant.now()));
        kafka.await(
                "publicity-service.dlq",
                r -> eventId.toString().equals(KafkaTestClient.header(r, "ce_id")),
                Duration.ofSeconds(30));
    }

    private void ceremony(
            UUID eventId,
            String nominationId,
            UUID ceremonyId,
            LocalDate date,
            boolean cancelled,
            Instant scheduledAt) {
        kafka.sendCloudEvent("award.events", nominationId, eventId, "ceremony.scheduled.v1", """
                {"ceremonyId":"%s","name":"Lễ tuyên dương điển hình tiên tiến tỉnh Lào Cai",
                 "occasion":"PATRIOTIC_EMULATION_DAY","ceremonyDate":"%s","startsAt":"%sT01:30:00Z",
                 "place":"Hội trường Ủy ban nhân dân tỉnh","awardId":"%s","nominationId":"%s","cancelled":%s,
                 "scheduledAt":"%s"}""".formatted(
                        ceremonyId, date, date, UUID.randomUUID(), nominationId, cancelled, scheduledAt));
    }

    private static void awaitSuggestion(String id, String date, String basis) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> as("editor")
                        .get(FEATURES + id)
                        .then()
                        .body("suggestedPublishDate", equalTo(date))
                        .body("suggestionBasis", equalTo(basis)));
    }

    private CompletableFuture<HttpResponse<Stream<String>>> openDesk(List<String> sink) {
        // from the start of the desk log, so nothing is missed however fast the stream connects
        HttpRequest request = HttpRequest.newBuilder(URI.create(desk + "?after=0"))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + PlatformTestResource.token("desk-test", "editor", null))
                .build();
        CompletableFuture<HttpResponse<Stream<String>>> response =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(r -> r.body().forEach(line -> sink.add(line.replace(": ", ":"))));
        return response;
    }
}
