package vn.vinhdanh.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.vinhdanh.deploy.infra.Callers.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/** The live desk streams changes as server-sent events and resumes from Last-Event-ID without losing any. */
@QuarkusTest
class DeskStreamTest {

    @TestHTTPResource("/api/v1/desk/events")
    URI stream;

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void newDraftsAndStatusChangesAreStreamedAndAReconnectResumes() {
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<HttpResponse<Stream<String>>> connection = open(null, lines);
        try {
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> connection.isDone() || !lines.isEmpty() || connectedStatus(connection) == 200);
            String nominationId = UUID.randomUUID().toString();
            try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
                kafka.sendCloudEvent(
                        "review.events",
                        nominationId,
                        UUID.randomUUID(),
                        "review.decided.v1",
                        FeatureFlowTest.approved(nominationId, "INDIVIDUAL", "Thào A Súa", true));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> lines.contains("event:feature.draft"));
            String featureId = as("editor")
                    .queryParam("nominationId", nominationId)
                    .get("/api/v1/features")
                    .then()
                    .extract()
                    .path("[0].id");
            as("editor")
                    .post("/api/v1/features/" + featureId + "/submit-for-review")
                    .then()
                    .statusCode(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains("event:feature.submit-for-review"));

            List<String> snapshot = new ArrayList<>(lines);
            String draftId = idBefore(snapshot, "event:feature.draft");
            assertThat(snapshot)
                    .anyMatch(line -> line.startsWith("data:")
                            && line.contains("Thào A Súa")
                            && line.contains("\"status\":\"IN_REVIEW\""));

            // a client that saw only the draft reconnects and gets what it missed, in order
            List<String> resumed = new CopyOnWriteArrayList<>();
            CompletableFuture<HttpResponse<Stream<String>>> second = open(draftId, resumed);
            try {
                await().atMost(Duration.ofSeconds(10)).until(() -> resumed.contains("event:feature.submit-for-review"));
                assertThat(resumed).doesNotContain("event:feature.draft");
            } finally {
                second.cancel(true);
            }
        } finally {
            connection.cancel(true);
        }
        as("agency").get("/api/v1/desk/events").then().statusCode(403);
        as("editor")
                .header("Last-Event-ID", "abc")
                .get("/api/v1/desk/events")
                .then()
                .statusCode(400)
                .contentType(ContentType.fromContentType("application/problem+json"));
    }

    private CompletableFuture<HttpResponse<Stream<String>>> open(String lastEventId, List<String> sink) {
        HttpRequest.Builder request = HttpRequest.newBuilder(stream)
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + PlatformTestResource.token("desk-test", "editor", null));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        CompletableFuture<HttpResponse<Stream<String>>> response =
                http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(r -> r.body().forEach(line -> sink.add(line.replace(": ", ":"))));
        return response;
    }

    private static int connectedStatus(CompletableFuture<HttpResponse<Stream<String>>> connection) {
        return connection.isDone() && !connection.isCompletedExceptionally()
                ? connection.join().statusCode()
                : -1;
    }

    private static String idBefore(List<String> lines, String eventLine) {
        int at = lines.indexOf(eventLine);
        for (int i = at; i >= 0 && i > at - 3; i--) {
            if (lines.get(i).startsWith("id:")) {
                return lines.get(i).substring(3).strip();
            }
        }
        for (int i = at; i < lines.size() && i < at + 4; i++) {
            if (lines.get(i).startsWith("id:")) {
                return lines.get(i).substring(3).strip();
            }
        }
        throw new AssertionError("no id for " + eventLine + " in " + lines);
    }
}
