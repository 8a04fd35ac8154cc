package vn.vinhdanh.nomination.rest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.deploy.infra.Callers.as;
import static vn.vinhdanh.nomination.NominationFixtures.approve;
import static vn.vinhdanh.nomination.NominationFixtures.block;
import static vn.vinhdanh.nomination.NominationFixtures.sendBack;
import static vn.vinhdanh.nomination.rest.NominationApi.createMovement;
import static vn.vinhdanh.nomination.rest.NominationApi.individualOf;
import static vn.vinhdanh.nomination.rest.NominationApi.nominee;
import static vn.vinhdanh.nomination.rest.NominationApi.post;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;
import vn.vinhdanh.province.ProvinceClock;

/**
 * District level ends with the two-tier reform: the last district decisions were those of 30 June 2025. Intake judges
 * a nomination's level, and the grant of its title at that level (TestCatalogue: GIAY_KHEN and LAO_DONG_TIEN_TIEN at
 * DISTRICT until 30/6/2025), on the last day of the period the nomination is for (31 December of its movement's year,
 * or of period.toYear), whatever today's date: a 2024 district-level achievement may still be entered in 2026, a 2026
 * one may not be entered even on the eve of the reform.
 */
@QuarkusTest
class TwoTierReformDateTest {

    private static final String AGENCY = "SO-GDDT";
    private static final String AFTER_THE_REFORM = "2026-03-02T03:00:00Z";
    /** The last minute of 30 June 2025 in Lào Cai. */
    private static final String EVE_OF_THE_REFORM = "2025-06-30T16:59:00Z";

    @Test
    void aDistrictNominationForA2024PeriodIsTakenAfterTheReformAndOneForA2026PeriodIsRefused() {
        String of2024 = createMovement(2024);
        String of2026 = createMovement(2026);

        at(AFTER_THE_REFORM);
        post(AGENCY, districtNomination(of2024, "Vàng Thị Dua"))
                .then()
                .statusCode(201)
                .body("level", equalTo("DISTRICT"))
                .body("proposedAward", equalTo("GIAY_KHEN"));
        refusedOnLevel(of2026, "Giàng A Lử");

        // today before the reform changes neither: the period decides
        at(EVE_OF_THE_REFORM);
        post(AGENCY, districtNomination(of2024, "Thào Thị Mỷ")).then().statusCode(201);
        refusedOnLevel(of2026, "Lò Văn Páo");
    }

    @Test
    void theReasonSaysWhenDistrictsEndedInEnglishAndVietnamese() {
        String of2026 = createMovement(2026);
        at(AFTER_THE_REFORM);

        refusedOnLevel(of2026, "Giàng A Lử")
                .body(
                        "errors[0].reason",
                        allOf(
                                containsString("DISTRICT level ended on 30 June 2025"),
                                containsString("period ends on 2026-12-31"),
                                containsString("use COMMUNE or PROVINCE")));
        agency(AGENCY)
                .header("Accept-Language", "vi")
                .contentType(ContentType.JSON)
                .body(districtNomination(of2026, "Giàng A Lử").toString())
                .post("/api/v1/nominations")
                .then()
                .statusCode(400)
                .header("Content-Language", "vi")
                .body("errors.field", contains("level"))
                .body(
                        "errors[0].reason",
                        allOf(
                                containsString("Cấp huyện (DISTRICT) chỉ còn đến hết ngày 30/6/2025"),
                                containsString("kết thúc ngày 31/12/2026"),
                                containsString("cấp xã (COMMUNE) hoặc cấp tỉnh (PROVINCE)")));
    }

    @Test
    void thePeriodEndsWithTheLastYearOfAMovementThatRunsSeveralYears() {
        at(AFTER_THE_REFORM);
        // a one-year movement of 2025 ends on 31/12/2025, after the reform
        refusedOnLevel(createMovement(2025), "Giàng A Lử")
                .body("errors[0].reason", containsString("period ends on 2025-12-31"));
        post(AGENCY, districtNomination(thematic(2021, 2024), "Vàng Thị Dua"))
                .then()
                .statusCode(201);
        // the movement's year is 2021; its period runs to 2025
        refusedOnLevel(thematic(2021, 2025), "Thào Thị Mỷ")
                .body("errors[0].reason", containsString("period ends on 2025-12-31"));
    }

