package vn.vinhdanh.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.events.AwardGranted;
import vn.vinhdanh.events.ReviewDecided;
import vn.vinhdanh.publicity.domain.Feature;
import vn.vinhdanh.publicity.service.FeatureDrafting;

/**
 * The approval and the award of one nomination come on two topics, handled at the same time by two consumers. Found
 * by the fault suite (FaultToleranceIT, after a kill -9 of publicity-service both backlogs were worked off at once):
 * the draft was opened while the award was being recorded, neither saw the other, and the story never got its award.
 */
@QuarkusTest
class ApprovalAndAwardRaceTest {

    @Inject
    FeatureDrafting features;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void anAwardRecordedWhileTheDraftIsBeingOpenedEndsUpInTheDraft() throws Exception {
        UUID nomination = UUID.randomUUID();
        ReviewDecided approval = objectMapper.readValue(
                Stories.approval(
                        nomination.toString(),
                        "INDIVIDUAL",
                        "Giàng Seo Phử",
                        "AGRICULTURE",
                        "PROVINCE",
                        "Phong trào thi đua nông thôn mới"),
                ReviewDecided.class);
        AwardGranted granted = objectMapper.readValue(
                Stories.awardGranted(
                        nomination.toString(),
                        "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                        "12/QĐ-UBND",
                        LocalDate.of(2025, 11, 21)),
                AwardGranted.class);
        CountDownLatch draftWritten = new CountDownLatch(1);
        CountDownLatch commitDraft = new CountDownLatch(1);

        // the approval's transaction has written the draft (without an award) but not committed yet ...
        CompletableFuture<Void> approvalConsumer = CompletableFuture.runAsync(
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    features.openDraft(approval);
                    draftWritten.countDown();
                    await(commitDraft);
                }));
        assertThat(draftWritten.await(30, TimeUnit.SECONDS)).isTrue();
        // ... when the award arrives on the other consumer
        CompletableFuture<Void> awardConsumer = CompletableFuture.runAsync(
                () -> QuarkusTransaction.requiringNew().run(() -> features.recordAward(granted)));
        Thread.sleep(1_000);
        commitDraft.countDown();
        approvalConsumer.get(30, TimeUnit.SECONDS);
        awardConsumer.get(30, TimeUnit.SECONDS);

        Feature feature = QuarkusTransaction.requiringNew()
                .call(() -> Feature.<Feature>find("nominationId", nomination).firstResult());
        assertThat(feature.awardName).isEqualTo("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");
        assertThat(feature.decisionNumber).isEqualTo("12/QĐ-UBND");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
