package vn.vinhdanh.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.vinhdanh.deploy.infra.Callers.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
class ReviewFlowTest {

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
    void aSubmissionOpensOneCaseEvenWhenDeliveredTwice() throws Exception {
        String nominationId = UUID.randomUUID().toString();
        UUID eventId = UUID.randomUUID();
        kafka.sendCloudEvent(
                "nomination.events",
                nominationId,
                eventId,
                "nomination.submitted.v1",
                submitted(nominationId, "Giàng A Páo"));
        kafka.sendCloudEvent(
                "nomination.events",
                nominationId,
                eventId,
                "nomination.submitted.v1",
                submitted(nominationId, "Giàng A Páo"));

        String caseId = awaitCase(nominationId);
        as("council-secretary")
                .get("/api/v1/reviews/" + caseId)
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("round", equalTo(1))
                .body("nomineeName", equalTo("Giàng A Páo"))
                .body("agencyCode", equalTo("CA-TINH"));

        ConsumerRecord<String, String> opened = kafka.await(
                "review.events",
                r -> nominationId.equals(r.key()) && "review.opened.v1".equals(KafkaTestClient.header(r, "ce_type")),
                Duration.ofSeconds(20));
        assertThat(json.readTree(opened.value()).path("caseId").asText()).isEqualTo(caseId);

        Thread.sleep(1000); // give a wrongly doubled delivery the time to show up
        as("council-secretary")
                .queryParam("nominationId", nominationId)
                .get("/api/v1/reviews")
                .then()
                .body("$", hasSize(1));
    }

    @Test
    void anApprovalCarriesTheNominationAndCannotBeTakenTwice() throws Exception {
        String nominationId = UUID.randomUUID().toString();
        kafka.sendCloudEvent(
                "nomination.events",
                nominationId,
                UUID.randomUUID(),
                "nomination.submitted.v1",
                submitted(nominationId, "Lý Thị Dung"));
        String caseId = awaitCase(nominationId);

        TestCouncil.create(3).approve(caseId);
        as("council-secretary")
                .get("/api/v1/reviews/" + caseId)
                .then()
                .statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("outcome", equalTo("APPROVED"))
                .body(
                        "decisionDate",
                        equalTo(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString()));

        as("council-secretary")
                .contentType(ContentType.JSON)
                .body("{\"outcome\":\"REJECTED\",\"reason\":\"đổi ý\"}")
                .post("/api/v1/reviews/" + caseId + "/decision")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/already-decided"));

        ConsumerRecord<String, String> decided = kafka.await(
                "review.events",
                r -> nominationId.equals(r.key()) && "review.decided.v1".equals(KafkaTestClient.header(r, "ce_type")),
                Duration.ofSeconds(20));
        JsonNode payload = json.readTree(decided.value());
        assertThat(payload.path("outcome").asText()).isEqualTo("APPROVED");
        assertThat(payload.path("nomination").path("nominee").path("name").asText())
                .isEqualTo("Lý Thị Dung");
        assertThat(payload.path("nomination").path("proposedAward").asText()).isEqualTo("BANG_KHEN_CHU_TICH_UBND_TINH");
        assertThat(KafkaTestClient.header(decided, "ce_source")).isEqualTo("/vinhdanh/review-service");
    }

    @Test
    void rejectingOrReturningNeedsAReason() {
        String nominationId = UUID.randomUUID().toString();
        kafka.sendCloudEvent(
                "nomination.events",
                nominationId,
                UUID.randomUUID(),
                "nomination.submitted.v1",
                submitted(nominationId, "Hợp tác xã Chè Shan tuyết"));
        String caseId = awaitCase(nominationId);

        as("council-secretary")
                .contentType(ContentType.JSON)
                .body("{\"outcome\":\"RETURNED\",\"reason\":\"  \"}")
                .post("/api/v1/reviews/" + caseId + "/decision")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"));
        as("council-secretary")
                .contentType(ContentType.JSON)
                .body("{\"outcome\":\"MAYBE\"}")
                .post("/api/v1/reviews/" + caseId + "/decision")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("outcome"));
        as("council-secretary").get("/api/v1/reviews/" + caseId).then().body("status", equalTo("OPEN"));

        as("council-secretary")
                .contentType(ContentType.JSON)
                // typed decomposed (e + combining marks), stored and returned precomposed (NFC)
                .body("{\"outcome\":\"RETURNED\",\"reason\":\""
                        + java.text.Normalizer.normalize(
                                "Thiếu xác nhận sáng kiến của cơ quan quản lý", java.text.Normalizer.Form.NFD)
                        + "\"}")
                .post("/api/v1/reviews/" + caseId + "/decision")
                .then()
                .statusCode(200)
                .body("outcome", equalTo("RETURNED"))
                .body("reason", equalTo("Thiếu xác nhận sáng kiến của cơ quan quản lý"));
        as("council-secretary")
                .contentType(ContentType.JSON)
                .body("{\"outcome\":\"APPROVED\"}")
                .post("/api/v1/reviews/" + UUID.randomUUID() + "/decision")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aSubmissionWithoutNomineeIsDeadLettered() {
        String nominationId = UUID.randomUUID().toString();
        UUID eventId = UUID.randomUUID();
        kafka.sendCloudEvent(
                "nomination.events",
                nominationId,
                eventId,
                "nomination.submitted.v1",
                "{\"nominationId\":\"" + nominationId + "\",\"revision\":1}");
        ConsumerRecord<String, String> letter = kafka.await(
                "review-service.dlq",
                r -> eventId.toString().equals(KafkaTestClient.header(r, "ce_id")),
                Duration.ofSeconds(20));
        assertThat(KafkaTestClient.header(letter, "dead-letter-reason")).contains("lacks required nomination facts");
        assertThat(KafkaTestClient.header(letter, "dead-letter-topic")).isEqualTo("nomination.events");
        as("council-secretary")
                .queryParam("nominationId", nominationId)
                .get("/api/v1/reviews")
                .then()
                .body("$", hasSize(0));
    }

    private static String awaitCase(String nominationId) {
        return await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> as("council-secretary")
                                .queryParam("nominationId", nominationId)
                                .get("/api/v1/reviews")
                                .then()
                                .statusCode(200)
                                .extract()
                                .<String>path("[0].id"),
                        id -> id != null);
    }

    static String submitted(String nominationId, String name) {
        return """
                {"nominationId":"%s","revision":1,"agencyCode":"CA-TINH","movementId":"%s",
                 "movementName":"Phong trào thi đua Vì an ninh Tổ quốc","movementYear":2025,"level":"PROVINCE",
                 "sector":"SECURITY","proposedAward":"BANG_KHEN_CHU_TICH_UBND_TINH",
                 "nominee":{"kind":"INDIVIDUAL","name":"%s","gender":"MALE","birthYear":1988,"ethnicity":"Mông",
                            "position":"Trưởng Công an xã","organization":"Công an xã Y Tý, Bát Xát",
                            "targetGroup":"SOLDIER","memberCount":null},
                 "achievements":"Triệt phá 3 đường dây ma túy.","goodPractices":null,"publicityConsent":true,
                 "submittedAt":"%s"}""".formatted(nominationId, UUID.randomUUID(), name, Instant.now());
    }
}
