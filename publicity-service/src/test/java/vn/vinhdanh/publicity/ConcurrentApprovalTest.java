package vn.vinhdanh.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static vn.vinhdanh.deploy.infra.Callers.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.publicity.domain.Feature;

/**
 * An editor's approval racing an upstream event that rewrites the draft (the award, its block or unblock) loses on
 * the feature's version: the API answers 409 concurrent-modification, never 500, and nothing of the approval stays.
 * Made deterministic with the row lock of the other writer: it has bumped the version but not committed when the
 * approval reads the feature, and commits only once the approval's update waits for it.
 */
@QuarkusTest
class ConcurrentApprovalTest {

    private static final String FEATURES = "/api/v1/features/";

    @Test
    void anApprovalThatLosesTheRaceForTheVersionIsAConflictToReadAgainAndRetry() throws Exception {
        String id = Stories.draft(UUID.randomUUID().toString(), "INDIVIDUAL", "Lý Seo Chảo", "HEALTH", "PROVINCE");
        as("editor").post(FEATURES + id + "/submit-for-review").then().statusCode(200);
        UUID featureId = UUID.fromString(id);

        CompletableFuture<Response> approval = QuarkusTransaction.requiringNew().call(() -> {
            // the other writer: as FeatureDrafting.recordAward would, it changes the row and holds it until commit
            Feature.getEntityManager()
                    .createNativeQuery("update feature set version = version + 1, updated_at = now() where id = ?1")
                    .setParameter(1, featureId)
                    .executeUpdate();
            CompletableFuture<Response> approving =
                    CompletableFuture.supplyAsync(() -> as("editor").post(FEATURES + id + "/approve"));
            // the approval has read the old version and now waits at its update for this transaction
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(50))
                    .until(ConcurrentApprovalTest::anUpdateOfAFeatureWaitsForALock);
            return approving;
        });

        approval.get(30, TimeUnit.SECONDS)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/concurrent-modification"))
                .body("detail", containsString("read it again and retry"));
        as("editor").get(FEATURES + id).then().body("status", equalTo("IN_REVIEW"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> DeskEventCount.of(featureId, "feature.approve")))
                .isZero();

        // read again, retry: it goes through
        as("editor").post(FEATURES + id + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"));
    }

    @Test
    void theConflictIsToldInVietnameseToo() throws Exception {
        String id = Stories.draft(UUID.randomUUID().toString(), "INDIVIDUAL", "Vàng Thị Mai", "HEALTH", "PROVINCE");
        as("editor").post(FEATURES + id + "/submit-for-review").then().statusCode(200);
        UUID featureId = UUID.fromString(id);
        CompletableFuture<Response> approval = QuarkusTransaction.requiringNew().call(() -> {
            Feature.getEntityManager()
                    .createNativeQuery("update feature set version = version + 1 where id = ?1")
                    .setParameter(1, featureId)
                    .executeUpdate();
            CompletableFuture<Response> approving = CompletableFuture.supplyAsync(
                    () -> as("editor").header("Accept-Language", "vi").post(FEATURES + id + "/approve"));
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(50))
                    .until(ConcurrentApprovalTest::anUpdateOfAFeatureWaitsForALock);
            return approving;
        });
        approval.get(30, TimeUnit.SECONDS)
                .then()
                .statusCode(409)
                .header("Content-Language", "vi")
                .body("type", endsWith("/concurrent-modification"))
                .body("detail", containsString("hãy đọc lại rồi thử lại"));
    }

    private static boolean anUpdateOfAFeatureWaitsForALock() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) Feature.getEntityManager()
                                        .createNativeQuery("select count(*) from pg_stat_activity where datname ="
                                                + " current_database() and wait_event_type = 'Lock' and lower(query)"
                                                + " like 'update feature %'")
                                        .getSingleResult())
                                .longValue()
                        > 0);
    }

    /** How many desk events of {@code action} a feature has. */
    private static final class DeskEventCount {
        static long of(UUID featureId, String action) {
            return Feature.getEntityManager()
                    .createQuery(
                            "select count(e) from DeskEvent e where e.featureId = ?1 and e.action = ?2", Long.class)
                    .setParameter(1, featureId)
                    .setParameter(2, action)
                    .getSingleResult();
        }
    }
}