    @Test
    void theTitleMustBeGrantedAtTheLevelOnTheLastDayOfThePeriod() {
        String of2024 = createMovement(2024);
        at(AFTER_THE_REFORM);

        // the commune chairman's certificate was never a district's to grant
        post(AGENCY, districtNomination(of2024, "Vàng Thị Dua").put("proposedAward", "GIAY_KHEN_CHU_TICH_UBND_XA"))
                .then()
                .statusCode(400)
                .body("errors.field", contains("proposedAward"))
                .body("errors[0].reason", containsString("not granted at level DISTRICT on 2024-12-31"))
                .body("errors[0].reason", containsString("COMMUNE (COMMUNE_CHAIRMAN)"));
        // the district chairman granted the Advanced Worker title in 2024
        post(AGENCY, districtNomination(of2024, "Thào Thị Mỷ").put("proposedAward", "LAO_DONG_TIEN_TIEN"))
                .then()
                .statusCode(201)
                .body("proposedAward", equalTo("LAO_DONG_TIEN_TIEN"));
    }

    @Test
    void aBodyWithMoreToFixNamesTheLevelOnlyWhenItsMovementNamesThePeriod() {
        at(AFTER_THE_REFORM);
        ObjectNode of2026 = districtNomination(createMovement(2026), "Giàng A Lử");
        nominee(of2026).put("birthYear", "abc");
        // both refusals of the period, beside the field of the wrong type
        post(AGENCY, of2026)
                .then()
                .statusCode(400)
                .body("errors.field", contains("level", "nominee.birthYear", "proposedAward"))
                .body("errors[2].reason", containsString("not granted at level DISTRICT on 2026-12-31"));

        ObjectNode unknownMovement = districtNomination(UUID.randomUUID().toString(), "Giàng A Lử");
        nominee(unknownMovement).put("birthYear", "abc");
        // no movement, no period: neither the level nor the title's grant is judged
        post(AGENCY, unknownMovement)
                .then()
                .statusCode(400)
                .body("errors.field", contains("movementId", "nominee.birthYear"));
    }

    @Test
    void anAmendmentAndATitleCorrectionAreJudgedOnTheSamePeriodAsTheSubmission() {
        String of2024 = createMovement(2024);
        at(AFTER_THE_REFORM);
        ObjectNode returned = districtNomination(of2024, "Vàng Thị Dua");
        String returnedId =
                post(AGENCY, returned).then().statusCode(201).extract().path("id");
        ObjectNode approved = districtNomination(of2024, "Thào Thị Mỷ");
        String approvedId =
                post(AGENCY, approved).then().statusCode(201).extract().path("id");

        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            sendBack(kafka, AGENCY, returnedId, "Thiếu xác nhận của Chủ tịch UBND huyện");
            approve(kafka, AGENCY, approvedId);
            block(kafka, AGENCY, approvedId, "NO_REWARD_RULE", "Giấy khen chưa có định mức tiền thưởng.");
        }

        agency(AGENCY)
                .contentType(ContentType.JSON)
                .body(returned.put("changeNote", "Bổ sung xác nhận").toString())
                .post("/api/v1/nominations/" + returnedId + "/revisions")
                .then()
                .statusCode(201)
                .body("level", equalTo("DISTRICT"))
                .body("revision", equalTo(2));

        correctTitle(approvedId, "GIAY_KHEN_CHU_TICH_UBND_XA")
                .then()
                .statusCode(400)
                .body("errors.field", contains("proposedAward"))
                .body("errors[0].reason", containsString("on 2024-12-31"));
        correctTitle(approvedId, "LAO_DONG_TIEN_TIEN")
                .then()
                .statusCode(200)
                .body("proposedAward", equalTo("LAO_DONG_TIEN_TIEN"))
                .body("awardBlock", nullValue());
    }

    private static ValidatableResponse refusedOnLevel(String movementId, String name) {
        return post(AGENCY, districtNomination(movementId, name))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("level"));
    }

    private static Response correctTitle(String nominationId, String title) {
        return agency(AGENCY)
                .contentType(ContentType.JSON)
                .body(Map.of("proposedAward", title, "reason", "Theo ý kiến của Ban"))
                .post("/api/v1/nominations/" + nominationId + "/title-corrections");
    }

    private static void at(String instant) {
        QuarkusMock.installMockForType(Clock.fixed(Instant.parse(instant), ProvinceClock.ZONE), Clock.class);
    }

    private static ObjectNode districtNomination(String movementId, String name) {
        ObjectNode body = individualOf(AGENCY, movementId, name);
        body.put("level", "DISTRICT").put("proposedAward", "GIAY_KHEN");
        return body;
    }

    /** A thematic movement of {@code fromYear} that runs to {@code toYear}. */
    private static String thematic(int fromYear, int toYear) {
        return as("admin")
                .contentType(ContentType.JSON)
                .body("""
                        {"code":"LC-TT-%s","name":"Phong trào thi đua chuyên đề %d–%d","kind":"THEMATIC",
                         "level":"PROVINCE","year":%d,"period":{"fromYear":%d,"toYear":%d}}""".formatted(
                        UUID.randomUUID().toString().substring(0, 8), fromYear, toYear, fromYear, fromYear, toYear))
                .post("/api/v1/movements")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
