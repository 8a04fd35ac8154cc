package vn.vinhdanh.nomination.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.deploy.infra.Callers.as;
import static vn.vinhdanh.nomination.rest.NominationApi.JSON;
import static vn.vinhdanh.nomination.rest.NominationApi.createMovement;
import static vn.vinhdanh.nomination.rest.NominationApi.individualOf;
import static vn.vinhdanh.nomination.rest.NominationApi.post;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/** An agency may take its nomination back until the council approves or rejects it. */
@QuarkusTest
class WithdrawalTest {

    @Test
    void withdrawingRecordsTheStepAndPublishesTheEvent() throws Exception {
        String movementId = createMovement();
        String id = post("SO-GDDT", individualOf("SO-GDDT", movementId, "Sùng A Páo"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        agency("SO-YTE")
                .contentType(ContentType.JSON)
                .body("{}")
                .post(withdraw(id))
                .then()
                .statusCode(404);
        agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"Trùng với hồ sơ cấp huyện\"}")
                .post(withdraw(id))
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("timeline.status", contains("SUBMITTED", "WITHDRAWN"))
                .body("timeline[1].note", equalTo("Trùng với hồ sơ cấp huyện"))
                .body("timeline[1].actor", equalTo("agency:portal-SO-GDDT"));
        agency("SO-GDDT")
                .post(withdraw(id))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-withdrawable"));
        // the JSON literal null is no reason at all, not a server error
        agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body("null")
                .post(withdraw(id))
                .then()
                .statusCode(409)
                .body("type", endsWith("/not-withdrawable"));
        agency("SO-GDDT")
                .contentType(ContentType.TEXT)
                .body("Trùng hồ sơ")
                .post(withdraw(id))
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"" + "x".repeat(2001) + "\"}")
                .post(withdraw(id))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body("{\"cause\":\"x\"}")
                .post(withdraw(id))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cause"));

        as("admin")
                .queryParam("resourceType", "nomination")
                .queryParam("resourceId", id)
                .get("/api/v1/admin/audit")
                .then()
                .body("action", contains("nomination.withdraw", "nomination.submit"));

        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            ConsumerRecord<String, String> record = kafka.await(
                    "nomination.events",
                    r -> id.equals(r.key()) && "nomination.withdrawn.v1".equals(KafkaTestClient.header(r, "ce_type")),
                    Duration.ofSeconds(20));
            JsonNode payload = JSON.readTree(record.value());
            assertThat(payload.path("nominationId").asText()).isEqualTo(id);
            assertThat(payload.path("agencyCode").asText()).isEqualTo("SO-GDDT");
            assertThat(payload.path("movementId").asText()).isEqualTo(movementId);
            assertThat(payload.path("reason").asText()).isEqualTo("Trùng với hồ sơ cấp huyện");
            assertThat(payload.path("withdrawnBy").asText()).isEqualTo("agency:portal-SO-GDDT");
        }

        // a withdrawn nomination no longer blocks the nominee
        post("SO-GDDT", individualOf("SO-GDDT", movementId, "Sùng A Páo"))
                .then()
                .statusCode(201)
                .body("duplicateOf", nullValue());
    }

    @Test
    void aDecidedNominationCannotBeWithdrawnAndLateStepsDoNotReviveAWithdrawnOne() {
        String movementId = createMovement();
        String approved = post("SO-GDDT", individualOf("SO-GDDT", movementId, "Vàng Thị Dua"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String withdrawn = post("SO-GDDT", individualOf("SO-GDDT", movementId, "Thào A Tủa"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        agency("SO-GDDT").post(withdraw(withdrawn)).then().statusCode(200);

        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            for (String id : new String[] {approved, withdrawn}) {
                kafka.sendCloudEvent("review.events", id, UUID.randomUUID(), "review.decided.v1", """
                        {"caseId":"%s","nominationId":"%s","outcome":"APPROVED","reason":null,
                         "decisionDate":"2025-11-20","decidedAt":"%s","decidedBy":"council-secretary",
                         "nomination":null}""".formatted(
                                UUID.randomUUID(), id, Instant.now()));
            }
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            agency("SO-GDDT").get("/api/v1/nominations/" + approved).then().body("status", equalTo("APPROVED"));
            agency("SO-GDDT")
                    .get("/api/v1/nominations/" + withdrawn)
                    .then()
                    .body("timeline.status", contains("SUBMITTED", "WITHDRAWN", "APPROVED"));
        });
        agency("SO-GDDT").get("/api/v1/nominations/" + withdrawn).then().body("status", equalTo("WITHDRAWN"));
        agency("SO-GDDT").post(withdraw(approved)).then().statusCode(409).body("type", endsWith("/not-withdrawable"));
    }

    private static String withdraw(String id) {
        return "/api/v1/nominations/" + id + "/withdraw";
    }
}
