package vn.vinhdanh.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.vinhdanh.award.AwardSteps.awaitAwardEvent;
import static vn.vinhdanh.award.AwardSteps.awardEvents;
import static vn.vinhdanh.deploy.infra.Callers.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/**
 * An approval whose title cannot be drafted is kept, listed for the emulation board and announced
 * ({@code award.blocked.v1}) instead of going to the dead letters; a title correction from nomination-service drafts
 * it again: the award at last ({@code award.unblocked.v1}), or a new block with the new reason.
 */
@QuarkusTest
class BlockedApprovalTest {

    private static final String BLOCKED = "/api/v1/blocked-approvals";

    private final ObjectMapper json = new ObjectMapper();
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
    void anApprovalOfAnUnknownTitleIsBlockedListedAndAnnouncedOnce() throws Exception {
        String nominationId = UUID.randomUUID().toString();
        String unknownTitle = unknownTitle();
        UUID eventId = UUID.randomUUID();
        String approval = AwardFlowTest.approved(nominationId, "INDIVIDUAL", unknownTitle, "2025-09-02");
        kafka.sendCloudEvent("review.events", nominationId, eventId, "review.decided.v1", approval);

        awaitBlocked(nominationId, "UNKNOWN_TITLE");
        as("award-officer")
                .get(BLOCKED + "/" + nominationId)
                .then()
                .statusCode(200)
                .body("awardCode", equalTo(unknownTitle))
                .body("nomineeKind", equalTo("INDIVIDUAL"))
                .body("nomineeName", equalTo("Tẩn Láo Lở"))
                .body("agencyCode", equalTo("UBND-BATXAT"))
                .body("councilDecisionDate", equalTo("2025-09-02"))
                .body("reason", containsString(unknownTitle))
                .body("reason", containsString("individual"))
                .body("reasonVi", containsString(unknownTitle))
                .body("reasonVi", containsString("cá nhân"))
                .body("resolved", equalTo(false))
                .body("unblockedAt", nullValue())
                .body("awardId", nullValue());
        // the board's list: unresolved ones by default
        as("award-officer")
                .queryParam("size", 200)
                .get(BLOCKED)
                .then()
                .statusCode(200)
                .header("X-Total-Count", notNullValue())
                .body("find { it.nominationId == '" + nominationId + "' }.cause", equalTo("UNKNOWN_TITLE"))
                .body("resolved", everyItem(equalTo(false)));
        as("admin")
                .queryParam("size", 200)
                .get(BLOCKED)
                .then()
                .statusCode(200)
                .body("nominationId", hasItem(nominationId));
        as("award-officer")
                .queryParam("nominationId", nominationId)
                .get("/api/v1/awards")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));

        ConsumerRecord<String, String> blocked = awaitAwardEvent(kafka, nominationId, "award.blocked.v1");
        JsonNode payload = json.readTree(blocked.value());
        assertThat(payload.path("nominationId").asText()).isEqualTo(nominationId);
        assertThat(payload.path("cause").asText()).isEqualTo("UNKNOWN_TITLE");
        assertThat(payload.path("awardCode").asText()).isEqualTo(unknownTitle);
        assertThat(payload.path("nomineeKind").asText()).isEqualTo("INDIVIDUAL");
        assertThat(payload.path("reason").asText()).contains(unknownTitle);
        assertThat(payload.path("reasonVi").asText()).contains(unknownTitle);
        assertThat(payload.path("blockedAt").asText()).isNotBlank();

        // the same event redelivered, and the same approval as a new event (a re-decided case): nothing changes
        kafka.sendCloudEvent("review.events", nominationId, eventId, "review.decided.v1", approval);
        UUID again = UUID.randomUUID();
        kafka.sendCloudEvent("review.events", nominationId, again, "review.decided.v1", approval);
        awaitProcessed(again);
        assertThat(AwardSteps.count(
                        "select count(*) from blocked_approval where nomination_id = ?::uuid", nominationId))
                .isEqualTo(1);
        assertThat(AwardSteps.events(nominationId, "award.blocked.v1"))
                .as("one award.blocked.v1 in the outbox")
                .hasSize(1);
        assertThat(awardEvents(kafka, nominationId, "award.blocked.v1"))
                .as("one award.blocked.v1 on award.events")
                .hasSize(1);
        // a blocked approval is not a dead letter
        as("admin")
                .get("/api/v1/admin/dead-letters")
                .then()
                .statusCode(200)
                .body("eventId", not(hasItem(eventId.toString())))
                .body("eventId", not(hasItem(again.toString())));
    }

    @Test
    void aCollectiveTitleForAnIndividualIsBlockedUntilACorrectedTitleDraftsIt() throws Exception {
        String nominationId = AwardSteps.approve(kafka, "INDIVIDUAL", "CO_THI_DUA_UBND_TINH", "2025-09-02");

        awaitBlocked(nominationId, "WRONG_RECIPIENT_KIND");
        as("award-officer")
                .get(BLOCKED + "/" + nominationId)
                .then()
                .statusCode(200)
                .body("awardCode", equalTo("CO_THI_DUA_UBND_TINH"))
                .body("reason", containsString("CO_THI_DUA_UBND_TINH (Cờ thi đua của Ủy ban nhân dân tỉnh)"))
                .body("reason", containsString("only to collectives"))
                .body("reason", containsString("individual"))
                .body("reasonVi", containsString("Cờ thi đua của Ủy ban nhân dân tỉnh"))
                .body("reasonVi", containsString("chỉ xét tặng cho tập thể"))
                .body("reasonVi", containsString("cá nhân"));
        JsonNode blocked = json.readTree(
                awaitAwardEvent(kafka, nominationId, "award.blocked.v1").value());
        assertThat(blocked.path("cause").asText()).isEqualTo("WRONG_RECIPIENT_KIND");

        // what the seeded rules pay an individual's Chiến sĩ thi đua cấp tỉnh on the council's date
        int expected = as("award-officer")
                .queryParam("awardCode", "CHIEN_SI_THI_DUA_CAP_TINH")
                .queryParam("recipientKind", "INDIVIDUAL")
                .queryParam("decisionDate", "2025-09-02")
                .get("/api/v1/quote")
                .then()
                .statusCode(200)
                .extract()
                .path("amountVnd");
        correct(nominationId, "CO_THI_DUA_UBND_TINH", "CHIEN_SI_THI_DUA_CAP_TINH");

        String awardId = AwardSteps.awaitAward(nominationId);
        as("award-officer")
                .get("/api/v1/awards/" + awardId)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("awardCode", equalTo("CHIEN_SI_THI_DUA_CAP_TINH"))
                .body("awardName", equalTo("Chiến sĩ thi đua cấp tỉnh"))
                .body("recipientKind", equalTo("INDIVIDUAL"))
                .body("councilDecisionDate", equalTo("2025-09-02"))
                .body("amountVnd", equalTo(expected));
        as("award-officer")
                .get(BLOCKED + "/" + nominationId)
                .then()
                .statusCode(200)
                .body("resolved", equalTo(true))
                .body("unblockedAt", notNullValue())
                .body("awardId", equalTo(awardId))
                .body("awardCode", equalTo("CHIEN_SI_THI_DUA_CAP_TINH"));
        as("award-officer")
                .queryParam("size", 200)
                .get(BLOCKED)
                .then()
                .statusCode(200)
                .body("nominationId", not(hasItem(nominationId)));
        as("award-officer")
                .queryParam("includeResolved", true)
                .queryParam("size", 200)
                .get(BLOCKED)
                .then()
                .statusCode(200)
                .body("find { it.nominationId == '" + nominationId + "' }.resolved", equalTo(true));

        JsonNode unblocked = json.readTree(
                awaitAwardEvent(kafka, nominationId, "award.unblocked.v1").value());
        assertThat(unblocked.path("awardId").asText()).isEqualTo(awardId);
        assertThat(unblocked.path("awardCode").asText()).isEqualTo("CHIEN_SI_THI_DUA_CAP_TINH");
        assertThat(unblocked.path("awardName").asText()).isEqualTo("Chiến sĩ thi đua cấp tỉnh");
        assertThat(unblocked.path("unblockedAt").asText()).isNotBlank();

        // a correction arriving once it is drafted changes nothing
        UUID late = correct(nominationId, "CHIEN_SI_THI_DUA_CAP_TINH", "BANG_KHEN_CHU_TICH_UBND_TINH");
        awaitProcessed(late);
        assertThat(AwardSteps.count("select count(*) from award where nomination_id = ?::uuid", nominationId))
                .isEqualTo(1);
        assertThat(AwardSteps.events(nominationId, "award.unblocked.v1")).hasSize(1);
    }

    @Test
    void aCorrectionToAnotherUnfitTitleBlocksItAgainWithTheNewCause() throws Exception {
        // no rule prices anything before NĐ 91/2017; the kind is checked first, so the cause is the kind
        String nominationId = AwardSteps.approve(kafka, "COLLECTIVE", "CHIEN_SI_THI_DUA_CAP_TINH", "2016-05-01");
        awaitBlocked(nominationId, "WRONG_RECIPIENT_KIND");
        as("award-officer")
                .get(BLOCKED + "/" + nominationId)
                .then()
                .body("reason", containsString("only to individuals"))
                .body("reasonVi", containsString("chỉ xét tặng cho cá nhân"));

        correct(nominationId, "CHIEN_SI_THI_DUA_CAP_TINH", "TAP_THE_LAO_DONG_XUAT_SAC");
        awaitBlocked(nominationId, "NO_REWARD_RULE");
        as("award-officer")
                .get(BLOCKED + "/" + nominationId)
                .then()
                .statusCode(200)
                .body("awardCode", equalTo("TAP_THE_LAO_DONG_XUAT_SAC"))
                .body("resolved", equalTo(false))
                .body("reason", containsString("TAP_THE_LAO_DONG_XUAT_SAC (Tập thể lao động xuất sắc)"))
                .body("reason", containsString("collective"))
                .body("reason", containsString("2016-05-01"))
                .body("reasonVi", containsString("Tập thể lao động xuất sắc"))
                .body("reasonVi", containsString("tập thể"))
                .body("reasonVi", containsString("01/05/2016"));
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() ->
                        awardEvents(kafka, nominationId, "award.blocked.v1").size() == 2);
        List<ConsumerRecord<String, String>> blocks = awardEvents(kafka, nominationId, "award.blocked.v1");
        assertThat(json.readTree(blocks.get(0).value()).path("cause").asText()).isEqualTo("WRONG_RECIPIENT_KIND");
        JsonNode second = json.readTree(blocks.get(1).value());
        assertThat(second.path("cause").asText()).isEqualTo("NO_REWARD_RULE");
        assertThat(second.path("awardCode").asText()).isEqualTo("TAP_THE_LAO_DONG_XUAT_SAC");
        assertThat(second.path("nomineeKind").asText()).isEqualTo("COLLECTIVE");

        // and once more, to a title the catalogue does not know
        String unknownTitle = unknownTitle();
        correct(nominationId, "TAP_THE_LAO_DONG_XUAT_SAC", unknownTitle);
        awaitBlocked(nominationId, "UNKNOWN_TITLE");
        assertThat(AwardSteps.events(nominationId, "award.blocked.v1")).hasSize(3);
        assertThat(AwardSteps.count(
                        "select count(*) from blocked_approval where nomination_id = ?::uuid", nominationId))
                .isEqualTo(1);
        as("award-officer")
                .queryParam("nominationId", nominationId)
                .get("/api/v1/awards")
                .then()
                .body("$", hasSize(0));
    }

    @Test
    void aNominationNeverBlockedIsNotFoundAndItsCorrectionChangesNothing() throws Exception {
        String nominationId = UUID.randomUUID().toString();
        as("award-officer")
                .get(BLOCKED + "/" + nominationId)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", containsString("not-found"));
        UUID event = correct(nominationId, "GIAY_KHEN", "BANG_KHEN_CHU_TICH_UBND_TINH");
        awaitProcessed(event);
        assertThat(AwardSteps.count("select count(*) from outbox_event where message_key = ?", nominationId))
                .isZero();
    }

    /** A title code no catalogue entry has. */
    private static String unknownTitle() {
        return "KHONG_CO_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** Sends nomination-service's correction of the proposed title; returns the event id. */
    private UUID correct(String nominationId, String previousAward, String proposedAward) {
        UUID eventId = UUID.randomUUID();
        kafka.sendCloudEvent("nomination.events", nominationId, eventId, "nomination.title-corrected.v1", """
                {"nominationId":"%s","agencyCode":"UBND-BATXAT","previousAward":"%s","proposedAward":"%s",
                 "reason":"Đề nghị nhầm danh hiệu","correctedBy":"test-agency","correctedAt":"%s"}""".formatted(
                        nominationId, previousAward, proposedAward, Instant.now()));
        return eventId;
    }

    private static void awaitBlocked(String nominationId, String cause) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> as("award-officer")
                        .get(BLOCKED + "/" + nominationId)
                        .then()
                        .statusCode(200)
                        .body("cause", equalTo(cause)));
    }

    /** Waits until the inbox records the event: its effect, if any, is committed. */
    private static void awaitProcessed(UUID eventId) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> AwardSteps.count("select count(*) from processed_event where event_id = ?", eventId) == 1);
    }
}
