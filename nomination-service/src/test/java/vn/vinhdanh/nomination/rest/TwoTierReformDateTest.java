package vn.vinhdanh.nomination.rest;

import static org.hamcrest.Matchers.equalTo;
import static vn.vinhdanh.nomination.rest.NominationApi.createMovement;
import static vn.vinhdanh.nomination.rest.NominationApi.individualOf;
import static vn.vinhdanh.nomination.rest.NominationApi.post;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.province.ProvinceClock;

/**
 * District level ends with the two-tier reform on 1 July 2025, a date in Lào Cai: the platform's clock decides, in the
 * province's zone, so the last minute of 30 June there (16:59 UTC) is still before the reform.
 */
@QuarkusTest
class TwoTierReformDateTest {

    @Test
    void aDistrictNominationIsTakenUntilMidnightOfThirtyJuneInLaoCaiAndRefusedFromThen() {
        String movementId = createMovement();

        at("2025-06-30T16:59:00Z");
        post("SO-GDDT", districtNomination(movementId, "Vàng Thị Dua"))
                .then()
                .statusCode(201)
                .body("level", equalTo("DISTRICT"));

        at("2025-06-30T17:00:00Z");
        post("SO-GDDT", districtNomination(movementId, "Giàng A Lử"))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("level"));
    }

    private static void at(String instant) {
        QuarkusMock.installMockForType(Clock.fixed(Instant.parse(instant), ProvinceClock.ZONE), Clock.class);
    }

    private static ObjectNode districtNomination(String movementId, String name) {
        ObjectNode body = individualOf("SO-GDDT", movementId, name);
        body.put("level", "DISTRICT").put("proposedAward", "GIAY_KHEN");
        return body;
    }
}
