package vn.vinhdanh.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.vinhdanh.award.AwardSteps.approve;
import static vn.vinhdanh.award.AwardSteps.awaitAward;
import static vn.vinhdanh.award.AwardSteps.budget;
import static vn.vinhdanh.award.AwardSteps.count;
import static vn.vinhdanh.award.AwardSteps.decision;
import static vn.vinhdanh.award.AwardSteps.newFund;
import static vn.vinhdanh.award.AwardSteps.sign;
import static vn.vinhdanh.deploy.infra.Callers.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/** Draft awards grouped into decisions; signing numbers, reprices, checks the budget and grants. */
@QuarkusTest
class DecisionFlowTest {

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
    void oneDecisionGrantsManyRecipientsPricedByTheRulesOfItsDate() throws Exception {
        // approved the day before NĐ 152/2025 took effect, decided the day it did: the decision's date prices it
        String person = approve(kafka, "INDIVIDUAL", "BANG_KHEN_CHU_TICH_UBND_TINH", "2025-06-30");
        String collective = approve(kafka, "COLLECTIVE", "BANG_KHEN_CHU_TICH_UBND_TINH", "2025-06-30");
        String personAward = awaitAward(person);
        String collectiveAward = awaitAward(collective);
        as("award-officer")
                .get("/api/v1/awards/" + personAward)
                .then()
                .body("amountVnd", equalTo(2_340_000))
                .body("legalBasis", equalTo("NĐ 98/2023/NĐ-CP"));

        String fund = newFund();
        budget(2025, fund, 50_000_000);
        String decisionId = decision("2025-07-01", fund, personAward, collectiveAward);
        as("award-officer")
                .get("/api/v1/decisions/" + decisionId)
                .then()
                .statusCode(200)
                .body("awards", hasSize(2))
                .body("decisionNumber", equalTo(null));

        String number = sign(decisionId)
                .statusCode(200)
                .body("status", equalTo("SIGNED"))
                .body("totalAmountVnd", equalTo(3_510_000 + 7_020_000))
                .body("awards.status", equalTo(List.of("GRANTED", "GRANTED")))
                .extract()
                .path("decisionNumber");
        as("award-officer")
                .get("/api/v1/awards/" + personAward)
                .then()
                .body("amountVnd", equalTo(3_510_000))
                .body("legalBasis", equalTo("NĐ 152/2025/NĐ-CP"))
                .body("decisionNumber", equalTo(number))
                .body("pricedOn", equalTo("2025-07-01"));
        as("award-officer")
                .get("/api/v1/budgets/2025/" + fund)
                .then()
                .statusCode(200)
                .body("committedVnd", equalTo(10_530_000))
                .body("remainingVnd", equalTo(39_470_000));

        for (String nominationId : List.of(person, collective)) {
            ConsumerRecord<String, String> granted = kafka.await(
                    "award.events",
                    r -> nominationId.equals(r.key())
                            && "award.granted.v1".equals(KafkaTestClient.header(r, "ce_type")),
                    Duration.ofSeconds(20));
            assertThat(granted.value()).contains(number);
            assertThat(count(
                            "select count(*) from outbox_event where message_key = ? and event_type = ?",
                            nominationId,
                            "award.granted.v1"))
                    .isEqualTo(1);
        }

        sign(decisionId)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", containsString("decision-already-signed"));
        as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of("awardIds", List.of(personAward)))
                .post("/api/v1/decisions/" + decisionId + "/awards")
                .then()
                .statusCode(409);
        AwardSteps.createDecision("2025-07-02", fund, personAward)
                .statusCode(409)
                .body("type", containsString("award-already-in-decision"));
    }

    @Test
    void refusesEmptyDecisionsAwardsTakenTwiceAndDecisionsBeforeTheApproval() {
        String fund = newFund();
        budget(2025, fund, 50_000_000);
        // Lao động tiên tiến is granted by a unit head, not by the provincial chairman (QĐ-UBND)
        AwardSteps.unitIssuer();
        String empty = AwardSteps.decisionBy(AwardSteps.UNIT_ISSUER, "2025-09-10", fund);
        sign(empty).statusCode(409).body("type", containsString("empty-decision"));

        String award = awaitAward(approve(kafka, "INDIVIDUAL", "LAO_DONG_TIEN_TIEN", "2025-09-02"));
        AwardSteps.createDecision("2025-09-01", fund, award)
                .statusCode(422)
                .body("type", containsString("decision-before-approval"));
        as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of("awardIds", List.of(award)))
                .post("/api/v1/decisions/" + empty + "/awards")
                .then()
                .statusCode(200)
                .body("awards", hasSize(1));
        AwardSteps.createDecision("2025-09-10", fund, award)
                .statusCode(409)
                .body("type", containsString("award-already-in-decision"));
        AwardSteps.createDecision(
                        "2025-09-10", fund, java.util.UUID.randomUUID().toString())
                .statusCode(422);
        as("admin")
                .contentType(ContentType.JSON)
                .body(Map.of("decisionDate", "2025-09-10", "signer", "x", "awardIds", List.of()))
                .post("/api/v1/decisions")
                .then()
                .statusCode(403);
        sign(empty).statusCode(200).body("totalAmountVnd", equalTo(710_000));
    }

    @Test
    void aDecisionBeyondTheRemainingBudgetIsRefusedWithTheFigures() {
        String award = awaitAward(approve(kafka, "INDIVIDUAL", "BANG_KHEN_CHU_TICH_UBND_TINH", "2025-10-01"));
        String fund = newFund();
        String decisionId = decision("2025-10-02", fund, award);
        sign(decisionId).statusCode(409).body("type", containsString("no-budget"));

        budget(2025, fund, 1_000_000);
        sign(decisionId)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", containsString("budget-exceeded"))
                .body(
                        "detail",
                        allOf(
                                containsString("3510000"),
                                containsString("1000000 VND remaining"),
                                containsString("committed 0")));
        as("award-officer").get("/api/v1/decisions/" + decisionId).then().body("status", equalTo("DRAFT"));

        budget(2025, fund, 4_000_000);
        sign(decisionId).statusCode(200);
        as("award-officer")
                .queryParam("year", 2025)
                .get("/api/v1/budgets")
                .then()
                .statusCode(200)
                .body("find { it.fund == '" + fund + "' }.committedVnd", equalTo(3_510_000))
                .body("find { it.fund == '" + fund + "' }.remainingVnd", equalTo(490_000));
        as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of("year", 2025, "fund", fund, "amountVnd", 3_000_000))
                .post("/api/v1/budgets")
                .then()
                .statusCode(409)
                .body("type", containsString("budget-below-committed"));
    }

    @Test
    void decisionsSignedInParallelGetConsecutiveNumbersAndEachIsSignedOnce() throws Exception {
        int decisions = 6;
        List<String> nominations = IntStream.range(0, decisions)
                .mapToObj(i -> approve(kafka, "INDIVIDUAL", "CHIEN_SI_THI_DUA_CAP_TINH", "2021-03-01"))
                .toList();
        List<String> ids = new ArrayList<>();
        for (String nomination : nominations) {
            // a fund each, so that only the numbering is shared between the signings
            String fund = newFund();
            budget(2021, fund, 10_000_000);
            ids.add(decision("2021-03-10", fund, awaitAward(nomination)));
        }

        ExecutorService pool = Executors.newFixedThreadPool(decisions * 2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (String id : ids) {
                for (int twice = 0; twice < 2; twice++) {
                    Callable<Integer> signing = () -> {
                        start.await();
                        return sign(id).extract().statusCode();
                    };
                    statuses.add(pool.submit(signing));
                }
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                results.add(status.get());
            }
            assertThat(results).containsOnly(200, 409);
            assertThat(results.stream().filter(s -> s == 200)).hasSize(decisions);
        } finally {
            pool.shutdownNow();
        }

        Set<String> numbers = ids.stream()
                .map(id -> as("award-officer")
                        .get("/api/v1/decisions/" + id)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("SIGNED"))
                        .extract()
                        .<String>path("decisionNumber"))
                .collect(Collectors.toSet());
        assertThat(numbers)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, decisions)
                        .mapToObj(n -> n + "/QĐ-UBND")
                        .toList());
        for (String nomination : nominations) {
            assertThat(count(
                            "select count(*) from outbox_event where message_key = ? and event_type = ?",
                            nomination,
                            "award.granted.v1"))
                    .isEqualTo(1);
        }
    }
}
