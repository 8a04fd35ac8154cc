package vn.vinhdanh.nomination.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.deploy.infra.Callers.as;
import static vn.vinhdanh.nomination.NominationFixtures.PROVINCE_CERTIFICATE;
import static vn.vinhdanh.nomination.NominationFixtures.PROVINCE_CERTIFICATE_VI;
import static vn.vinhdanh.nomination.NominationFixtures.approve;
import static vn.vinhdanh.nomination.NominationFixtures.awardBlocked;
import static vn.vinhdanh.nomination.NominationFixtures.block;
import static vn.vinhdanh.nomination.NominationFixtures.grant;
import static vn.vinhdanh.nomination.NominationFixtures.publicize;
import static vn.vinhdanh.nomination.rest.NominationApi.JSON;
import static vn.vinhdanh.nomination.rest.NominationApi.createMovement;
import static vn.vinhdanh.nomination.rest.NominationApi.individualOf;
import static vn.vinhdanh.nomination.rest.NominationApi.post;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/**
 * award-service cannot draft an approved nomination's award under its title (award.blocked.v1): the agency sees why,
 * corrects the title once per block with the checks of intake (nomination.title-corrected.v1), and sees the award
 * drafted after all (award.unblocked.v1). A revoked award and a killed story land on the timeline too, the status
 * staying where it is.
 */
@QuarkusTest
class TitleCorrectionTest {

    private static final String AGENCY = "SO-GDDT";

    private static final String EMULATION_FIGHTER = "CHIEN_SI_THI_DUA_CAP_TINH";
    private static final String EMULATION_FIGHTER_VI = "Chiến sĩ thi đua cấp tỉnh";
    private static final String BLOCKED_VI = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh chưa có định mức tiền thưởng"
            + " cho cá nhân vào ngày quyết định 20/11/2025.";

