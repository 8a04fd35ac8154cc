package vn.vinhdanh.nomination.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.nomination.rest.NominationApi.createMovement;
import static vn.vinhdanh.nomination.rest.NominationApi.householdOf;
import static vn.vinhdanh.nomination.rest.NominationApi.individualOf;
import static vn.vinhdanh.nomination.rest.NominationApi.nominee;
import static vn.vinhdanh.nomination.rest.NominationApi.post;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The same nominee twice in one movement is refused as a possible duplicate unless the agency confirms it. */
@QuarkusTest
class DuplicateGuardTest {

    @Test
    void theSameIndividualIsRefusedUnlessConfirmed() {
        String movementId = createMovement();
        String first = post("SO-GDDT", individualOf("SO-GDDT", movementId, "Lò Thị Mai"))
                .then()
                .statusCode(201)
                .body("duplicateOf", nullValue())
                .extract()
                .path("id");

        // typed without diacritics and in capitals, it is still the same person
        post("SO-GDDT", individualOf("SO-GDDT", movementId, "LO THI MAI"))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/possible-duplicate"))
                .body("status", equalTo(409))
                .body("existingNominationId", equalTo(first))
                .body("detail", containsString("confirmDuplicate"));

        ObjectNode otherYear = individualOf("SO-GDDT", movementId, "Lò Thị Mai");
        nominee(otherYear).put("birthYear", 1990);
        post("SO-GDDT", otherYear).then().statusCode(201);
        post("SO-GDDT", individualOf("SO-GDDT", createMovement(), "Lò Thị Mai"))
                .then()
                .statusCode(201);

        String confirmed = post(
                        "SO-GDDT",
                        individualOf("SO-GDDT", movementId, "Lò Thị Mai").put("confirmDuplicate", true))
                .then()
                .statusCode(201)
                .body("duplicateOf", equalTo(first))
                .extract()
                .path("id");
        agency("SO-GDDT").get("/api/v1/nominations/" + confirmed).then().body("duplicateOf", equalTo(first));
    }

    @Test
    void anotherAgencysNominationCountsButItsIdStaysHidden() {
        String movementId = createMovement();
        post("SO-GDDT", individualOf("SO-GDDT", movementId, "Giàng Seo Lử"))
                .then()
                .statusCode(201);
        post("SO-YTE", individualOf("SO-YTE", movementId, "Giàng Seo Lử"))
                .then()
                .statusCode(409)
                .body("type", endsWith("/possible-duplicate"))
                .body("$", not(hasKey("existingNominationId")))
                .body("detail", containsString("another agency"));
    }

    @Test
    void aCollectiveIsTheSameByNameAndOrganization() {
        String movementId = createMovement();
        post("SO-GDDT", collective(movementId, "Hợp tác xã Dược liệu Sa Pa", "xã Tả Van, thị xã Sa Pa"))
                .then()
                .statusCode(201);
        post("SO-GDDT", collective(movementId, "hop tac xa duoc lieu sa pa", "Xã Tả Van,  thị xã Sa Pa"))
                .then()
                .statusCode(409)
                .body("type", endsWith("/possible-duplicate"));
        post("SO-GDDT", collective(movementId, "Hợp tác xã Dược liệu Sa Pa", "xã Bản Khoang, thị xã Sa Pa"))
                .then()
                .statusCode(201);
    }

    @Test
    void aHouseholdIsTheSameByItsNameAndVillageAndNeverACollective() {
        String movementId = createMovement(2026);
        String first = post(
                        "UBND-XA-YTY",
                        householdOf("UBND-XA-YTY", movementId, "Hộ ông Vàng A Sử", "thôn Lao Chải, xã Y Tý"))
                .then()
                .statusCode(201)
                .body("nominee.kind", equalTo("HOUSEHOLD"))
                .extract()
                .path("id");

        // the same household typed without diacritics, its head's birth year added: still the same household
        ObjectNode again = householdOf("UBND-XA-YTY", movementId, "HO ONG VANG A SU", "Thôn Lao Chải,  xã Y Tý");
        nominee(again).put("birthYear", 1972);
        post("UBND-XA-YTY", again)
                .then()
                .statusCode(409)
                .body("type", endsWith("/possible-duplicate"))
                .body("existingNominationId", equalTo(first))
                .body("detail", containsString("HO ONG VANG A SU (Thôn Lao Chải,  xã Y Tý) is already nominated"));

        // a household of the same name in another village is another household
        post("UBND-XA-YTY", householdOf("UBND-XA-YTY", movementId, "Hộ ông Vàng A Sử", "thôn Choản Thèn, xã Y Tý"))
                .then()
                .statusCode(201);
        // nor is a collective that happens to have the household's name and place
        ObjectNode collective = collective(movementId, "Hộ ông Vàng A Sử", "thôn Lao Chải, xã Y Tý");
        collective.put("agencyCode", "UBND-XA-YTY");
        post("UBND-XA-YTY", collective).then().statusCode(201);

        post(
                        "UBND-XA-YTY",
                        householdOf("UBND-XA-YTY", movementId, "Hộ ông Vàng A Sử", "thôn Lao Chải, xã Y Tý")
                                .put("confirmDuplicate", true))
                .then()
                .statusCode(201)
                .body("duplicateOf", equalTo(first));
    }

    private static ObjectNode collective(String movementId, String name, String organization) {
        ObjectNode body = individualOf("SO-GDDT", movementId, name);
        ObjectNode nominee = body.putObject("nominee");
        nominee.put("kind", "COLLECTIVE")
                .put("name", name)
                .put("organization", organization)
                .put("targetGroup", "COLLECTIVE")
                .put("memberCount", 12);
        return body;
    }
}
