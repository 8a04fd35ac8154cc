package vn.vinhdanh.nomination.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.deploy.infra.Callers.as;
import static vn.vinhdanh.nomination.rest.NominationApi.createMovement;
import static vn.vinhdanh.nomination.rest.NominationApi.individual;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.text.Normalizer;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

@QuarkusTest
class NominationResourceTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void submittingCreatesTheNominationAndPublishesACloudEvent() throws Exception {
        String movementId = createMovement();
        // decomposed on purpose: "ị" typed as i + combining dot below
        String decomposedName = Normalizer.normalize("Lò Thị Mai", Normalizer.Form.NFD);

        String location = agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body(individual(movementId, decomposedName))
                .post("/api/v1/nominations")
                .then()
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .body("nominee.name", equalTo("Lò Thị Mai"))
                .extract()
                .header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(location).endsWith("/api/v1/nominations/" + id);

        agency("SO-GDDT")
                .get(location)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("movementId", equalTo(movementId))
                .body("timeline", hasSize(1))
                .body("timeline[0].status", equalTo("SUBMITTED"))
                .body("timeline[0].actor", equalTo("agency:portal-SO-GDDT"));

        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            ConsumerRecord<String, String> record =
                    kafka.await("nomination.events", r -> id.equals(r.key()), Duration.ofSeconds(20));
            assertThat(KafkaTestClient.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(KafkaTestClient.header(record, "ce_type")).isEqualTo("nomination.submitted.v1");
            assertThat(KafkaTestClient.header(record, "ce_source")).isEqualTo("/vinhdanh/nomination-service");
            assertThat(KafkaTestClient.header(record, "ce_subject")).isEqualTo(id);
            assertThat(KafkaTestClient.header(record, "content-type")).isEqualTo("application/json");
            assertThat(UUID.fromString(KafkaTestClient.header(record, "ce_id"))).isNotNull();
            JsonNode payload = json.readTree(record.value());
            assertThat(payload.path("nominationId").asText()).isEqualTo(id);
            assertThat(payload.path("nominee").path("name").asText()).isEqualTo("Lò Thị Mai");
            assertThat(payload.path("movementName").asText()).contains("Lào Cai");
            assertThat(payload.path("publicityConsent").asBoolean()).isTrue();
        }
    }

    @Test
    void aCollectiveNeedsItsMemberCount() {
        String movementId = createMovement();
        String collective = """
                {"movementId":"%s",
                 "nominee":{"kind":"COLLECTIVE","name":"Hợp tác xã Dược liệu Sa Pa",
                            "organization":"xã Tả Van, thị xã Sa Pa","targetGroup":"COLLECTIVE"%s},
                 "level":"PROVINCE","sector":"AGRICULTURE","proposedAward":"BANG_KHEN_CHU_TICH_UBND_TINH",
                 "achievements":"Liên kết 120 hộ trồng dược liệu.","publicityConsent":true}""";

        agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body(collective.formatted(movementId, ""))
                .post("/api/v1/nominations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("nominee.memberCount"));

        agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body(collective.formatted(movementId, ",\"memberCount\":35"))
                .post("/api/v1/nominations")
                .then()
                .statusCode(201)
                .body("nominee.kind", equalTo("COLLECTIVE"))
                .body("nominee.memberCount", equalTo(35));
    }

    @Test
    void badInputGetsProblemDetailsAndWritesNothing() {
        String movementId = createMovement();
        int before = agency("SO-GDDT")
                .queryParam("movementId", movementId)
                .get("/api/v1/nominations")
                .then()
                .statusCode(200)
                .extract()
                .path("size()");

        agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body(individual(movementId, "Lò Thị Mai").replace("EDUCATION_TRAINING", "POETRY"))
                .post("/api/v1/nominations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", endsWith("/validation"))
                .body("errors[0].field", equalTo("sector"))
                .body("errors[0].reason", containsString("EDUCATION_TRAINING"));

        agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body(individual(movementId, "   "))
                .post("/api/v1/nominations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("nominee.name"));

        agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body("{\"movementId\": ")
                .post("/api/v1/nominations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/malformed-json"));

        agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body(individual(UUID.randomUUID().toString(), "Lò Thị Mai"))
                .post("/api/v1/nominations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("movementId"));

        agency("SO-GDDT")
                .contentType(ContentType.TEXT)
                .body("hello")
                .post("/api/v1/nominations")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");

        agency("SO-GDDT")
                .get("/api/v1/nominations/not-a-uuid")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");

        agency("SO-GDDT")
                .get("/api/v1/nominations/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("does not exist"));

        agency("SO-GDDT")
                .queryParam("size", 100000)
                .get("/api/v1/nominations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));

        agency("SO-GDDT")
                .queryParam("movementId", movementId)
                .get("/api/v1/nominations")
                .then()
                .statusCode(200)
                .body("size()", equalTo(before));
    }

    @Test
    void movementCodesAreUnique() {
        String body = """
                {"code":"LC-DUP-%s","name":"Phong trào thi đua","kind":"THEMATIC","level":"PROVINCE","year":2024}""".formatted(UUID.randomUUID().toString().substring(0, 6));
        as("admin")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/movements")
                .then()
                .statusCode(201);
        as("admin")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/movements")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/duplicate-movement"));
    }
}
