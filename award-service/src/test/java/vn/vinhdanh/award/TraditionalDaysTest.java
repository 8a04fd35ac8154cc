package vn.vinhdanh.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static vn.vinhdanh.award.AwardSteps.count;
import static vn.vinhdanh.award.AwardSteps.strings;
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
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;
import vn.vinhdanh.events.TraditionalDayPublished;

/**
 * The table of traditional days: seeded with the sectors' days, corrected from the revision read (409 when stale, 422
 * for a day not in every year), and published on award.catalogue at start and after every change.
 */
@QuarkusTest
class TraditionalDaysTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "traditional-day.published.v1";

    @Test
    void theSectorsDaysAreSeededWithTheirActsAndSources() {
        as("admin")
                .get("/api/v1/traditional-days")
                .then()
                .statusCode(200)
                .body(
                        "code",
                        hasItems(
                                "PATRIOTIC_EMULATION_DAY",
                                "TEACHERS_DAY",
                                "DOCTORS_DAY",
                                "YOUTH_UNION_DAY",
                                "FAMILY_DAY",
                                "PRESS_DAY",
                                "PEOPLES_POLICE_DAY",
                                "SPORTS_DAY",
                                "SCIENCE_TECHNOLOGY_DAY",
                                "PEOPLES_ARMY_DAY",
                                "ENTREPRENEURS_DAY"));
        day("PRESS_DAY")
                .body("nameVi", equalTo("Ngày Báo chí cách mạng Việt Nam"))
                .body("dayMonth", equalTo("21/6"))
                .body("sectors", equalTo(List.of("PRESS")))
                .body("occasion", equalTo("SECTOR_DAY"))
                .body("establishedBy", containsString("Quyết định số 52"))
                .body("verified", equalTo(true));
        day("PEOPLES_POLICE_DAY").body("dayMonth", equalTo("19/8")).body("sectors", equalTo(List.of("SECURITY")));
        day("SPORTS_DAY").body("dayMonth", equalTo("27/3")).body("sectors", equalTo(List.of("SPORTS")));
        day("SCIENCE_TECHNOLOGY_DAY")
                .body("dayMonth", equalTo("18/5"))
                .body("sectors", equalTo(List.of("SCIENCE_TECHNOLOGY")));
        // no sector of the platform is the army's: the day is there for ceremonies
        day("PEOPLES_ARMY_DAY").body("dayMonth", equalTo("22/12")).body("sectors", equalTo(List.of()));
        day("TEACHERS_DAY").body("occasion", equalTo("TEACHERS_DAY")).body("dayMonth", equalTo("20/11"));
        day("FAMILY_DAY").body("familiesDay", equalTo(true));
        day("PATRIOTIC_EMULATION_DAY").body("everyOtherSector", equalTo(true));
        as("admin")
                .get("/api/v1/traditional-days/NO_SUCH_DAY")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void everySeededDayIsPublishedOnTheCatalogueTopic() throws Exception {
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            ConsumerRecord<String, String> record = kafka.await(
                    "award.catalogue", r -> "traditional-day:PRESS_DAY".equals(r.key()), Duration.ofSeconds(30));
            assertThat(KafkaTestClient.header(record, "ce_type")).isEqualTo(TYPE);
            JsonNode press = JSON.readTree(record.value());
            assertThat(press.path("month").asInt()).isEqualTo(6);
            assertThat(press.path("day").asInt()).isEqualTo(21);
            assertThat(press.path("sectors").get(0).asText()).isEqualTo("PRESS");
            assertThat(press.path("revision").asLong()).isEqualTo(1);
        }
        assertThat(count("select count(*) from traditional_day where published_revision is distinct from revision"))
                .isZero();
    }

    @Test
    void aCorrectionNamesTheRevisionItReadAndIsPublishedAgain() throws Exception {
        String code = newDay(Map.of("month", 4, "day", 30));
        assertThat(published(code)).hasSize(1);

        Map<String, Object> correction = correction(1, 5, 1);
        correct(code, correction)
                .statusCode(200)
                .body("revision", equalTo(2))
                .body("dayMonth", equalTo("1/5"))
                .body("sectors", equalTo(List.of()));
        List<String> events = published(code);
        assertThat(events).hasSize(2);
        JsonNode last = JSON.readTree(events.get(1));
        assertThat(last.path("revision").asLong()).isEqualTo(2);
        assertThat(last.path("month").asInt()).isEqualTo(5);
        assertThat(last.path("day").asInt()).isEqualTo(1);
        as("admin")
                .queryParam("resourceType", "traditional-day")
                .queryParam("resourceId", code)
                .get("/api/v1/admin/audit")
                .then()
                .statusCode(200)
                .body("[0].detail", containsString("(30/4)"))
                .body("[0].detail", containsString("revision 1 -> 2; the decree says 1 May"));
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            kafka.await(
                    "award.catalogue",
                    r -> TraditionalDayPublished.keyOf(code).equals(r.key())
                            && r.value().contains("\"revision\":2"),
                    Duration.ofSeconds(30));
        }

        // the same correction from revision 1 again: someone (this test) corrected it meanwhile
        correct(code, correction)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", containsString("stale-revision"));
        assertThat(published(code)).hasSize(2);
    }

    @Test
    void aDayNotInEveryYearOrASectorThatHasADayIsRefusedAndNothingChanges() throws Exception {
        String code = newDay(Map.of("month", 7, "day", 27));
        correct(code, correction(1, 2, 31))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", containsString("impossible-date"));
        correct(code, correction(1, 2, 29)).statusCode(422);
        correct(code, correction(1, 13, 1)).statusCode(400);
        Map<String, Object> takingPress = correction(1, 7, 28);
        takingPress.put("sectors", List.of("PRESS"));
        correct(code, takingPress).statusCode(409).body("type", containsString("sector-has-a-day"));
        day(code).body("revision", equalTo(1)).body("dayMonth", equalTo("27/7"));
        assertThat(published(code)).hasSize(1);

        Map<String, Object> impossible = addition(Map.of("month", 4, "day", 31));
        as("award-officer")
                .contentType(ContentType.JSON)
                .body(impossible)
                .post("/api/v1/traditional-days")
                .then()
                .statusCode(422);
        as("award-officer")
                .contentType(ContentType.JSON)
                .body(addition(Map.of("code", code, "month", 7, "day", 28)))
                .post("/api/v1/traditional-days")
                .then()
                .statusCode(409)
                .body("type", containsString("traditional-day-exists"));
        as("council-secretary")
                .contentType(ContentType.JSON)
                .body(correction(1, 7, 28))
                .put("/api/v1/traditional-days/" + code)
                .then()
                .statusCode(403);
    }

    @Test
    void aCeremonyOnASectorsDayNamesItAndTheNextDayComesFromTheTable() {
        String code = newDay(Map.of("month", 9, "day", 9));
        Map<String, Object> ceremony = CeremonyTest.ceremony("2026-09-09", "08:00");
        ceremony.put("occasion", "SECTOR_DAY");
        ceremony.put("traditionalDay", code);
        ceremony.put("sector", null);
        CeremonyTest.create(ceremony).statusCode(201).body("traditionalDay", equalTo(code));
        ceremony.remove("traditionalDay");
        CeremonyTest.create(ceremony).statusCode(400).body("errors[0].field", equalTo("traditionalDay"));
        ceremony.put("traditionalDay", "NO_SUCH_DAY");
        CeremonyTest.create(ceremony).statusCode(400);
        ceremony.put("occasion", "ANNUAL_REVIEW");
        ceremony.put("traditionalDay", code);
        CeremonyTest.create(ceremony).statusCode(400);

        as("award-officer")
                .queryParam("day", code)
                .queryParam("after", "2026-09-10")
                .get("/api/v1/ceremonies/next-traditional-day")
                .then()
                .statusCode(200)
                .body("date", equalTo("2027-09-09"))
                .body("occasion", equalTo("SECTOR_DAY"))
                .body("code", equalTo(code));
        correct(code, correction(1, 10, 1)).statusCode(200);
        as("award-officer")
                .queryParam("day", code)
                .queryParam("after", "2026-09-10")
                .get("/api/v1/ceremonies/next-traditional-day")
                .then()
                .body("date", equalTo("2026-10-01"));
    }

    /** Adds a day of no sector, with a code of its own to this test; returns the code. */
    private static String newDay(Map<String, Object> fields) {
        Map<String, Object> body = addition(fields);
        as("award-officer")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/traditional-days")
                .then()
                .statusCode(201)
                .body("revision", equalTo(1))
                .body("occasion", equalTo("SECTOR_DAY"));
        return (String) body.get("code");
    }

    private static Map<String, Object> addition(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "TEST_DAY_" + ThreadLocalRandom.current().nextInt(1_000_000));
        body.put("nameVi", "Ngày truyền thống thử");
        body.put("sectors", List.of());
        body.put("establishedBy", "2026, văn bản thử");
        body.put("source", "assumed: a test's own day");
        body.put("verified", false);
        body.put("reason", "a test adds it");
        body.putAll(fields);
        return body;
    }

    private static Map<String, Object> correction(long expectedRevision, int month, int day) {
        Map<String, Object> body = new HashMap<>();
        body.put("expectedRevision", expectedRevision);
        body.put("nameVi", "Ngày truyền thống thử");
        body.put("month", month);
        body.put("day", day);
        body.put("sectors", List.of());
        body.put("establishedBy", "2026, văn bản thử");
        body.put("source", "assumed: a test's own day");
        body.put("verified", true);
        body.put("reason", "the decree says 1 May");
        return body;
    }

    private static ValidatableResponse correct(String code, Map<String, Object> body) {
        return as("award-officer")
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/traditional-days/" + code)
                .then();
    }

    private static ValidatableResponse day(String code) {
        return as("award-officer")
                .get("/api/v1/traditional-days/" + code)
                .then()
                .statusCode(200);
    }

    /** The payloads the outbox holds for a day, oldest first. */
    private static List<String> published(String code) throws Exception {
        return strings(
                "select payload from outbox_event where message_key = ? and event_type = ? order by position",
                TraditionalDayPublished.keyOf(code),
                TYPE);
    }
}
