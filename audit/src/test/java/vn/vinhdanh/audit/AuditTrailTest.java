package vn.vinhdanh.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.PlatformTestResource;
import vn.vinhdanh.province.ProvinceClock;

/** Who changed what and when, written with the change; read back by admins only, newest first. */
@QuarkusTest
class AuditTrailTest {

    @Inject
    AuditTrail audit;

    @Test
    void anEntryNamesTheCallerTheirRoleAndAgencyAndTheTimeOfThePlatformsClock() {
        Instant at = Instant.parse("2025-06-30T17:30:00Z");
        QuarkusMock.installMockForType(Clock.fixed(at, ProvinceClock.ZONE), Clock.class);
        String note = UUID.randomUUID().toString();

        write(agency("SO-YTE"), note, "Ghi chú");

        JsonPath entry = admin().queryParam("resourceType", "note")
                .queryParam("resourceId", note)
                .get("/api/v1/admin/audit")
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .extract()
                .jsonPath();
        assertThat(entry.getString("[0].actor")).isEqualTo("portal-SO-YTE");
        assertThat(entry.getString("[0].actorRole")).isEqualTo(Roles.AGENCY);
        assertThat(entry.getString("[0].agencyCode")).isEqualTo("SO-YTE");
        assertThat(entry.getString("[0].action")).isEqualTo("note.write");
        assertThat(entry.getString("[0].detail")).isEqualTo("Ghi chú");
        assertThat(Instant.parse(entry.getString("[0].occurredAt"))).isEqualTo(at);
    }

    @Test
    void theTrailIsListedNewestFirstAndFilteredByActor() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String subject = "editor-" + UUID.randomUUID();
        write(as(subject, Roles.EDITOR), first, "một");
        write(as(subject, Roles.EDITOR), second, "hai");

        List<String> resources = admin().queryParam("actor", subject)
                .get("/api/v1/admin/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("resourceId");
        assertThat(resources).containsExactly(second, first);
        assertThat(admin().queryParam("actor", subject)
                        .queryParam("size", 1)
                        .get("/api/v1/admin/audit")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .<String>getList("resourceId"))
                .containsExactly(second);
    }

    @Test
    void onlyAnAdminReadsTheTrail() {
        given().get("/api/v1/admin/audit").then().statusCode(401);
        as("editor-1", Roles.EDITOR).get("/api/v1/admin/audit").then().statusCode(403);
    }

    @Test
    void anEntryIsWrittenOnlyInsideTheTransactionOfTheChange() {
        assertThatThrownBy(() -> audit.record("note.write", "note", "outside", null))
                .isInstanceOf(TransactionalException.class);
    }

    private static void write(RequestSpecification caller, String note, String text) {
        caller.contentType("text/plain; charset=UTF-8")
                .body(text)
                .post(NoteResource.PATH + "/" + note)
                .then()
                .statusCode(204);
    }

    private static RequestSpecification admin() {
        return as("test-admin", Roles.ADMIN);
    }

    private static RequestSpecification agency(String agencyCode) {
        return given().auth().oauth2(PlatformTestResource.token("portal-" + agencyCode, Roles.AGENCY, agencyCode));
    }

    private static RequestSpecification as(String subject, String role) {
        return given().auth().oauth2(PlatformTestResource.token(subject, role, null));
    }
}
