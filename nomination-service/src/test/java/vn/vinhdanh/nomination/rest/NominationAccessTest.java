package vn.vinhdanh.nomination.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.deploy.infra.Callers.as;
import static vn.vinhdanh.nomination.rest.NominationApi.createMovement;
import static vn.vinhdanh.nomination.rest.NominationApi.individual;
import static vn.vinhdanh.nomination.rest.NominationApi.submit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Who may do what (OWASP API1/API5): agencies see only their own nominations, roles gate operations. */
@QuarkusTest
class NominationAccessTest {

    @Test
    void anonymousAndForgedCallersAreTurnedAway() {
        given().get("/api/v1/nominations")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        given().auth()
                .oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .get("/api/v1/nominations")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().get("/api/v1/movements").then().statusCode(401);
    }

    @Test
    void anotherAgencyCannotSeeOrListTheFirstAgencysNomination() {
        String id = submit(individual(createMovement(), "Hoàng Thị Lan"));

        agency("SO-GDDT").get("/api/v1/nominations/" + id).then().statusCode(200);
        agency("SO-YTE")
                .get("/api/v1/nominations/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        agency("SO-YTE")
                .get("/api/v1/nominations")
                .then()
                .statusCode(200)
                .body("id", not(hasItem(id)))
                .body("agencyCode", everyItem(equalTo("SO-YTE")));
        as("admin").get("/api/v1/nominations/" + id).then().statusCode(200).body("agencyCode", equalTo("SO-GDDT"));
    }

    @Test
    void anAgencySubmitsOnlyForItself() {
        String movementId = createMovement();
        agency("SO-YTE")
                .contentType(ContentType.JSON)
                .body(individual(movementId, "Lò Văn Hùng"))
                .post("/api/v1/nominations")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("SO-GDDT"));
        agency("SO-YTE")
                .queryParam("movementId", movementId)
                .get("/api/v1/nominations")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));

        as("admin")
                .contentType(ContentType.JSON)
                .body(individual(movementId, "Lò Văn Hùng").replace("\"agencyCode\":\"SO-GDDT\",", ""))
                .post("/api/v1/nominations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("agencyCode"));
    }

    @Test
    void rolesGateOperations() {
        as("editor").get("/api/v1/nominations").then().statusCode(403).contentType("application/problem+json");
        agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body("""
                        {"code":"LC-X","name":"Phong trào","kind":"REGULAR","level":"PROVINCE","year":2025}""")
                .post("/api/v1/movements")
                .then()
                .statusCode(403);
        agency("SO-GDDT").get("/api/v1/admin/audit").then().statusCode(403);
        agency("SO-GDDT").post("/api/v1/admin/dead-letters/redrive").then().statusCode(403);
    }

    @Test
    void everySubmissionIsInTheAuditTrail() {
        String id = submit(individual(createMovement(), "Vàng Seo Dín"));
        as("admin")
                .queryParam("resourceType", "nomination")
                .queryParam("resourceId", id)
                .get("/api/v1/admin/audit")
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].action", equalTo("nomination.submit"))
                .body("[0].actor", equalTo("portal-SO-GDDT"))
                .body("[0].actorRole", equalTo("agency"))
                .body("[0].agencyCode", equalTo("SO-GDDT"))
                .body("[0].detail", containsString("Vàng Seo Dín"));
    }
}
