package vn.vinhdanh.nomination.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.nomination.rest.NominationApi.createMovement;
import static vn.vinhdanh.nomination.rest.NominationApi.householdOf;
import static vn.vinhdanh.nomination.rest.NominationApi.individualOf;
import static vn.vinhdanh.nomination.rest.NominationApi.nominee;
import static vn.vinhdanh.nomination.rest.NominationApi.post;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/**
 * A household (hộ gia đình) as the nominee: offered and accepted a title only when award-service's catalogue names
 * HOUSEHOLD among its recipient kinds, and shaped as a household (its group, no member count, its village).
 */
@QuarkusTest
class HouseholdNominationTest {

    private static final String AGENCY = "UBND-XA-BANXEO";

    @Test
    void aHouseholdIsAcceptedForATitleTheCataloguePublishesForHouseholdsAndRefusedForOthers() {
        // for households only, so that the other tests' lists of titles for individuals stay as they are
        String code =
                "GIAY_KHEN_HO_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            kafka.sendCloudEvent(
                    "award.catalogue", code, UUID.randomUUID(), "award-type.published.v1", """
                    {"code":"%s","nameVi":"Giấy khen của Chủ tịch UBND cấp xã tặng hộ gia đình",
                     "nameEn":"Commune Chairman's Certificate of Commendation to a household",
                     "recipientKinds":["HOUSEHOLD"],
                     "grants":[{"level":"COMMUNE","authority":"COMMUNE_CHAIRMAN",
                                "authorityNameVi":"Chủ tịch Ủy ban nhân dân cấp xã",
                                "validFrom":"2025-07-01","validTo":null}],
                     "revision":1,"publishedAt":"2026-12-01T00:00:00Z"}""".formatted(code));
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> given().get("/api/v1/award-types/" + code)
                            .then()
                            .statusCode(200)
                            .body("recipientKinds", equalTo(List.of("HOUSEHOLD"))));
        }
        List<String> forHouseholds = given().queryParam("recipientKind", "HOUSEHOLD")
                .queryParam("level", "COMMUNE")
                .queryParam("on", "2026-12-31")
                .queryParam("size", 200)
                .get("/api/v1/award-types")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("code", String.class);
        assertThat(forHouseholds)
                .contains(code, "GIA_DINH_VAN_HOA")
                .doesNotContain("GIAY_KHEN_CHU_TICH_UBND_XA", "LAO_DONG_TIEN_TIEN", "BANG_KHEN_CHU_TICH_UBND_TINH");

        String movementId = createMovement(2026);
        ObjectNode household = householdOf(AGENCY, movementId, "Hộ ông Vàng A Sử", "thôn Lao Chải, xã Y Tý");
        household.put("proposedAward", code);
        String id = post(AGENCY, household)
                .then()
                .statusCode(201)
                .body("nominee.kind", equalTo("HOUSEHOLD"))
                .body("nominee.targetGroup", equalTo("HOUSEHOLD"))
                .body("nominee.organization", equalTo("thôn Lao Chải, xã Y Tý"))
                .body("nominee.memberCount", nullValue())
                .body("proposedAward", equalTo(code))
                .extract()
                .path("id");
        agency(AGENCY).get("/api/v1/nominations/" + id).then().statusCode(200).body("publicityConsent", equalTo(true));

        // a title the catalogue gives to individuals and collectives only
        ObjectNode certificate = householdOf(AGENCY, movementId, "Hộ bà Lò Thị Dung", "thôn Nà Lang, xã Bản Xèo")
                .put("level", "PROVINCE");
        certificate.put("proposedAward", "BANG_KHEN_CHU_TICH_UBND_TINH");
        post(AGENCY, certificate)
                .then()
                .statusCode(400)
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("proposedAward"))
                .body("errors[0].reason", containsString("is for individuals and collectives only"));
        given().spec(agency(AGENCY).header("Accept-Language", "vi"))
                .contentType(ContentType.JSON)
                .body(certificate.toString())
                .post("/api/v1/nominations")
                .then()
                .statusCode(400)
                .body("errors[0].reason", containsString("chỉ dành cho cá nhân, tập thể"));

        // and the other way round: a household-only title for a person
        ObjectNode person = individualOf(AGENCY, movementId, "Vàng A Sử");
        person.put("level", "COMMUNE").put("proposedAward", "GIA_DINH_VAN_HOA");
        post(AGENCY, person)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("proposedAward"))
                .body("errors[0].reason", containsString("is for households only"));
    }

    @Test
    void aHouseholdIsInTheHouseholdGroupAndHasNoMemberCount() {
        String movementId = createMovement(2026);
        ObjectNode civilServant = householdOf(AGENCY, movementId, "Hộ ông Sùng A Páo", "thôn Sín Chải, xã Tả Van");
        nominee(civilServant).put("targetGroup", "CITIZEN");
        post(AGENCY, civilServant)
                .then()
                .statusCode(400)
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("nominee.targetGroup"))
                .body("errors[0].reason", equalTo("a household's target group is HOUSEHOLD"));

        ObjectNode counted = householdOf(AGENCY, movementId, "Hộ ông Sùng A Páo", "thôn Sín Chải, xã Tả Van");
        nominee(counted).put("memberCount", 6);
        post(AGENCY, counted).then().statusCode(400).body("errors[0].field", equalTo("nominee.memberCount"));

        ObjectNode person = individualOf(AGENCY, movementId, "Sùng A Páo");
        nominee(person).put("targetGroup", "HOUSEHOLD");
        post(AGENCY, person)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("nominee.targetGroup"))
                .body("errors[0].reason", equalTo("an individual's target group cannot be HOUSEHOLD"));

        // the head's gender and birth year are optional, the village is not
        ObjectNode noHead = householdOf(AGENCY, movementId, "Hộ ông Sùng A Páo", "thôn Sín Chải, xã Tả Van");
        nominee(noHead).remove("gender");
        nominee(noHead).remove("ethnicity");
        post(AGENCY, noHead).then().statusCode(201);
        ObjectNode noVillage = householdOf(AGENCY, movementId, "Hộ bà Tẩn Mẩy Xuân", "x");
        nominee(noVillage).remove("organization");
        post(AGENCY, noVillage).then().statusCode(400).body("errors[0].field", equalTo("nominee.organization"));
    }
}
