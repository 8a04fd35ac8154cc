package vn.vinhdanh.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.vinhdanh.deploy.infra.Callers.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/**
 * traditional-day.published.v1 from award-service's table of days dates the stories without a ceremony: a press
 * story by the press's day, not 11 June; a correction (a higher revision) dates the suggestions made after it; an old
 * revision changes nothing; a day that is no day of every year is dead-lettered.
 */
@QuarkusTest
class TraditionalDaysTest {

    private static final String FEATURES = "/api/v1/features/";

    private KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        TestTraditionalDays.ensurePublished();
        kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void aPressStoryIsSuggestedForThePresssDayAndACorrectionDatesTheLaterOnes() {
        String first = grantedStory("PRESS", LocalDate.of(2026, 5, 1));
        awaitSuggestion(first, "2026-06-21");
        as("editor")
                .get(FEATURES + first)
                .then()
                .body("suggestionBasis", equalTo("TRADITIONAL_DAY"))
                .body("suggestionNote", equalTo("Ngày Báo chí cách mạng Việt Nam (21/6)"));

        TestTraditionalDays.Seeded press = TestTraditionalDays.seeded("PRESS_DAY");
        long revision = TestTraditionalDays.revision("PRESS_DAY");
        TestTraditionalDays.Seeded corrected =
                new TestTraditionalDays.Seeded(press.code(), press.nameVi(), 7, 1, press.sectors(), false, false);
        try {
            TestTraditionalDays.send(kafka, corrected, revision + 1);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> TestTraditionalDays.revision("PRESS_DAY") == revision + 1);
            // a redelivered older revision is ignored
            TestTraditionalDays.send(kafka, press, revision);
            String later = grantedStory("PRESS", LocalDate.of(2026, 5, 1));
            awaitSuggestion(later, "2026-07-01");
            as("editor")
                    .get(FEATURES + later)
                    .then()
                    .body("suggestionNote", equalTo("Ngày Báo chí cách mạng Việt Nam (1/7)"));
            assertThat(TestTraditionalDays.revision("PRESS_DAY")).isEqualTo(revision + 1);
            // the story suggested before keeps its date: the suggestion is made when the award or ceremony comes
            as("editor").get(FEATURES + first).then().body("suggestedPublishDate", equalTo("2026-06-21"));
        } finally {
            // the other tests date press stories by the seeded day
            TestTraditionalDays.send(kafka, press, revision + 2);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> TestTraditionalDays.revision("PRESS_DAY") == revision + 2);
        }
    }

    @Test
    void aSectorWithoutADayOfItsOwnKeepsTheEleventhOfJune() {
        String id = grantedStory("LITERATURE_ARTS", LocalDate.of(2026, 5, 1));
        awaitSuggestion(id, "2026-06-11");
        as("editor")
                .get(FEATURES + id)
                .then()
                .body("suggestionNote", equalTo("Ngày Bác Hồ ra Lời kêu gọi thi đua ái quốc (11/6)"));
    }

    @Test
    void aDayThatIsNoDayOfEveryYearIsDeadLettered() {
        UUID eventId = UUID.randomUUID();
        kafka.sendCloudEvent(
                TestTraditionalDays.TOPIC,
                "traditional-day:IMPOSSIBLE_DAY",
                eventId,
                TestTraditionalDays.TYPE,
                TestTraditionalDays.payload(
                        new TestTraditionalDays.Seeded(
                                "IMPOSSIBLE_DAY", "Ngày không có", 2, 31, java.util.List.of(), false, false),
                        1));
        kafka.await(
                "publicity-service.dlq",
                r -> eventId.toString().equals(KafkaTestClient.header(r, "ce_id")),
                Duration.ofSeconds(30));
        assertThat(TestTraditionalDays.revision("IMPOSSIBLE_DAY")).isZero();
    }

    /** A collective's story of a sector whose award was signed on {@code decisionDate}; returns the feature id. */
    private String grantedStory(String sector, LocalDate decisionDate) {
        String nominationId = UUID.randomUUID().toString();
        String id = Stories.draft(nominationId, "COLLECTIVE", "Báo Lào Cai", sector, "PROVINCE");
        kafka.sendCloudEvent(
                "award.events",
                nominationId,
                UUID.randomUUID(),
                "award.granted.v1",
                Stories.awardGranted(nominationId, "Bằng khen của Chủ tịch UBND tỉnh", "45/QĐ-UBND", decisionDate));
        return id;
    }

    private static void awaitSuggestion(String id, String date) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> as("editor").get(FEATURES + id).then().body("suggestedPublishDate", equalTo(date)));
    }
}
