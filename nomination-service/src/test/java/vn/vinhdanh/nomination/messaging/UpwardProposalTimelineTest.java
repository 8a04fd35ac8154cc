package vn.vinhdanh.nomination.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.nomination.NominationFixtures.approve;
import static vn.vinhdanh.nomination.NominationFixtures.block;
import static vn.vinhdanh.nomination.NominationFixtures.submitNomination;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/**
 * award-service proposes a form decided above the province upward (award.upward-proposal.v1): the agency reads each
 * stage on the timeline in the words of its papers, once per event whatever the broker redelivers; the status stays
 * APPROVED, even after a refusal, and a standing award block is cleared by the proposal.
 */
@QuarkusTest
class UpwardProposalTimelineTest {

    private static final String AGENCY = "SO-GDDT";

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
    void eachStageOfAnUpwardProposalReachesTheTimelineOnce() {
        String id = submitNomination(AGENCY);
        approve(kafka, AGENCY, id);
        // blocked first (the title the agency then corrected to the Prime Minister's form)
        block(kafka, AGENCY, id, "UNKNOWN_TITLE", "Hình thức khen thưởng không có trong danh mục");
        Instant start = Instant.now();

        UUID proposed = UUID.randomUUID();
        String proposedPayload = upward(id, "PROPOSED", null, null, null, null, start.plusSeconds(1));
        kafka.sendCloudEvent("award.events", id, proposed, "award.upward-proposal.v1", proposedPayload);
        UUID submitted = UUID.randomUUID();
        String submittedPayload =
                upward(id, "SUBMITTED", "109/TTr-UBND", "2025-09-10", null, null, start.plusSeconds(2));
        kafka.sendCloudEvent("award.events", id, submitted, "award.upward-proposal.v1", submittedPayload);
        // both delivered again, e.g. after a consumer offset reset
        kafka.sendCloudEvent("award.events", id, proposed, "award.upward-proposal.v1", proposedPayload);
        kafka.sendCloudEvent("award.events", id, submitted, "award.upward-proposal.v1", submittedPayload);
        kafka.sendCloudEvent(
                "award.events",
                id,
                UUID.randomUUID(),
                "award.upward-proposal.v1",
                upward(
                        id,
                        "REFUSED",
                        "109/TTr-UBND",
                        "2025-09-10",
                        "Thành tích chưa tiêu biểu",
                        "2025-10-03",
                        start.plusSeconds(3)));

        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> agency(AGENCY)
                        .get("/api/v1/nominations/" + id)
                        .then()
                        .statusCode(200)
                        .body("timeline.event", hasItem("UPWARD_REFUSED")));
        JsonPath nomination = agency(AGENCY)
                .get("/api/v1/nominations/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> events = nomination.<String>getList("timeline.event").stream()
                .filter(Objects::nonNull)
                .toList();
        assertThat(events).containsExactly("AWARD_BLOCKED", "UPWARD_PROPOSED", "UPWARD_SUBMITTED", "UPWARD_REFUSED");
        List<String> notes = nomination.getList("timeline.note");
        assertThat(notes)
                .contains(
                        "Đã đề nghị cấp trên khen thưởng: Chiến sĩ thi đua toàn quốc (Thủ tướng Chính phủ quyết định)",
                        "UBND tỉnh đã trình Thủ tướng Chính phủ (Tờ trình số 109/TTr-UBND, ngày 10/09/2025):"
                                + " Chiến sĩ thi đua toàn quốc",
                        "Cấp trên không khen thưởng: Thành tích chưa tiêu biểu (Thủ tướng Chính phủ, ngày 03/10/2025)");
        // the council's approval stands; the proposal cleared the block
        assertThat(nomination.getString("status")).isEqualTo("APPROVED");
        assertThat(nomination.<Object>get("awardBlock")).isNull();
    }

    private static String upward(
            String nominationId,
            String stage,
            String submissionNumber,
            String submittedOn,
            String refusalReason,
            String refusedOn,
            Instant at) {
        return """
                {"nominationId":"%s","caseId":"%s","awardCode":"CHIEN_SI_THI_DUA_TOAN_QUOC",
                 "awardName":"Chiến sĩ thi đua toàn quốc","nomineeKind":"INDIVIDUAL","stage":"%s",
                 "higherAuthority":"Thủ tướng Chính phủ","submissionNumber":%s,"submittedOn":%s,
                 "refusalReason":%s,"refusedOn":%s,"occurredAt":"%s"}""".formatted(
                        nominationId,
                        UUID.randomUUID(),
                        stage,
                        quoted(submissionNumber),
                        quoted(submittedOn),
                        quoted(refusalReason),
                        quoted(refusedOn),
                        at);
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
