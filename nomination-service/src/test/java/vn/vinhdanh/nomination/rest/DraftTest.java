package vn.vinhdanh.nomination.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.nomination.rest.NominationApi.createMovement;
import static vn.vinhdanh.nomination.rest.NominationApi.individualOf;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Draft → submitted: an agency prepares a nomination over several sittings, then sends it to the council. */
@QuarkusTest
class DraftTest {

    private static final String DRAFTS = "/api/v1/nominations/drafts";

    @Test
    void aSubmittedDraftHearsEveryProblemOfItsContentAtOnce() {
        String movementId = createMovement();
        // blank achievements (a constraint) and an individual in the COLLECTIVE group (a rule between fields)
        ObjectNode content = individualOf("SO-GDDT", movementId, "Sùng Thị Mỷ");
        content.put("achievements", "   ");
        ((ObjectNode) content.get("nominee")).put("targetGroup", "COLLECTIVE");
        String draftId = agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body(content.toString())
                .post(DRAFTS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        agency("SO-GDDT")
                .post(DRAFTS + "/" + draftId + "/submit")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation"))
                .body("errors.field", contains("achievements", "nominee.targetGroup"));
        agency("SO-GDDT").get(DRAFTS + "/" + draftId).then().body("submittedNominationId", nullValue());
    }

    @Test
    void aDraftIsSavedIncompleteAndCheckedInFullWhenSubmitted() {
        String movementId = createMovement();
        String draftId = agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body("{\"movementId\":\"" + movementId + "\",\"achievements\":\"Đang tổng hợp thành tích…\"}")
                .post(DRAFTS)
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString(DRAFTS + "/"))
                .body("agencyCode", equalTo("SO-GDDT"))
                .body("content.achievements", equalTo("Đang tổng hợp thành tích…"))
                .extract()
                .path("id");
        agency("SO-GDDT").get(DRAFTS).then().statusCode(200).body("id", hasItem(draftId));
        agency("SO-YTE").get(DRAFTS + "/" + draftId).then().statusCode(404);
        agency("SO-YTE").get(DRAFTS).then().body("id", not(hasItem(draftId)));

        // submitting the incomplete draft lists what is missing, and leaves it a draft
        agency("SO-GDDT")
                .post(DRAFTS + "/" + draftId + "/submit")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        org.hamcrest.Matchers.hasItems(
                                "nominee", "level", "sector", "proposedAward", "publicityConsent"));
        agency("SO-GDDT").get(DRAFTS + "/" + draftId).then().body("submittedNominationId", nullValue());

        ObjectNode complete = individualOf("SO-GDDT", movementId, "Nông Thị Hạnh");
        agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body(complete.toString())
                .put(DRAFTS + "/" + draftId)
                .then()
                .statusCode(200)
                .body("content.nominee.name", equalTo("Nông Thị Hạnh"));
        String nominationId = agency("SO-GDDT")
                .post(DRAFTS + "/" + draftId + "/submit")
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/nominations/"))
                .body("status", equalTo("SUBMITTED"))
                .body("nominee.name", equalTo("Nông Thị Hạnh"))
                .body("timeline.status", contains("SUBMITTED"))
                .extract()
                .path("id");

        agency("SO-GDDT").get(DRAFTS + "/" + draftId).then().body("submittedNominationId", equalTo(nominationId));
        agency("SO-GDDT").get(DRAFTS).then().body("id", not(hasItem(draftId)));
        agency("SO-GDDT")
                .queryParam("includeSubmitted", true)
                .get(DRAFTS)
                .then()
                .body("id", hasItem(draftId));
        agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body(complete.toString())
                .put(DRAFTS + "/" + draftId)
                .then()
                .statusCode(409)
                .body("type", endsWith("/draft-submitted"));
        agency("SO-GDDT")
                .post(DRAFTS + "/" + draftId + "/submit")
                .then()
                .statusCode(409)
                .body("type", endsWith("/draft-submitted"));
        agency("SO-GDDT")
                .get("/api/v1/nominations/" + nominationId)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aDraftNeedsAnExistingMovementAndCanBeDiscarded() {
        agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body("{\"achievements\":\"x\"}")
                .post(DRAFTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("movementId"));
        agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body("{\"movementId\":\"00000000-0000-0000-0000-000000000001\"}")
                .post(DRAFTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("movementId"));
        agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body("{\"movementId\":\"" + createMovement() + "\",\"level\":\"VILLAGE\"}")
                .post(DRAFTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("level"));
        String draftId = agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body("{\"movementId\":\"" + createMovement() + "\"}")
                .post(DRAFTS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        agency("SO-YTE").delete(DRAFTS + "/" + draftId).then().statusCode(404);
        agency("SO-GDDT").delete(DRAFTS + "/" + draftId).then().statusCode(204);
        agency("SO-GDDT").get(DRAFTS + "/" + draftId).then().statusCode(404);
    }
}
