package vn.vinhdanh.nomination.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.nomination.NominationFixtures.sendBack;
import static vn.vinhdanh.nomination.rest.NominationApi.JSON;
import static vn.vinhdanh.nomination.rest.NominationApi.createMovement;
import static vn.vinhdanh.nomination.rest.NominationApi.individualOf;
import static vn.vinhdanh.nomination.rest.NominationApi.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/** Returned for information → amended → a new revision goes to the council; every revision stays readable. */
@QuarkusTest
class AmendmentTest {

    @Test
    void aReturnedNominationIsAmendedAsANewRevisionAndTheOldOneStaysAsSent() throws Exception {
        String movementId = createMovement();
        ObjectNode first = individualOf("SO-GDDT", movementId, "Hoàng Thị Lan");
        String id = post("SO-GDDT", first).then().statusCode(201).extract().path("id");

        ObjectNode second = first.deepCopy();
        second.put("achievements", "15 năm bám bản; sáng kiến được Sở GD&ĐT công nhận năm 2024.");
        second.put("changeNote", "Bổ sung xác nhận sáng kiến");

        // not returned yet: the council has the nomination, the agency cannot change it
        amend("SO-GDDT", id, second)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-returned"));

        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            sendBack(kafka, "SO-GDDT", id, "Thiếu xác nhận sáng kiến");

            ObjectNode noNote = second.deepCopy();
            noNote.remove("changeNote");
            amend("SO-GDDT", id, noNote).then().statusCode(400).body("errors[0].field", equalTo("changeNote"));
            ObjectNode otherMovement = second.deepCopy();
            otherMovement.put("movementId", createMovement());
            amend("SO-GDDT", id, otherMovement).then().statusCode(400).body("errors[0].field", equalTo("movementId"));
            amend("SO-YTE", id, second).then().statusCode(404);

            amend("SO-GDDT", id, second)
                    .then()
                    .statusCode(201)
                    .header("Location", endsWith("/api/v1/nominations/" + id + "/revisions/2"))
                    .body("revision", equalTo(2))
                    .body("status", equalTo("SUBMITTED"))
                    .body("achievements", equalTo("15 năm bám bản; sáng kiến được Sở GD&ĐT công nhận năm 2024."))
                    .body("timeline.status", contains("SUBMITTED", "RETURNED", "SUBMITTED"))
                    .body("timeline[2].note", equalTo("revision 2: Bổ sung xác nhận sáng kiến"));
            // amending twice needs another return
            amend("SO-GDDT", id, second).then().statusCode(409).body("type", endsWith("/not-returned"));

            agency("SO-GDDT")
                    .get("/api/v1/nominations/" + id + "/revisions")
                    .then()
                    .statusCode(200)
                    .body("revision", contains(1, 2))
                    .body("changeNote", contains(nullValue(), equalTo("Bổ sung xác nhận sáng kiến")))
                    .body("[0].content", nullValue());
            agency("SO-GDDT")
                    .get("/api/v1/nominations/" + id + "/revisions/1")
                    .then()
                    .statusCode(200)
                    .body(
                            "content.achievements",
                            equalTo(first.get("achievements").asText()))
                    .body("content.revision", equalTo(1));
            agency("SO-GDDT")
                    .get("/api/v1/nominations/" + id + "/revisions/3")
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
            agency("SO-YTE")
                    .get("/api/v1/nominations/" + id + "/revisions")
                    .then()
                    .statusCode(404);

            ConsumerRecord<String, String> second2 = kafka.await(
                    "nomination.events",
                    r -> id.equals(r.key())
                            && "nomination.submitted.v1".equals(KafkaTestClient.header(r, "ce_type"))
                            && r.value().contains("\"revision\":2"),
                    Duration.ofSeconds(20));
            JsonNode resubmitted = JSON.readTree(second2.value());
            assertThat(resubmitted.path("achievements").asText()).contains("sáng kiến được Sở GD&ĐT công nhận");
            // judged against the same criteria version as the first revision, whatever the movement has now
            int firstCriteria = agency("SO-GDDT")
                    .get("/api/v1/nominations/" + id + "/revisions/1")
                    .then()
                    .extract()
                    .path("content.criteria.version");
            assertThat(resubmitted.path("criteria").path("version").asInt()).isEqualTo(firstCriteria);
        }
    }

    @Test
    void aChangeNoteIsRefusedOnAFirstSubmission() {
        ObjectNode body = individualOf("SO-GDDT", createMovement(), "Lý Văn Sử");
        body.put("changeNote", "sửa");
        post("SO-GDDT", body).then().statusCode(400).body("errors[0].field", equalTo("changeNote"));
    }

    private static Response amend(String agencyCode, String id, ObjectNode body) {
        return agency(agencyCode)
                .contentType(ContentType.JSON)
                .body(body.toString())
                .post("/api/v1/nominations/" + id + "/revisions");
    }
}
