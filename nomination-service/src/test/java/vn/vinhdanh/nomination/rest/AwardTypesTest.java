package vn.vinhdanh.nomination.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.vinhdanh.deploy.infra.Callers.agency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/**
 * The catalogue's read model: fed by award-service's events over the broker, listed for portals, and what a
 * submission's proposedAward is checked against.
 */
@QuarkusTest
class AwardTypesTest {

    private static final String AWARD_TYPES = "/api/v1/award-types";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theListIsPublicFiltersTogetherAndPagesWithTotalAndLinks() {
        assertThat(codes(given().queryParam("level", "PROVINCE").queryParam("recipientKind", "COLLECTIVE")))
                .containsExactly("BANG_KHEN_CHU_TICH_UBND_TINH", "CO_THI_DUA_UBND_TINH");
        assertThat(codes(given().queryParam("level", "DISTRICT").queryParam("on", "2025-06-30")))
                .containsExactly("GIAY_KHEN", "LAO_DONG_TIEN_TIEN");
        assertThat(codes(given().queryParam("level", "DISTRICT").queryParam("on", "2025-07-01")))
                .isEmpty();
        assertThat(codes(given().queryParam("level", "COMMUNE").queryParam("recipientKind", "INDIVIDUAL")))
                .containsExactly("GIAY_KHEN_CHU_TICH_UBND_XA", "LAO_DONG_TIEN_TIEN");

        Response second = given().queryParam("level", "PROVINCE")
                .queryParam("size", 2)
                .queryParam("page", 1)
                .get(AWARD_TYPES);
        second.then().statusCode(200).header("X-Total-Count", "3");
        assertThat(second.jsonPath().getList("code", String.class)).containsExactly("CO_THI_DUA_UBND_TINH");
        String links = second.header("Link");
        assertThat(links)
                .contains("level=PROVINCE")
                .containsPattern("page=0[^>]*>; rel=\"first\"")
                .containsPattern("page=0[^>]*>; rel=\"prev\"")
                .containsPattern("page=1[^>]*>; rel=\"last\"")
                .doesNotContain("rel=\"next\"");

        given().get(AWARD_TYPES + "/CO_THI_DUA_UBND_TINH")
                .then()
                .statusCode(200)
                .body("nameVi", equalTo("Cờ thi đua của Ủy ban nhân dân tỉnh"))
                .body("recipientKinds", equalTo(List.of("COLLECTIVE")))
                .body("grants[0].level", equalTo("PROVINCE"))
                .body("grants[0].authority", equalTo("PROVINCE_CHAIRMAN"));
    }

    @Test
    void anEntryArrivesOverTheBrokerAndAnOlderRevisionChangesNothing() {
        String code = "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            kafka.sendCloudEvent(
                    "award.catalogue", code, UUID.randomUUID(), "award-type.published.v1", entry(code, 2, "Mới"));
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> given().get(AWARD_TYPES + "/" + code)
                            .then()
                            .statusCode(200)
                            .body("nameVi", equalTo("Mới")));
            // a replay of an earlier publication, e.g. a redriven dead letter
            kafka.sendCloudEvent(
                    "award.catalogue", code, UUID.randomUUID(), "award-type.published.v1", entry(code, 1, "Cũ"));
            kafka.sendCloudEvent(
                    "award.catalogue", code, UUID.randomUUID(), "award-type.published.v1", entry(code, 3, "Mới nhất"));
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> given().get(AWARD_TYPES + "/" + code)
                            .then()
                            .statusCode(200)
                            .body("nameVi", equalTo("Mới nhất")));
        }
    }

    @Test
    void aProposedTitleIsCheckedAtTheDoor() {
        String movement = NominationApi.createMovement();
        refused(movement, n -> n.put("proposedAward", "HUY_CHUONG_VANG_TRANG"))
                .body("errors[0].reason", containsString("not a title of the award catalogue"));
        // the README's old example: no one grants an Advanced Worker title at province level
        refused(movement, n -> n.put("proposedAward", "LAO_DONG_TIEN_TIEN"))
                .body("errors[0].reason", containsString("not granted at level PROVINCE"))
                .body("errors[0].reason", containsString("COMMUNE (COMMUNE_CHAIRMAN)"));
        refused(movement, n -> n.put("proposedAward", "CO_THI_DUA_UBND_TINH"))
                .body("errors[0].reason", containsString("collectives only"));
        given().spec(agency("SO-GDDT").header("Accept-Language", "vi"))
                .contentType(ContentType.JSON)
                .body(body(movement, n -> n.put("proposedAward", "LAO_DONG_TIEN_TIEN")))
                .post("/api/v1/nominations")
                .then()
                .statusCode(400)
                .body("errors[0].reason", containsString("không thuộc thẩm quyền khen thưởng cấp tỉnh"));

        agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body(body(movement, n -> n.put("level", "COMMUNE").put("proposedAward", "LAO_DONG_TIEN_TIEN")))
                .post("/api/v1/nominations")
                .then()
                .statusCode(201)
                .body("proposedAward", equalTo("LAO_DONG_TIEN_TIEN"));
    }

    private static io.restassured.response.ValidatableResponse refused(
            String movement, java.util.function.Consumer<ObjectNode> change) {
        return agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body(body(movement, change))
                .post("/api/v1/nominations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("proposedAward"));
    }

    private static String body(String movement, java.util.function.Consumer<ObjectNode> change) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(NominationApi.individual(
                    movement, "Lò Thị " + UUID.randomUUID().toString().substring(0, 6)));
            change.accept(node);
            return JSON.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> codes(io.restassured.specification.RequestSpecification request) {
        return request.get(AWARD_TYPES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("code", String.class);
    }

    private static String entry(String code, long revision, String nameVi) {
        return """
                {"code":"%s","nameVi":"%s","nameEn":"Test title","recipientKinds":["INDIVIDUAL"],
                 "grants":[{"level":"ENTERPRISE","authority":"UNIT_HEAD","authorityNameVi":"Thủ trưởng",
                            "validFrom":"2024-01-01","validTo":null}],
                 "revision":%d,"publishedAt":"2026-12-01T00:00:00Z"}""".formatted(code, nameVi, revision);
    }
}
