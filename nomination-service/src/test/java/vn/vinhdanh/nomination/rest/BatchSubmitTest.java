package vn.vinhdanh.nomination.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.deploy.infra.Callers.as;
import static vn.vinhdanh.nomination.rest.NominationApi.JSON;
import static vn.vinhdanh.nomination.rest.NominationApi.createMovement;
import static vn.vinhdanh.nomination.rest.NominationApi.individualOf;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** A batch answers per item what a single submission would have, and commits every valid item. */
@QuarkusTest
class BatchSubmitTest {

    private static final String BATCH = "/api/v1/nominations/batch";

    @Test
    void eachItemIsCommittedOrRefusedOnItsOwn() {
        String movementId = createMovement();
        ObjectNode batch = JSON.createObjectNode();
        ArrayNode items = batch.putArray("items");
        items.add(individualOf("SO-GDDT", movementId, "Lò Thị Mai"));
        items.add(individualOf("SO-GDDT", movementId, "Hoàng Văn Thụ").put("sector", "POETRY"));
        items.add(individualOf("SO-GDDT", movementId, "Lo Thi Mai"));
        items.add(individualOf("SO-GDDT", movementId, "Má Seo Chải").put("favouriteColour", "red"));
        items.add(individualOf("SO-YTE", movementId, "Vừ A Dính"));
        items.add(individualOf("SO-GDDT", movementId, "Vừ Thị Say"));

        ValidatableResponse response = agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body(batch.toString())
                .post(BATCH)
                .then()
                .statusCode(200)
                .body("index", contains(0, 1, 2, 3, 4, 5))
                .body("status", contains(201, 400, 409, 400, 403, 201))
                .body("[1].problem.type", endsWith("/validation"))
                .body("[1].problem.errors[0].field", equalTo("sector"))
                .body("[1].id", nullValue())
                .body("[2].problem.type", endsWith("/possible-duplicate"))
                .body("[3].problem.errors[0].field", equalTo("favouriteColour"))
                .body("[4].problem.type", endsWith("/forbidden"));
        String first = response.extract().path("[0].id");
        String last = response.extract().path("[5].id");
        response.body("[2].problem.existingNominationId", equalTo(first));

        agency("SO-GDDT")
                .get("/api/v1/nominations/" + first)
                .then()
                .statusCode(200)
                .body("nominee.name", equalTo("Lò Thị Mai"));
        agency("SO-GDDT").get("/api/v1/nominations/" + last).then().statusCode(200);
        agency("SO-GDDT")
                .queryParam("movementId", movementId)
                .get("/api/v1/nominations")
                .then()
                .header("X-Total-Count", "2");
        as("admin")
                .queryParam("resourceType", "nomination")
                .queryParam("resourceId", last)
                .get("/api/v1/admin/audit")
                .then()
                .body("action", contains("nomination.submit"));
    }

    @Test
    void moreThan500ItemsAreRefusedWhole() {
        String movementId = createMovement();
        ObjectNode batch = JSON.createObjectNode();
        ArrayNode items = batch.putArray("items");
        for (int i = 0; i < 501; i++) {
            items.add(individualOf("SO-GDDT", movementId, "Người số " + i));
        }
        agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body(batch.toString())
                .post(BATCH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("items"));
        agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body("{\"items\":[]}")
                .post(BATCH)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("items"));
        as("editor")
                .contentType(ContentType.JSON)
                .body("{\"items\":[{}]}")
                .post(BATCH)
                .then()
                .statusCode(403);
        agency("SO-GDDT")
                .queryParam("movementId", movementId)
                .get("/api/v1/nominations")
                .then()
                .header("X-Total-Count", "0");
    }

    @Test
    void aFullBatchOf500GoesThrough() {
        String movementId = createMovement();
        ObjectNode batch = JSON.createObjectNode();
        ArrayNode items = batch.putArray("items");
        for (int i = 0; i < 500; i++) {
            items.add(individualOf("SO-GDDT", movementId, "Người số " + i));
        }
        var statuses = agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body(batch.toString())
                .post(BATCH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("status", Integer.class);
        assertThat(statuses).hasSize(500).containsOnly(201);
        agency("SO-GDDT")
                .queryParam("movementId", movementId)
                .get("/api/v1/nominations")
                .then()
                .header("X-Total-Count", "500");
    }
}
