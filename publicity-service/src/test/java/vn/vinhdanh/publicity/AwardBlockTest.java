package vn.vinhdanh.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.vinhdanh.deploy.infra.Callers.as;
import static vn.vinhdanh.publicity.EditorialSteps.FEATURES;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;
import vn.vinhdanh.events.AwardBlocked;
import vn.vinhdanh.events.AwardUnblocked;
import vn.vinhdanh.publicity.domain.AwardBlock;
import vn.vinhdanh.publicity.domain.CeremonySchedule;
import vn.vinhdanh.publicity.domain.Feature;
import vn.vinhdanh.publicity.service.AwardBlocking;

/**
 * award.blocked.v1 holds a story back (approve, schedule, publish answer 409 award-blocked, the view and the embargo
 * check see it) until award.unblocked.v1, which brings the agency's corrected title onto the draft. Either may come
 * before the approval that opens the draft; a redelivery changes nothing.
 */
@QuarkusTest
class AwardBlockTest {

    private static final String BLOCKED_TITLE = "CHIEN_SI_THI_DUA_CAP_TINH";
    private static final String CORRECTED_TITLE = "BANG_KHEN_CHU_TICH_UBND_TINH";
    private static final String CORRECTED_NAME = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh";

    @Inject
    AwardBlocking blocking;

    @Inject
    ObjectMapper objectMapper;

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
    void aBlockBeforeTheDraftHoldsItBackUntilTheUnblockBringsTheCorrectedTitleAndRedeliveryChangesNothing()
            throws Exception {
        String nominationId = UUID.randomUUID().toString();
        UUID blockEvent = UUID.randomUUID();
        String blocked =
                blocked(nominationId, "no reward rule prices it", "chưa có quy định mức thưởng", Instant.now());
        kafka.sendCloudEvent("award.events", nominationId, blockEvent, "award.blocked.v1", blocked);
        // the two topics are not ordered against each other: the approval goes out once the block is stored, so
        // that this is the case of a block known before the draft
        await().atMost(Duration.ofSeconds(20)).until(() -> blockOf(nominationId) != null);
        String id = draft(nominationId);

        as("editor")
                .get(FEATURES + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("publicationBlocker", containsString("the award is blocked"))
                .body("publicationBlocker", containsString("no reward rule prices it"));
        EditorialSteps.submitted(id);
        as("editor")
                .post(FEATURES + id + "/approve")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/award-blocked"))
                .body("detail", containsString("no reward rule prices it"));
        as("editor")
                .header("Accept-Language", "vi")
                .post(FEATURES + id + "/approve")
                .then()
                .statusCode(409)
                .body("type", endsWith("/award-blocked"))
                .body("detail", containsString("“chưa có quy định mức thưởng”"));
        // the list reads the block with each row, as the single feature does
        as("editor")
                .queryParam("nominationId", nominationId)
                .get("/api/v1/features")
                .then()
                .statusCode(200)
                .body("[0].publicationBlocker", containsString("no reward rule prices it"));

        UUID unblockEvent = UUID.randomUUID();
        String unblocked = unblocked(nominationId, Instant.now());
        kafka.sendCloudEvent("award.events", nominationId, unblockEvent, "award.unblocked.v1", unblocked);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> as("editor")
                        .get(FEATURES + id)
                        .then()
                        .body("publicationBlocker", nullValue())
                        .body("awardName", equalTo(CORRECTED_NAME)));
        assertThat(proposedAwardOf(id)).isEqualTo(CORRECTED_TITLE);

        as("editor").post(FEATURES + id + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"));
        as("editor")
                .post(FEATURES + id + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("awardName", equalTo(CORRECTED_NAME));
        long version = featureOf(id).version;
        AwardBlock before = blockOf(nominationId);

        // both events once more, then one that shows when the consumer is past them (same key: same partition)
        kafka.sendCloudEvent("award.events", nominationId, blockEvent, "award.blocked.v1", blocked);
        kafka.sendCloudEvent("award.events", nominationId, unblockEvent, "award.unblocked.v1", unblocked);
        kafka.sendCloudEvent("award.events", nominationId, UUID.randomUUID(), "ceremony.scheduled.v1", """
                {"ceremonyId":"%s","awardId":"%s","nominationId":"%s","name":"Lễ tôn vinh",
                 "occasion":"ANNUAL_REVIEW","ceremonyDate":"2026-06-10","cancelled":false,
                 "scheduledAt":"%s"}""".formatted(
                        UUID.randomUUID(), UUID.randomUUID(), nominationId, Instant.now()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> CeremonySchedule.findById(UUID.fromString(nominationId)) != null));

        Feature after = featureOf(id);
        assertThat(after.version).isEqualTo(version);
        assertThat(after.status.name()).isEqualTo("PUBLISHED");
        assertThat(after.publicationRules().awardBlocker()).isNull();
        AwardBlock block = blockOf(nominationId);
        assertThat(block.unblockedAt).isEqualTo(before.unblockedAt);
        assertThat(block.blockedAt).isEqualTo(before.blockedAt);
        assertThat(block.correctedAwardName).isEqualTo(CORRECTED_NAME);
    }

    @Test
    void aBlockAfterTheDraftHoldsItAndABlockAfterACorrectionUpdatesTheReason() {
        String nominationId = UUID.randomUUID().toString();
        String id = draft(nominationId);
        as("editor").get(FEATURES + id).then().body("publicationBlocker", nullValue());

        Instant first = Instant.now().minusSeconds(60);
        kafka.sendCloudEvent(
                "award.events",
                nominationId,
                UUID.randomUUID(),
                "award.blocked.v1",
                blocked(nominationId, "the title is not in the catalogue", "danh hiệu không có trong danh mục", first));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> as("editor")
                        .get(FEATURES + id)
                        .then()
                        .body("publicationBlocker", containsString("not in the catalogue")));
        EditorialSteps.submitted(id);
        as("editor").post(FEATURES + id + "/approve").then().statusCode(409).body("type", endsWith("/award-blocked"));

        // the agency's correction did not fit either: blocked again, with the new reason
        kafka.sendCloudEvent(
                "award.events",
                nominationId,
                UUID.randomUUID(),
                "award.blocked.v1",
                blocked(
                        nominationId,
                        "the title is not given to an individual",
                        "danh hiệu không tặng cho cá nhân",
                        first.plusSeconds(30)));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> as("editor")
                        .get(FEATURES + id)
                        .then()
                        .body("publicationBlocker", containsString("not given to an individual")));
        as("editor")
                .header("Accept-Language", "vi")
                .post(FEATURES + id + "/approve")
                .then()
                .statusCode(409)
                .body("detail", containsString("danh hiệu không tặng cho cá nhân"));
        assertThat(deskActions(id)).contains("feature.award-blocked");

        kafka.sendCloudEvent(
                "award.events",
                nominationId,
                UUID.randomUUID(),
                "award.unblocked.v1",
                unblocked(nominationId, Instant.now()));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> as("editor")
                        .get(FEATURES + id)
                        .then()
                        .body("publicationBlocker", nullValue())
                        .body("awardName", equalTo(CORRECTED_NAME)));
        as("editor").post(FEATURES + id + "/approve").then().statusCode(200);
        as("editor").post(FEATURES + id + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        assertThat(deskActions(id)).contains("feature.award-unblocked");
    }

