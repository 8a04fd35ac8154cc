package vn.vinhdanh.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.vinhdanh.award.AwardSteps.approve;
import static vn.vinhdanh.award.AwardSteps.awaitAward;
import static vn.vinhdanh.award.AwardSteps.budget;
import static vn.vinhdanh.award.AwardSteps.decision;
import static vn.vinhdanh.award.AwardSteps.events;
import static vn.vinhdanh.award.AwardSteps.newFund;
import static vn.vinhdanh.award.AwardSteps.sign;
import static vn.vinhdanh.deploy.infra.Callers.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/** Honouring ceremonies: awards attach, and every change is announced per award as ceremony.scheduled.v1. */
@QuarkusTest
class CeremonyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "ceremony.scheduled.v1";

    private KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    static Map<String, Object> ceremony(String date, String time) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Lễ tôn vinh điển hình tiên tiến ngành Giáo dục");
        body.put("occasion", "TEACHERS_DAY");
        body.put("ceremonyDate", date);
        body.put("startTime", time);
        body.put("place", "Hội trường UBND tỉnh Lào Cai");
        body.put("sector", "EDUCATION_TRAINING");
        return body;
    }

    static ValidatableResponse create(Map<String, Object> body) {
        return as("award-officer")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/ceremonies")
                .then();
    }

    static ValidatableResponse attach(String ceremonyId, String... awardIds) {
        return as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of("awardIds", List.of(awardIds)))
                .post("/api/v1/ceremonies/" + ceremonyId + "/awards")
                .then();
    }

    private static JsonNode last(String nominationId) throws Exception {
        List<String> payloads = events(nominationId, TYPE);
        assertThat(payloads).isNotEmpty();
        return JSON.readTree(payloads.get(payloads.size() - 1));
    }

    @Test
    void attachRescheduleDetachAndCancelAreEachAnnouncedPerAward() throws Exception {
        String grantedNomination = approve(kafka, "INDIVIDUAL", "BANG_KHEN_CHU_TICH_UBND_TINH", "2026-10-01");
        String draftNomination = approve(kafka, "COLLECTIVE", "BANG_KHEN_CHU_TICH_UBND_TINH", "2026-10-01");
        String granted = awaitAward(grantedNomination);
        String draft = awaitAward(draftNomination);
        String fund = newFund();
        budget(2026, fund, 100_000_000);
        sign(decision("2026-10-05", fund, granted)).statusCode(200);

        String id = create(ceremony("2026-11-20", "08:30"))
                .statusCode(201)
                .header("Location", containsString("/api/v1/ceremonies/"))
                .body("status", equalTo("SCHEDULED"))
                .body("startsAt", equalTo("2026-11-20T01:30:00Z"))
                .body("awards", hasSize(0))
                .extract()
                .path("id");
        attach(id, granted, draft).statusCode(200).body("awards", hasSize(2));
        attach(id, granted).statusCode(200).body("awards", hasSize(2)); // already there: nothing new
        assertThat(events(grantedNomination, TYPE)).hasSize(1);
        JsonNode first = last(grantedNomination);
        assertThat(first.path("ceremonyId").asText()).isEqualTo(id);
        assertThat(first.path("awardId").asText()).isEqualTo(granted);
        assertThat(first.path("nominationId").asText()).isEqualTo(grantedNomination);
        assertThat(first.path("ceremonyDate").asText()).isEqualTo("2026-11-20");
        assertThat(first.path("occasion").asText()).isEqualTo("TEACHERS_DAY");
        // the fixed occasion is its own day, as the table of days says it
        assertThat(first.path("traditionalDay").path("code").asText()).isEqualTo("TEACHERS_DAY");
        assertThat(first.path("traditionalDay").path("nameVi").asText()).isEqualTo("Ngày Nhà giáo Việt Nam");
        assertThat(first.path("traditionalDay").path("month").asInt()).isEqualTo(11);
        assertThat(first.path("traditionalDay").path("day").asInt()).isEqualTo(20);
        assertThat(first.path("cancelled").asBoolean()).isFalse();

        // the broker carries it, keyed by the nomination
        ConsumerRecord<String, String> record = kafka.await(
                "award.events",
                r -> draftNomination.equals(r.key()) && TYPE.equals(KafkaTestClient.header(r, "ce_type")),
                Duration.ofSeconds(20));
        assertThat(record.value()).contains(draft).contains("2026-11-20");

        // only the place's spelling of the sector changes: nothing is announced
        Map<String, Object> sameButSector = ceremony("2026-11-20", "08:30");
        sameButSector.put("sector", null);
        as("award-officer")
                .contentType(ContentType.JSON)
                .body(sameButSector)
                .put("/api/v1/ceremonies/" + id)
                .then()
                .statusCode(200)
                .body("sector", equalTo(null));
        assertThat(events(grantedNomination, TYPE)).hasSize(1);

        // rescheduled: every award is announced again with the new date
        as("award-officer")
                .contentType(ContentType.JSON)
                .body(ceremony("2026-11-18", "14:00"))
                .put("/api/v1/ceremonies/" + id)
                .then()
                .statusCode(200)
                .body("ceremonyDate", equalTo("2026-11-18"));
        for (String nomination : List.of(grantedNomination, draftNomination)) {
            assertThat(events(nomination, TYPE)).hasSize(2);
            assertThat(last(nomination).path("ceremonyDate").asText()).isEqualTo("2026-11-18");
            assertThat(last(nomination).path("startsAt").asText()).isEqualTo("2026-11-18T07:00:00Z");
        }

        // detached: cancelled for that award only
        as("award-officer")
                .delete("/api/v1/ceremonies/" + id + "/awards/" + draft)
                .then()
                .statusCode(200)
                .body("awards", hasSize(1))
                .body("awards[0].awardId", equalTo(granted));
        assertThat(last(draftNomination).path("cancelled").asBoolean()).isTrue();
        as("award-officer")
                .delete("/api/v1/ceremonies/" + id + "/awards/" + draft)
                .then()
                .statusCode(404);

        // a second ceremony cannot take an award the first holds
        String other = create(ceremony("2026-11-19", null))
                .statusCode(201)
                .body("startsAt", equalTo(null))
                .extract()
                .path("id");
        attach(other, granted).statusCode(409).body("type", containsString("award-in-another-ceremony"));
        attach(other, draft).statusCode(200);

        // cancelled: every remaining award is told, and the ceremony takes no more changes
        as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Lũ quét, hoãn lễ"))
                .post("/api/v1/ceremonies/" + id + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("Lũ quét, hoãn lễ"));
        assertThat(last(grantedNomination).path("cancelled").asBoolean()).isTrue();
        assertThat(events(grantedNomination, TYPE)).hasSize(3);
        attach(id, granted).statusCode(409).body("type", containsString("ceremony-cancelled"));
        as("award-officer").get("/api/v1/ceremonies/" + id).then().body("awards", hasSize(1)); // kept for the record

        // the cancelled ceremony no longer holds it: it moves to another
        attach(other, granted).statusCode(200).body("awards", hasSize(2));
        assertThat(events(grantedNomination, TYPE)).hasSize(4);
        assertThat(last(grantedNomination).path("ceremonyId").asText()).isEqualTo(other);
        assertThat(last(grantedNomination).path("cancelled").asBoolean()).isFalse();

        as("award-officer")
                .queryParam("status", "CANCELLED")
                .queryParam("from", "2026-11-18")
                .queryParam("to", "2026-11-18")
                .get("/api/v1/ceremonies")
                .then()
                .statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem(id));
        as("admin")
                .queryParam("resourceType", "ceremony")
                .queryParam("resourceId", id)
                .get("/api/v1/admin/audit")
                .then()
                .statusCode(200)
                .body("[0].action", equalTo("ceremony.cancel"));
    }

    @Test
    void aRevokedAwardLeavesItsCeremonyAndCannotJoinOne() throws Exception {
        String nomination = approve(kafka, "INDIVIDUAL", "BANG_KHEN_CHU_TICH_UBND_TINH", "2026-09-01");
        String award = awaitAward(nomination);
        String fund = newFund();
        budget(2026, fund, 100_000_000);
        sign(decision("2026-09-02", fund, award)).statusCode(200);
        String id =
                create(ceremony("2026-11-20", null)).statusCode(201).extract().path("id");
        attach(id, award).statusCode(200);

        as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Hồ sơ giả mạo", "category", "FALSE_DOSSIER"))
                .post("/api/v1/awards/" + award + "/revoke")
                .then()
                .statusCode(200);
        assertThat(last(nomination).path("cancelled").asBoolean()).isTrue();
        as("award-officer").get("/api/v1/ceremonies/" + id).then().body("awards", hasSize(0));
        attach(id, award).statusCode(409).body("type", containsString("award-revoked"));
    }

    @Test
    void suggestsTheNextTraditionalDayOfASector() {
        next(Map.of("sector", "EDUCATION_TRAINING", "after", "2026-11-20"))
                .body("date", equalTo("2026-11-20"))
                .body("occasion", equalTo("TEACHERS_DAY"))
                .body("nameVi", equalTo("Ngày Nhà giáo Việt Nam"));
        next(Map.of("sector", "EDUCATION_TRAINING", "after", "2026-11-21")).body("date", equalTo("2027-11-20"));
        next(Map.of("sector", "HEALTH", "after", "2026-03-01"))
                .body("date", equalTo("2027-02-27"))
                .body("occasion", equalTo("DOCTORS_DAY"));
        next(Map.of("sector", "YOUTH", "after", "2026-01-01")).body("date", equalTo("2026-03-26"));
        next(Map.of("sector", "AGRICULTURE", "after", "2026-06-12"))
                .body("date", equalTo("2027-06-11"))
                .body("occasion", equalTo("PATRIOTIC_EMULATION_DAY"));
        next(Map.of("occasion", "FAMILY_DAY", "after", "2026-06-28")).body("date", equalTo("2026-06-28"));
        next(Map.of()).body("occasion", equalTo("PATRIOTIC_EMULATION_DAY"));
        // the sectors' own days, from the table of days: no longer 11 June
        next(Map.of("sector", "PRESS", "after", "2026-05-01"))
                .body("date", equalTo("2026-06-21"))
                .body("occasion", equalTo("SECTOR_DAY"))
                .body("code", equalTo("PRESS_DAY"))
                .body("nameVi", equalTo("Ngày Báo chí cách mạng Việt Nam"));
        next(Map.of("sector", "SECURITY", "after", "2026-05-01")).body("date", equalTo("2026-08-19"));
        next(Map.of("sector", "SPORTS", "after", "2026-05-01")).body("date", equalTo("2027-03-27"));
        next(Map.of("sector", "SCIENCE_TECHNOLOGY", "after", "2026-05-01")).body("date", equalTo("2026-05-18"));
        next(Map.of("sector", "ECONOMY", "after", "2026-05-01")).body("date", equalTo("2026-10-13"));
        next(Map.of("sector", "LITERATURE_ARTS", "after", "2026-05-01")).body("date", equalTo("2026-06-11"));
        next(Map.of("day", "PEOPLES_ARMY_DAY", "after", "2026-05-01"))
                .body("date", equalTo("2026-12-22"))
                .body("occasion", equalTo("SECTOR_DAY"));
        for (Map<String, String> refused : List.of(
                Map.of("occasion", "ANNUAL_REVIEW"),
                Map.of("occasion", "SECTOR_DAY"),
                Map.of("day", "NO_SUCH_DAY"),
                Map.of("occasion", "TEACHERS_DAY", "day", "PRESS_DAY"))) {
            as("award-officer")
                    .queryParams(refused)
                    .get("/api/v1/ceremonies/next-traditional-day")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    private static ValidatableResponse next(Map<String, String> query) {
        return as("award-officer")
                .queryParams(query)
                .get("/api/v1/ceremonies/next-traditional-day")
                .then()
                .statusCode(200);
    }
}
