package vn.vinhdanh.nomination.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.deploy.infra.Callers.as;
import static vn.vinhdanh.nomination.rest.NominationApi.JSON;
import static vn.vinhdanh.nomination.rest.NominationApi.createMovement;
import static vn.vinhdanh.nomination.rest.NominationApi.individualOf;
import static vn.vinhdanh.nomination.rest.NominationApi.post;
import static vn.vinhdanh.nomination.rest.NominationApi.putCriteria;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/** Criteria per target group are versioned; a nomination is judged against, and keeps, the version current at submission. */
@QuarkusTest
class MovementCriteriaTest {

    private static final String VERSION_1 = """
            [{"targetGroup":"PUBLIC_EMPLOYEE","code":"TC1","description":"Hoàn thành xuất sắc nhiệm vụ",
              "weight":60,"required":true},
             {"targetGroup":"PUBLIC_EMPLOYEE","code":"TC2","description":"Có sáng kiến được công nhận",
              "weight":40,"required":false},
             {"targetGroup":"CITIZEN","code":"CD1","description":"Gương mẫu chấp hành chính sách",
              "weight":100,"required":true}]""";
    private static final String VERSION_2 = """
            [{"targetGroup":"PUBLIC_EMPLOYEE","code":"TC1","description":"Hoàn thành xuất sắc nhiệm vụ 3 năm liền",
              "weight":50,"required":true},
             {"targetGroup":"PUBLIC_EMPLOYEE","code":"TC3","description":"Được tập thể suy tôn",
              "weight":50,"required":true}]""";

