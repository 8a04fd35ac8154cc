package vn.vinhdanh.deploy.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.stack.faults.ConsumerGroups;
import vn.vinhdanh.deploy.stack.faults.Databases;
import vn.vinhdanh.deploy.stack.faults.FinalStateCheck;
import vn.vinhdanh.deploy.stack.faults.FlowDriver;
import vn.vinhdanh.deploy.stack.faults.Gates;

/**
 * The promise of the outbox and the idempotent consumers, under fire: whatever fails, no nomination is lost, no award
 * or feature is created twice, and every nomination reaches its final state once the failed part is back.
 *
 * <p>One packaged platform (a real Kafka broker process, real PostgreSQL, the four services as processes) serves
 * every scenario. Each scenario streams nominations through submit → council approval by secret ballot → signed
 * decision → published feature ({@link FlowDriver}), breaks something mid-flow, and then checks every nomination in
 * all four databases and on all four topics ({@link FinalStateCheck}). The figures go to
 * {@code target/fault-report.md}; {@code docs/reliability.md} explains them.</p>
 *
 * <p>It runs beside the other end-to-end classes (its own platform and Keycloak; see junit-platform.properties), its
 * scenarios in order in one thread: the class's CONCURRENT would pass to its methods, so each says SAME_THREAD (the
 * class's thread), or two scenarios would break the platform at once.</p>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Execution(ExecutionMode.CONCURRENT)
class FaultToleranceIT {

    /** Nominations per scenario; scenario 1 splits them over its four kills. */
    private static final int N = Integer.getInteger("faults.nominations", 40);

    private static final Duration FINAL_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration QUIET_TIMEOUT = Duration.ofSeconds(90);
    /**
     * The services' consumers in this suite leave their group 8 s after their last heartbeat (default 45 s), so a
     * killed member's partitions move on sooner. It shortens recovery; it changes nothing about what is delivered.
     */
    private static final List<String> SERVICE_JVM_OPTIONS = List.of(
            "-Xmx192m",
            "-XX:+UseSerialGC",
            "-Dmp.messaging.connector.smallrye-kafka.session.timeout.ms=8000",
            "-Dmp.messaging.connector.smallrye-kafka.heartbeat.interval.ms=2000");

    static {
        // the Kafka clients of this JVM (test client, admin) would print every connection attempt during the faults
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
    }

    private final List<String> report = new ArrayList<>();
    private int scenarios;
    private String run;
    private PlatformLauncher platform;
    private PlatformClient client;
    private Databases db;
    private Gates gates;
    private KafkaTestClient kafka;
    private ConsumerGroups groups;
    private FinalStateCheck check;

    @BeforeAll
    void startPlatform() {
        run = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        Path repoRoot = Path.of(System.getProperty(LocalStack.REPO_ROOT_PROPERTY, "../.."));
        platform = PlatformLauncher.start(
                PlatformOptions.isolated(repoRoot, Path.of("target", "faults-" + run), "vd_faults_" + run)
                        .serviceJvmOptions(SERVICE_JVM_OPTIONS)
                        // the sign-in tests running beside it disable people and rotate keys in the shared realm
                        .ownKeycloak()
                        .build());
        client = new PlatformClient(new ApiClient(), platform.baseUrls(), platform.tokens());
        db = new Databases(platform);
        gates = new Gates();
        kafka = new KafkaTestClient(platform.bootstrapServers());
        groups = new ConsumerGroups(platform.bootstrapServers());
        check = new FinalStateCheck(db, kafka);
        client.ensureCouncil("PROVINCE");
        client.setBudget(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear(), "QTDKT-TINH", 50_000_000_000L);
        report.add("| Scenario | Nominations sent | Lost | Duplicated | Time to recover (s) | Re-sent copies"
                + " ignored | Calls retried | Notes |");
        report.add("|---|---:|---:|---:|---:|---:|---:|---|");
    }

    @AfterAll
    void stopPlatform() {
        try {
            String table = String.join("\n", report) + "\n";
            System.out.println("\nFault suite figures:\n" + table);
            Files.writeString(Path.of("target", "fault-report.md"), table, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (groups != null) {
                groups.close();
            }
            if (kafka != null) {
                kafka.close();
            }
            if (platform != null) {
                platform.close();
            }
        }
    }

    /** Whatever a failed scenario left broken, the next one starts from a whole platform. */
    @BeforeEach
    void wholePlatform() {
        if (!platform.broker().isRunning()) {
            platform.broker().start();
        }
        for (Service service : Service.values()) {
            platform.startService(service);
        }
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    @Order(1)
    void killMinusNineOfEachServiceInTurn() {
        for (Service service : Service.values()) {
            scenario(
                    "`kill -9` " + service.moduleName() + ", restart",
                    N / 4,
                    Duration.ofMillis(300),
                    Set.of(),
                    driver -> {
                        driver.awaitSubmitted(N / 8, Duration.ofSeconds(60));
                        long faultAt;
                        try (Gates.Held held = gates.hold(service)) {
                            faultAt = System.nanoTime();
                            platform.killService(service);
                            pause(Duration.ofSeconds(1));
                            platform.startService(service);
                        }
                        return new Fault(faultAt, "down " + seconds(faultAt) + " s");
                    });
        }
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    @Order(2)
    void brokerSigkillAndRestart() {
        scenario("broker SIGKILL, restart on the same port and data", N, Duration.ofMillis(200), Set.of(), driver -> {
            driver.awaitSubmitted(N / 3, Duration.ofSeconds(60));
            long faultAt = System.nanoTime();
            platform.broker().kill();
            // the services keep taking requests: their changes and events wait in the outboxes
            pause(Duration.ofSeconds(4));
            int submittedWhileDown = driver.submitted();
            platform.broker().start();
            return new Fault(
                    faultAt, "broker down " + seconds(faultAt) + " s; " + submittedWhileDown + " submitted by then");
        });
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    @Order(3)
    void databaseConnectionsCutForOneService() {
        scenario("PostgreSQL sessions of review-service cut for 8 s", N, Duration.ofMillis(200), Set.of(), driver -> {
            driver.awaitSubmitted(N / 3, Duration.ofSeconds(60));
            long faultAt = System.nanoTime();
            int terminated = 0;
            try (Gates.Held held = gates.hold(Service.REVIEW)) {
                long until = System.nanoTime() + Duration.ofSeconds(8).toNanos();
                while (System.nanoTime() < until) {
                    terminated += db.terminateSessions(Service.REVIEW);
                    pause(Duration.ofMillis(50));
                }
            }
            return new Fault(faultAt, terminated + " sessions ended (`pg_terminate_backend` every 50 ms)");
        });
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    @Order(4)
    void everyEventDeliveredTwice() {
        scenario(
                "every event delivered twice (all four groups reset to earliest)",
                N,
                Duration.ofMillis(200),
                Set.of(),
                driver -> {
                    driver.awaitSubmitted(N / 2, Duration.ofSeconds(60));
                    long faultAt;
                    long replayed = 0;
                    try (Gates.Held held = gates.hold(Service.values())) {
                        faultAt = System.nanoTime();
                        parallel(platform::stopService);
                        for (Service service : Service.values()) {
                            groups.resetToEarliest(service);
                            Map<TopicPartition, Long> committed = groups.committed(service);
                            for (Map.Entry<TopicPartition, Long> end : groups.endOffsets(
                                            ConsumerGroups.INPUTS.get(service))
                                    .entrySet()) {
                                assertEquals(
                                        0L,
                                        committed.getOrDefault(end.getKey(), 0L),
                                        service.moduleName() + " offset of " + end.getKey() + " after the reset");
                                replayed += end.getValue();
                            }
                        }
                        parallel(platform::startService);
                    }
                    return new Fault(faultAt, replayed + " events delivered again");
                });
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    @Order(5)
    void poisonOnEveryInputTopicIsParkedAndRedriven() {
        AtomicReference<UUID> refused = new AtomicReference<>();
        Map<String, String> poisonKeys = new LinkedHashMap<>();
        scenario(
                "poison on each input topic; one approval refused by the database, then redriven",
                N,
                Duration.ofMillis(200),
                null,
                driver -> {
                    long faultAt = System.nanoTime();
                    // 1. a malformed event on every input topic, ahead of the stream
                    Map<String, String> types = Map.of(
                            "nomination.events",
                            "nomination.submitted.v1",
                            "review.events",
                            "review.decided.v1",
                            "award.events",
                            "award.granted.v1",
                            "publicity.events",
                            "feature.published.v1");
                    types.forEach((topic, type) -> {
                        String key = "poison-" + run + "-" + topic;
                        poisonKeys.put(topic, key);
                        kafka.sendCloudEvent(topic, key, UUID.randomUUID(), type, "{\"nominationId\": ");
                    });
                    driver.awaitSubmitted(N, Duration.ofSeconds(60));
                    // 2. the stream behind the poison is not blocked: all but the refused nomination get through
                    long deadline = System.nanoTime() + FINAL_TIMEOUT.toNanos();
                    while (db.count(
                                    Service.NOMINATION,
                                    "select count(*) from nomination where status = 'PUBLICIZED'" + " and id = any(?)",
                                    (Object) driver.ids().toArray(UUID[]::new))
                            < N - 1) {
                        assertTrue(System.nanoTime() < deadline, "the stream behind the poison is blocked");
                        pause(Duration.ofMillis(200));
                    }
                    // 3. each poison is in the dead-letter topic of every consumer of its topic, with the reason
                    Map<String, List<String>> consumers = Map.of(
                            "nomination.events", List.of("review-service"),
                            "review.events", List.of("nomination-service", "award-service", "publicity-service"),
                            "award.events", List.of("nomination-service", "publicity-service"),
                            "publicity.events", List.of("nomination-service"));
                    consumers.forEach((topic, services) -> services.forEach(service -> {
                        ConsumerRecord<String, String> letter = kafka.await(
                                service + ".dlq",
                                record -> poisonKeys.get(topic).equals(record.key()),
                                Duration.ofSeconds(60));
                        assertEquals(topic, KafkaTestClient.header(letter, "dead-letter-topic"));
                        assertEquals(service, KafkaTestClient.header(letter, "dead-letter-consumer"));
                        String reason = KafkaTestClient.header(letter, "dead-letter-reason");
                        assertTrue(
                                reason != null && reason.contains("payload does not match"),
                                service + " reason: " + reason);
                    }));
                    UUID refusedId = refused.get();
                    ConsumerRecord<String, String> parked = kafka.await(
                            "publicity-service.dlq",
                            record -> refusedId.toString().equals(record.key()),
                            Duration.ofSeconds(60));
                    String reason = KafkaTestClient.header(parked, "dead-letter-reason");
                    assertTrue(reason.startsWith("failed after"), "reason of the refused approval: " + reason);
                    // the documented listing shows it
                    JsonNode listed = client.as(PlatformClient.ADMIN, null)
                            .get(platform.baseUrl(Service.PUBLICITY).resolve("/api/v1/admin/dead-letters?limit=100"))
                            .expect(200)
                            .json();
                    assertTrue(listed.toString().contains(refusedId.toString()), "listed: " + listed);
                    // 4. the cause is fixed; the documented redrive processes the approval once and parks the
                    // still-broken poison again
                    db.execute(Service.PUBLICITY, "alter table feature drop constraint fault_suite_refuse");
                    Map<String, Integer> parkedAgain = Map.of(
                            "nomination-service", 3, "review-service", 1, "award-service", 1, "publicity-service", 2);
                    StringBuilder redrives = new StringBuilder();
                    for (Service service : Service.values()) {
                        JsonNode result = client.as(PlatformClient.ADMIN, null)
                                .post(platform.baseUrl(service).resolve("/api/v1/admin/dead-letters/redrive"), null)
                                .expect(200)
                                .json();
                        int expectedProcessed = service == Service.PUBLICITY ? 1 : 0;
                        String name = service.moduleName();
                        assertEquals(expectedProcessed, result.path("processed").asInt(), name + " redrive " + result);
                        assertEquals(
                                parkedAgain.get(name),
                                result.path("parkedAgain").asInt(),
                                name + " redrive " + result);
                        redrives.append(name.replace("-service", ""))
                                .append(' ')
                                .append(result.path("processed").asInt())
                                .append('/')
                                .append(result.path("parkedAgain").asInt())
                                .append("; ");
                    }
                    // the re-parked letters are at the tail, with their redrive count
                    ConsumerRecord<String, String> again = kafka.await(
                            "review-service.dlq",
                            record -> poisonKeys.get("nomination.events").equals(record.key())
                                    && "1".equals(KafkaTestClient.header(record, "dead-letter-redrive-count")),
                            Duration.ofSeconds(30));
                    assertFalse(again.value().isEmpty());
                    return new Fault(
                            faultAt,
                            "7 poison letters parked with their reason; redrive processed/parked" + " again: "
                                    + redrives.toString().trim());
                },
                driver -> driver.onSubmitted(id -> {
                    if (driver.submitted() == 3) {
                        // the database refuses the third nomination's feature draft: a failure that is not the
                        // message's fault, retried, then dead-lettered
                        refused.set(id);
                        db.execute(
                                Service.PUBLICITY,
                                "alter table feature add constraint fault_suite_refuse" + " check (nomination_id <> '"
                                        + id + "') not valid");
                    }
                }),
                refused);
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    @Order(6)
    void twoInstancesOfReviewServiceRebalanceMidFlow() {
        // one member per instance reads nomination.events (ConsumerGroups.members leaves the catalogue's out)
        List<Integer> members = new ArrayList<>();
        try {
            scenario(
                    "two review-service instances, one killed (-9) and started again mid-flow",
                    N,
                    Duration.ofMillis(500),
                    Set.of(),
                    driver -> {
                        driver.awaitSubmitted(N / 4, Duration.ofSeconds(60));
                        long faultAt = System.nanoTime();
                        platform.killExtraInstance(Service.REVIEW, "2");
                        driver.awaitSubmitted(N / 2, Duration.ofSeconds(60));
                        members.add(groups.members(Service.REVIEW));
                        platform.startExtraInstance(Service.REVIEW, "2");
                        members.add(awaitMembers(Service.REVIEW, 2));
                        return new Fault(
                                faultAt,
                                "consumer group members "
                                        + members.stream()
                                                .map(String::valueOf)
                                                .collect(java.util.stream.Collectors.joining(" → "))
                                        + " (before the kill, before"
                                        + " the restart, after it); second instance down " + seconds(faultAt) + " s");
                    },
                    driver -> {
                        platform.startExtraInstance(Service.REVIEW, "2");
                        members.add(awaitMembers(Service.REVIEW, 2));
                    },
                    null);
        } finally {
            platform.stopExtraInstance(Service.REVIEW, "2");
        }
    }

    /** Waits until the group has {@code expected} members: a rebalance has happened. */
    private int awaitMembers(Service service, int expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int members;
        while ((members = groups.members(service)) != expected) {
            assertTrue(
                    System.nanoTime() < deadline,
                    service.moduleName() + " group has " + members + " members, expected " + expected);
            pause(Duration.ofMillis(200));
        }
        return members;
    }

    // --- the scenario frame

    private record Fault(long at, String notes) {}

    private interface FaultPlan {
        Fault inject(FlowDriver driver);
    }

    private interface Preparation {
        void prepare(FlowDriver driver);
    }

    private void scenario(String name, int count, Duration submitEvery, Set<UUID> deadLettered, FaultPlan plan) {
        scenario(name, count, submitEvery, deadLettered, plan, driver -> {}, null);
    }

    /**
     * Streams {@code count} nominations in a movement of their own, runs the fault plan alongside, waits until every
     * nomination is final and the platform quiet, then checks every nomination and adds a row to the report.
     */
    private void scenario(
            String name,
            int count,
            Duration submitEvery,
            Set<UUID> deadLettered,
            FaultPlan plan,
            Preparation preparation,
            AtomicReference<UUID> deadLetteredLater) {
        String code = "FT-" + run.toUpperCase(Locale.ROOT) + "-" + (++scenarios);
        String movementId = client.createMovement(Map.of(
                        "code",
                        code,
                        "name",
                        "Phong trào thi đua " + name,
                        "kind",
                        "REGULAR",
                        "level",
                        "PROVINCE",
                        "year",
                        2026,
                        "organizer",
                        "UBND tỉnh Lào Cai"))
                .path("id")
                .asText();
        FlowDriver driver = new FlowDriver(client, platform, db, gates, movementId, code, count, submitEvery);
        Fault fault;
        long finalAt;
        try {
            preparation.prepare(driver);
            driver.start();
            fault = plan.inject(driver);
            finalAt = driver.awaitAllFinal(FINAL_TIMEOUT);
        } finally {
            driver.close();
        }
        String recover = finalAt < 0
                ? "not within " + FINAL_TIMEOUT.toSeconds() + " s"
                : String.format(Locale.ROOT, "%.1f", (finalAt - fault.at()) / 1e9);
        groups.awaitNoLag(QUIET_TIMEOUT);
        awaitOutboxesEmpty();
        Set<UUID> parked = deadLettered != null
                ? deadLettered
                : deadLetteredLater != null && deadLetteredLater.get() != null
                        ? Set.of(deadLetteredLater.get())
                        : Set.of();
        FinalStateCheck.Verdict verdict = check.check(driver.ids(), parked);
        report.add("| " + name + " | " + verdict.sent() + " | " + verdict.lost().size() + " | "
                + verdict.duplicated().size() + " | " + recover + " | " + verdict.resentCopies() + " | "
                + driver.failedCalls() + " | " + fault.notes()
                + (verdict.orderViolations() > 0 ? "; ORDER VIOLATIONS " + verdict.orderViolations() : "") + " |");
        System.out.println(name + ": " + verdict.summary() + "; driver failures " + driver.lastFailures());
        assertEquals(count, verdict.sent(), name + ": nominations sent");
        assertTrue(
                finalAt > 0,
                name + ": not every nomination was final within " + FINAL_TIMEOUT + ": " + verdict.summary()
                        + "; driver: " + driver.lastFailures());
        assertEquals(0, verdict.lost().size(), name + ": " + verdict.summary());
        assertEquals(0, verdict.duplicated().size(), name + ": " + verdict.summary());
        assertEquals(0, verdict.orderViolations(), name + ": " + verdict.summary());
    }

    private void awaitOutboxesEmpty() {
        long deadline = System.nanoTime() + QUIET_TIMEOUT.toNanos();
        for (Service service : Service.values()) {
            while (db.count(service, "select count(*) from outbox_event where published_at is null") > 0) {
                assertTrue(System.nanoTime() < deadline, service.moduleName() + ": outbox not drained");
                pause(Duration.ofMillis(200));
            }
        }
    }

    private static void parallel(java.util.function.Consumer<Service> action) {
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (Service service : Service.values()) {
            all.add(CompletableFuture.runAsync(() -> action.accept(service)));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
    }

    private static String seconds(long sinceNanos) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - sinceNanos) / 1e9);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