    @Test
    void aBlockAfterApprovalRefusesScheduleAndPublishAndKeepsAScheduledStoryBackPastItsEmbargo() throws Exception {
        String nominationId = UUID.randomUUID().toString();
        String id = EditorialSteps.approved(draft(nominationId));
        Instant embargo = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
        as("editor")
                .contentType(ContentType.JSON)
                .body("{\"publishAt\":\"" + embargo + "\"}")
                .post(FEATURES + id + "/schedule")
                .then()
                .statusCode(200)
                .body("status", equalTo("SCHEDULED"));

        // straight to the use case, so that the block is in before the embargo ends whatever the broker's pace
        AwardBlocked blocked = objectMapper.readValue(
                blocked(nominationId, "no reward rule prices it", "chưa có quy định mức thưởng", Instant.now()),
                AwardBlocked.class);
        QuarkusTransaction.requiringNew().run(() -> blocking.onBlocked(blocked));
        assertThat(Instant.now()).isBefore(embargo);

        as("editor").post(FEATURES + id + "/publish").then().statusCode(409).body("type", endsWith("/award-blocked"));
        as("editor")
                .contentType(ContentType.JSON)
                .body("{\"publishAt\":\"" + Instant.now().plusSeconds(3600) + "\"}")
                .post(FEATURES + id + "/schedule")
                .then()
                .statusCode(409)
                .body("type", endsWith("/award-blocked"));

        // the embargo check runs every 2 s: three runs after the embargo, the story is still held back
        await().pollDelay(Duration.ofSeconds(1)).until(() -> Instant.now().isAfter(embargo.plusSeconds(6)));
        as("editor")
                .get(FEATURES + id)
                .then()
                .body("status", equalTo("SCHEDULED"))
                .body("publicationBlocker", containsString("the award is blocked"));

        AwardUnblocked unblocked = objectMapper.readValue(unblocked(nominationId, Instant.now()), AwardUnblocked.class);
        QuarkusTransaction.requiringNew().run(() -> blocking.onUnblocked(unblocked));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> as("editor").get(FEATURES + id).then().body("status", equalTo("PUBLISHED")));
    }

    @Test
    void aBlockResolvedByAnUpwardProposalLetsTheStoryGoWithTheStateLevelTitle() {
        String nominationId = UUID.randomUUID().toString();
        String id = draft(nominationId);
        kafka.sendCloudEvent(
                "award.events",
                nominationId,
                UUID.randomUUID(),
                "award.blocked.v1",
                blocked(
                        nominationId,
                        "the title is not in the catalogue",
                        "danh hiệu không có trong danh mục",
                        Instant.now()));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> as("editor")
                        .get(FEATURES + id)
                        .then()
                        .body("publicationBlocker", containsString("not in the catalogue")));

        // corrected to the Prime Minister's form: award-service proposes it upward instead of drafting it
        kafka.sendCloudEvent("award.events", nominationId, UUID.randomUUID(), "award.upward-proposal.v1", """
                {"nominationId":"%s","caseId":"%s","awardCode":"CHIEN_SI_THI_DUA_TOAN_QUOC",
                 "awardName":"Chiến sĩ thi đua toàn quốc","nomineeKind":"INDIVIDUAL","stage":"PROPOSED",
                 "higherAuthority":"Thủ tướng Chính phủ","occurredAt":"%s"}""".formatted(
                        nominationId, UUID.randomUUID(), Instant.now().plusSeconds(1)));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> as("editor")
                        .get(FEATURES + id)
                        .then()
                        .body("publicationBlocker", nullValue())
                        .body("awardName", equalTo("Chiến sĩ thi đua toàn quốc")));
        assertThat(blockOf(nominationId).correctedAwardCode).isEqualTo("CHIEN_SI_THI_DUA_TOAN_QUOC");
        EditorialSteps.submitted(id);
        as("editor").post(FEATURES + id + "/approve").then().statusCode(200);
    }

    @Test
    void anUpwardProposalOfANominationNeverBlockedKeepsNoBlock() {
        String nominationId = UUID.randomUUID().toString();
        UUID event = UUID.randomUUID();
        kafka.sendCloudEvent("award.events", nominationId, event, "award.upward-proposal.v1", """
                {"nominationId":"%s","caseId":"%s","awardCode":"BANG_KHEN_THU_TUONG",
                 "awardName":"Bằng khen của Thủ tướng Chính phủ","nomineeKind":"INDIVIDUAL","stage":"PROPOSED",
                 "higherAuthority":"Thủ tướng Chính phủ","occurredAt":"%s"}""".formatted(
                        nominationId, UUID.randomUUID(), Instant.now()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> Feature.getEntityManager()
                                .createNativeQuery("select count(*) from processed_event where event_id = ?1")
                                .setParameter(1, event)
                                .getSingleResult()
                                .toString()
                                .equals("1")));
        assertThat(blockOf(nominationId)).isNull();
    }

    /** An approval of a consenting individual, its draft (see {@link Stories#approval}); returns the feature id. */
    private String draft(String nominationId) {
        return Stories.draft(nominationId, "INDIVIDUAL", "Thào A Sử", "AGRICULTURE", "PROVINCE");
    }

    private static String blocked(String nominationId, String reason, String reasonVi, Instant at) {
        return """
                {"nominationId":"%s","caseId":"%s","awardCode":"%s","nomineeKind":"INDIVIDUAL",
                 "cause":"NO_REWARD_RULE","reason":"%s","reasonVi":"%s","blockedAt":"%s"}""".formatted(nominationId, UUID.randomUUID(), BLOCKED_TITLE, reason, reasonVi, at);
    }

    private static String unblocked(String nominationId, Instant at) {
        return """
                {"nominationId":"%s","awardId":"%s","awardCode":"%s","awardName":"%s","unblockedAt":"%s"}""".formatted(nominationId, UUID.randomUUID(), CORRECTED_TITLE, CORRECTED_NAME, at);
    }

    private static AwardBlock blockOf(String nominationId) {
        return QuarkusTransaction.requiringNew().call(() -> AwardBlock.findById(UUID.fromString(nominationId)));
    }

    private static Feature featureOf(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Feature.findById(UUID.fromString(id)));
    }

    private String proposedAwardOf(String id) throws Exception {
        return objectMapper
                .readTree(featureOf(id).nominationSnapshot)
                .path("proposedAward")
                .asText();
    }

    private static List<String> deskActions(String id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Feature.getEntityManager()
                        .createQuery(
                                "select e.action from DeskEvent e where e.featureId = ?1 order by e.id", String.class)
                        .setParameter(1, UUID.fromString(id))
                        .getResultList());
    }
}