    private KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void aBlockedAwardIsShownCorrectedOncePerBlockAndUnblocked() throws Exception {
        String id = submit("Hoàng Thị Sen");
        correct("SO-GDDT", id, EMULATION_FIGHTER, "Đổi hình thức")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/award-not-blocked"));

        approve(kafka, AGENCY, id);
        // approved, but award-service has not said it is blocked
        correct("SO-GDDT", id, EMULATION_FIGHTER, "Đổi hình thức")
                .then()
                .statusCode(409)
                .body("type", endsWith("/award-not-blocked"));
        agency("SO-GDDT").get(nomination(id)).then().body("awardBlock", nullValue());

        block(kafka, AGENCY, id, "NO_REWARD_RULE", BLOCKED_VI);
        JsonPath blocked = read(id);
        assertThat(blocked.getString("status")).isEqualTo("APPROVED");
        assertThat(blocked.getString("awardBlock.cause")).isEqualTo("NO_REWARD_RULE");
        assertThat(blocked.getString("awardBlock.reason")).isEqualTo(BLOCKED_VI);
        assertThat(blocked.getString("awardBlock.blockedAt")).isNotNull();
        Map<String, Object> entry = last(blocked);
        assertThat(entry)
                .containsEntry("event", "AWARD_BLOCKED")
                .containsEntry("status", "APPROVED")
                .containsEntry("note", BLOCKED_VI)
                .containsEntry("actor", "award-service");
        // the status steps before it carry no event
        assertThat(blocked.getList("timeline.event")).containsExactly(null, null, "AWARD_BLOCKED");

        // another agency's nomination does not exist for it
        correct("SO-YTE", id, EMULATION_FIGHTER, "Đổi hình thức").then().statusCode(404);

        // the checks of intake, on proposedAward
        correct("SO-GDDT", id, "KHONG_CO_DANH_HIEU", "Đổi hình thức")
                .then()
                .statusCode(400)
                .body("errors.field", contains("proposedAward"))
                .body("errors[0].reason", containsString("not a title of the award catalogue"));
        correct("SO-GDDT", id, "CO_THI_DUA_UBND_TINH", "Đổi hình thức")
                .then()
                .statusCode(400)
                .body("errors.field", contains("proposedAward"))
                .body("errors[0].reason", containsString("collectives only"));
        agency("SO-GDDT")
                .header("Accept-Language", "vi")
                .contentType(ContentType.JSON)
                .body(Map.of("proposedAward", "LAO_DONG_TIEN_TIEN", "reason", "Đổi hình thức"))
                .post(corrections(id))
                .then()
                .statusCode(400)
                .body("errors.field", contains("proposedAward"))
                .body("errors[0].reason", containsString("không thuộc thẩm quyền khen thưởng"));
        correct("SO-GDDT", id, PROVINCE_CERTIFICATE, "Đổi hình thức")
                .then()
                .statusCode(400)
                .body("errors.field", contains("proposedAward"))
                .body("errors[0].reason", containsString("the title proposed now"));
        correct("SO-GDDT", id, EMULATION_FIGHTER, "   ")
                .then()
                .statusCode(400)
                .body("errors.field", contains("reason"));
        correct("SO-GDDT", id, EMULATION_FIGHTER, "x".repeat(2001))
                .then()
                .statusCode(400)
                .body("errors.field", contains("reason"));
        agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Đổi hình thức"))
                .post(corrections(id))
                .then()
                .statusCode(400)
                .body("errors.field", contains("proposedAward"));
        JsonPath unchanged = read(id);
        assertThat(unchanged.getString("proposedAward")).isEqualTo(PROVINCE_CERTIFICATE);
        assertThat(unchanged.getString("awardBlock.cause")).isEqualTo("NO_REWARD_RULE");
        assertThat(unchanged.getList("timeline")).hasSize(3);

        // typed decomposed, stored and sent precomposed
        String reason = "Hội đồng thông qua danh hiệu Chiến sĩ thi đua cấp tỉnh theo biên bản họp";
        correct("SO-GDDT", id, EMULATION_FIGHTER, Normalizer.normalize(reason, Normalizer.Form.NFD))
                .then()
                .statusCode(200)
                .body("proposedAward", equalTo(EMULATION_FIGHTER))
                .body("status", equalTo("APPROVED"))
                .body("awardBlock", nullValue())
                .body("timeline.event", contains(null, null, "AWARD_BLOCKED", "TITLE_CORRECTED"))
                .body("timeline[3].status", equalTo("APPROVED"))
                .body("timeline[3].actor", equalTo("agency:portal-SO-GDDT"))
                .body(
                        "timeline[3].note",
                        equalTo(PROVINCE_CERTIFICATE_VI + " → " + EMULATION_FIGHTER_VI + ": " + reason));
        // until award-service answers, a second correction would race its retry
        correct("SO-GDDT", id, PROVINCE_CERTIFICATE, "Đổi lại")
                .then()
                .statusCode(409)
                .body("type", endsWith("/award-not-blocked"));

        ConsumerRecord<String, String> record = kafka.await(
                "nomination.events",
                r -> id.equals(r.key()) && "nomination.title-corrected.v1".equals(KafkaTestClient.header(r, "ce_type")),
                Duration.ofSeconds(20));
        JsonNode payload = JSON.readTree(record.value());
        assertThat(payload.path("nominationId").asText()).isEqualTo(id);
        assertThat(payload.path("agencyCode").asText()).isEqualTo("SO-GDDT");
        assertThat(payload.path("previousAward").asText()).isEqualTo(PROVINCE_CERTIFICATE);
        assertThat(payload.path("proposedAward").asText()).isEqualTo(EMULATION_FIGHTER);
        assertThat(payload.path("reason").asText()).isEqualTo(reason);
        assertThat(payload.path("correctedBy").asText()).isEqualTo("agency:portal-SO-GDDT");
        assertThat(payload.path("correctedAt").asText()).isNotBlank();
        as("admin")
                .queryParam("resourceType", "nomination")
                .queryParam("resourceId", id)
                .get("/api/v1/admin/audit")
                .then()
                .body("action", hasItem("nomination.correct-title"));

        // the corrected title does not fit either: a new block, and a new correction may answer it
        block(kafka, AGENCY, id, "WRONG_RECIPIENT_KIND", "Chiến sĩ thi đua cấp tỉnh không xét cho trường hợp này.");
        correct("SO-GDDT", id, PROVINCE_CERTIFICATE, "Trở lại hình thức ban đầu theo ý kiến Ban")
                .then()
                .statusCode(200)
                .body("proposedAward", equalTo(PROVINCE_CERTIFICATE))
                .body("awardBlock", nullValue());

        UUID unblocked = UUID.randomUUID();
        String unblockedPayload =
                """
                {"nominationId":"%s","awardId":"%s","awardCode":"%s","awardName":"%s","unblockedAt":"%s"}""".formatted(id, UUID.randomUUID(), PROVINCE_CERTIFICATE, PROVINCE_CERTIFICATE_VI, Instant.now());
        kafka.sendCloudEvent("award.events", id, unblocked, "award.unblocked.v1", unblockedPayload);
        // delivered twice: one entry
        kafka.sendCloudEvent("award.events", id, unblocked, "award.unblocked.v1", unblockedPayload);
        awaitLastEvent(id, "AWARD_UNBLOCKED");
        JsonPath done = read(id);
        assertThat(last(done))
                .containsEntry("note", PROVINCE_CERTIFICATE_VI)
                .containsEntry("status", "APPROVED")
                .containsEntry("actor", "award-service");
        assertThat(done.getString("awardBlock")).isNull();
        assertThat(done.getList("timeline.event"))
                .containsExactly(
                        null,
                        null,
                        "AWARD_BLOCKED",
                        "TITLE_CORRECTED",
                        "AWARD_BLOCKED",
                        "TITLE_CORRECTED",
                        "AWARD_UNBLOCKED");
        correct("SO-GDDT", id, EMULATION_FIGHTER, "Đổi hình thức")
                .then()
                .statusCode(409)
                .body("type", endsWith("/award-not-blocked"));
    }