    @Test
    void aMovementCarriesItsPeriodAndReviewMilestones() {
        String body = """
                {"code":"LC-NTM-%s","name":"Lào Cai chung sức xây dựng nông thôn mới","kind":"THEMATIC",
                 "level":"PROVINCE","year":2021,"period":{"fromYear":2021,"toYear":2025},
                 "preliminaryReviewOn":"2023-06-30","finalReviewOn":"2025-12-15"}""";
        String id = as("admin")
                .contentType(ContentType.JSON)
                .body(body.formatted(suffix()))
                .post("/api/v1/movements")
                .then()
                .statusCode(201)
                .body("period.fromYear", equalTo(2021))
                .body("criteriaVersion", equalTo(0))
                .extract()
                .path("id");
        as("agency")
                .get("/api/v1/movements/" + id)
                .then()
                .statusCode(200)
                .body("period.toYear", equalTo(2025))
                .body("preliminaryReviewOn", equalTo("2023-06-30"))
                .body("finalReviewOn", equalTo("2025-12-15"));

        as("admin")
                .contentType(ContentType.JSON)
                .body(body.formatted(suffix()).replace("\"toYear\":2025", "\"toYear\":2020"))
                .post("/api/v1/movements")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("period.toYear"));
        as("admin")
                .contentType(ContentType.JSON)
                .body(body.formatted(suffix()).replace("2025-12-15", "2022-12-15"))
                .post("/api/v1/movements")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("finalReviewOn"));
    }

    @Test
    void replacingTheCriteriaWritesANewVersionAndKeepsTheEarlierOnes() {
        String movementId = createMovement();
        String criteria = "/api/v1/movements/" + movementId + "/criteria";
        agency("SO-GDDT")
                .get(criteria)
                .then()
                .statusCode(200)
                .body("version", equalTo(0))
                .body("criteria", hasSize(0));

        putCriteria(movementId, VERSION_1);
        as("admin")
                .contentType(ContentType.JSON)
                .body("{\"criteria\":" + VERSION_2 + "}")
                .put(criteria)
                .then()
                .statusCode(200)
                .body("version", equalTo(2))
                .body("createdBy", equalTo("admin:test-admin"));

        agency("SO-GDDT")
                .get(criteria)
                .then()
                .statusCode(200)
                .body("version", equalTo(2))
                .body("criteria.code", contains("TC1", "TC3"));
        String weight = agency("SO-GDDT")
                .queryParam("version", 1)
                .get(criteria)
                .then()
                .statusCode(200)
                .body("criteria.code", contains("TC1", "TC2", "CD1"))
                .body("criteria[0].description", equalTo("Hoàn thành xuất sắc nhiệm vụ"))
                .extract()
                .jsonPath()
                .getString("criteria[0].weight");
        assertThat(new java.math.BigDecimal(weight)).isEqualByComparingTo("60");
        agency("SO-GDDT")
                .queryParam("version", 1)
                .queryParam("targetGroup", "CITIZEN")
                .get(criteria)
                .then()
                .statusCode(200)
                .body("criteria.code", contains("CD1"));
        agency("SO-GDDT")
                .queryParam("version", 7)
                .get(criteria)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as("admin").get("/api/v1/movements/" + movementId).then().body("criteriaVersion", equalTo(2));
    }

    @Test
    void criteriaAreValidatedAndOnlyAnAdminSetsThem() {
        String movementId = createMovement();
        String criteria = "/api/v1/movements/" + movementId + "/criteria";
        agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body("{\"criteria\":" + VERSION_1 + "}")
                .put(criteria)
                .then()
                .statusCode(403);
        as("admin")
                .contentType(ContentType.JSON)
                .body("{\"criteria\":" + VERSION_1.replace("\"TC2\"", "\"TC1\"") + "}")
                .put(criteria)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("criteria[1].code"));
        as("admin")
                .contentType(ContentType.JSON)
                .body("{\"criteria\":" + VERSION_1.replace("\"weight\":60", "\"weight\":101") + "}")
                .put(criteria)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("criteria[0].weight"));
        as("admin")
                .contentType(ContentType.JSON)
                .body("{\"criteria\":" + VERSION_1.replace("PUBLIC_EMPLOYEE", "ALIEN") + "}")
                .put(criteria)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("criteria[0].targetGroup"));
        as("admin")
                .contentType(ContentType.JSON)
                .body("{\"criteria\":" + VERSION_1 + "}")
                .put("/api/v1/movements/" + UUID.randomUUID() + "/criteria")
                .then()
                .statusCode(404);
        agency("SO-GDDT").get(criteria).then().body("version", equalTo(0));
    }

    @Test
    void evidenceIsCheckedAgainstTheCriteriaOfTheNomineesGroup() {
        String movementId = createMovement();
        putCriteria(movementId, VERSION_1);

        ObjectNode unknown = withEvidence(movementId, "TC1", "TC9");
        post("SO-GDDT", unknown)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("evidence[1].criterionCode"));
        // CD1 exists, but for citizens, not for this public employee
        post("SO-GDDT", withEvidence(movementId, "TC1", "CD1"))
                .then()
                .statusCode(400)
                .body("errors.field", contains("evidence[1].criterionCode"));
        post("SO-GDDT", withEvidence(movementId, "TC2"))
                .then()
                .statusCode(400)
                .body("errors.field", contains("evidence"))
                .body("errors[0].reason", equalTo("criterion TC1 is required for PUBLIC_EMPLOYEE and has no evidence"));
        post("SO-GDDT", withEvidence(movementId, "TC1", "TC1"))
                .then()
                .statusCode(400)
                .body("errors.field", contains("evidence[1].criterionCode"));
        post("SO-GDDT", individualOf("SO-GDDT", movementId, "Lò Thị Mai"))
                .then()
                .statusCode(400)
                .body("errors.field", contains("evidence"));

        ObjectNode badChecksum = withEvidence(movementId, "TC1");
        ((ObjectNode) badChecksum.withArray("attachments").get(0)).put("sha256", "abc");
        post("SO-GDDT", badChecksum).then().statusCode(400).body("errors.field", hasItem("attachments[0].sha256"));
        ObjectNode badUrl = withEvidence(movementId, "TC1");
        ((ObjectNode) badUrl.withArray("attachments").get(0)).put("url", "javascript:alert(1)");
        post("SO-GDDT", badUrl).then().statusCode(400).body("errors.field", hasItem("attachments[0].url"));

        agency("SO-GDDT")
                .queryParam("movementId", movementId)
                .get("/api/v1/nominations")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "0");
    }

    @Test
    void aNominationKeepsTheCriteriaVersionItWasJudgedAgainstAndItsEventCarriesThem() throws Exception {
        String movementId = createMovement();
        putCriteria(movementId, VERSION_1);
        String id = post("SO-GDDT", withEvidence(movementId, "TC1", "TC2"))
                .then()
                .statusCode(201)
                .body("criteriaVersion", equalTo(1))
                .body("evidence.criterionCode", contains("TC1", "TC2"))
                .body(
                        "attachments[0].sha256",
                        equalTo("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"))
                .extract()
                .path("id");

        putCriteria(movementId, VERSION_2);
        agency("SO-GDDT")
                .get("/api/v1/nominations/" + id)
                .then()
                .statusCode(200)
                .body("criteriaVersion", equalTo(1))
                .body("evidence[0].text", equalTo("Bằng chứng cho TC1"))
                .body("attachments[0].name", equalTo("Báo cáo thành tích.pdf"))
                .body("attachments[0].sizeBytes", equalTo(524288));
        // the next nomination is judged against version 2, where TC3 is required
        post("SO-GDDT", withEvidence(movementId, "TC1", "TC2").put("confirmDuplicate", true))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("evidence[1].criterionCode"));

        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            ConsumerRecord<String, String> record =
                    kafka.await("nomination.events", r -> id.equals(r.key()), Duration.ofSeconds(20));
            JsonNode payload = JSON.readTree(record.value());
            assertThat(payload.path("criteria").path("version").asInt()).isEqualTo(1);
            assertThat(payload.path("criteria").path("targetGroup").asText()).isEqualTo("PUBLIC_EMPLOYEE");
            assertThat(payload.path("criteria").path("items").findValuesAsText("code"))
                    .containsExactly("TC1", "TC2");
            assertThat(payload.path("criteria")
                            .path("items")
                            .get(0)
                            .path("weight")
                            .decimalValue())
                    .isEqualByComparingTo("60");
            assertThat(payload.path("criteria")
                            .path("items")
                            .get(0)
                            .path("required")
                            .asBoolean())
                    .isTrue();
            assertThat(payload.path("evidence").findValuesAsText("criterionCode"))
                    .containsExactly("TC1", "TC2");
            assertThat(payload.path("attachments").get(0).path("url").asText())
                    .isEqualTo("https://vanban.laocai.gov.vn/hoso/bao-cao.pdf");
            assertThat(payload.path("duplicateOf").isNull()).isTrue();
        }
    }

    private static ObjectNode withEvidence(String movementId, String... codes) {
        ObjectNode body = individualOf("SO-GDDT", movementId, "Lò Thị Mai");
        ArrayNode evidence = body.putArray("evidence");
        for (String code : codes) {
            evidence.addObject().put("criterionCode", code).put("text", "Bằng chứng cho " + code);
        }
        body.putArray("attachments")
                .addObject()
                .put("name", "Báo cáo thành tích.pdf")
                .put("mediaType", "application/pdf")
                .put("sizeBytes", 524288)
                .put("sha256", "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08")
                .put("url", "https://vanban.laocai.gov.vn/hoso/bao-cao.pdf");
        return body;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