    @Test
    void aRevokedAwardAndAKilledStoryAreOnTheTimelineAndTheStatusStays() {
        String id = submit("Giàng A Lử");
        approve(kafka, AGENCY, id);
        grant(kafka, AGENCY, id, "Giàng A Lử");
        publicize(kafka, AGENCY, id, "giang-a-lu", "Giàng A Lử");

        kafka.sendCloudEvent("award.events", id, UUID.randomUUID(), "award.revoked.v1", """
                {"awardId":"%s","nominationId":"%s","awardCode":"%s","awardName":"%s","recipientName":"Giàng A Lử",
                 "decisionNumber":"7/QĐ-UBND","category":"FALSE_DOSSIER","reason":"Hồ sơ kê khai không trung thực",
                 "recoveryAmountVnd":3510000,"revokedAt":"%s","revokedBy":"award-officer:can-bo"}""".formatted(
                        UUID.randomUUID(), id, PROVINCE_CERTIFICATE, PROVINCE_CERTIFICATE_VI, Instant.now()));
        awaitLastEvent(id, "AWARD_REVOKED");
        JsonPath revoked = read(id);
        assertThat(revoked.getString("status")).isEqualTo("PUBLICIZED");
        assertThat(last(revoked))
                .containsEntry("status", "PUBLICIZED")
                .containsEntry("actor", "award-officer:can-bo")
                .containsEntry("note", PROVINCE_CERTIFICATE_VI + ", 7/QĐ-UBND: Hồ sơ kê khai không trung thực");

        UUID killed = UUID.randomUUID();
        String killedPayload = """
                {"featureId":"%s","nominationId":"%s","slug":"giang-a-lu","reason":"Khen thưởng đã bị hủy bỏ",
                 "killedAt":"%s"}""".formatted(UUID.randomUUID(), id, Instant.now());
        kafka.sendCloudEvent("publicity.events", id, killed, "feature.killed.v1", killedPayload);
        kafka.sendCloudEvent("publicity.events", id, killed, "feature.killed.v1", killedPayload);
        awaitLastEvent(id, "FEATURE_KILLED");
        JsonPath done = read(id);
        assertThat(done.getString("status")).isEqualTo("PUBLICIZED");
        assertThat(last(done))
                .containsEntry("note", "Khen thưởng đã bị hủy bỏ")
                .containsEntry("actor", "publicity-service");
        assertThat(done.getList("timeline.status"))
                .containsExactly("SUBMITTED", "APPROVED", "AWARDED", "PUBLICIZED", "PUBLICIZED", "PUBLICIZED");
        assertThat(done.getList("timeline.event"))
                .containsExactly(null, null, null, null, "AWARD_REVOKED", "FEATURE_KILLED");
    }

    @Test
    void aBlockOfAnUnknownNominationIsPoison() {
        UUID unknown = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        kafka.sendCloudEvent(
                "award.events",
                unknown.toString(),
                eventId,
                "award.blocked.v1",
                awardBlocked(unknown.toString(), "UNKNOWN_TITLE", "Không có trong danh mục.", Instant.now()));
        ConsumerRecord<String, String> letter = kafka.await(
                "nomination-service.dlq",
                r -> eventId.toString().equals(KafkaTestClient.header(r, "ce_id")),
                Duration.ofSeconds(20));
        assertThat(KafkaTestClient.header(letter, "dead-letter-reason")).contains("unknown nomination");
    }

    // ------------------------------------------------------------------ helpers

    private static String submit(String name) {
        return post("SO-GDDT", individualOf("SO-GDDT", createMovement(), name))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Response correct(String agencyCode, String id, String title, String reason) {
        return agency(agencyCode)
                .contentType(ContentType.JSON)
                .body(Map.of("proposedAward", title, "reason", reason))
                .post(corrections(id));
    }

    private static String nomination(String id) {
        return "/api/v1/nominations/" + id;
    }

    private static String corrections(String id) {
        return nomination(id) + "/title-corrections";
    }

    private static JsonPath read(String id) {
        return agency("SO-GDDT")
                .get(nomination(id))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Map<String, Object> last(JsonPath nomination) {
        List<Map<String, Object>> timeline = nomination.getList("timeline");
        return timeline.get(timeline.size() - 1);
    }

    private static void awaitLastEvent(String id, String event) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> last(read(id)).get("event"), event::equals);
    }
}
