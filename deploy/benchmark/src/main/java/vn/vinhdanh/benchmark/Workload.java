package vn.vinhdanh.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import vn.vinhdanh.deploy.stack.PlatformClient;
import vn.vinhdanh.deploy.stack.PlatformRequests;
import vn.vinhdanh.deploy.stack.Service;
import vn.vinhdanh.province.ProvinceClock;

/**
 * The platform's work, as its users would do it, all stages at once: agencies submit N nominations from C clients;
 * as review cases open, the council secretary puts them before the council ({@link CouncilStage}); as awards are
 * drafted, the award officer lists them in decisions and signs them ({@link OfficerStage}); as a draft feature has
 * its award, an editor publishes it ({@link EditorStage}). It ends when every nomination is PUBLICIZED.
 *
 * <p>The stages find their work by reading the services' databases (ids only), not by listing through the API, so
 * that the benchmark does not load the services with thousands of reads no real user would make.</p>
 */
final class Workload {

    private final int n;
    private final int clients;
    private final PlatformClient platform;
    private final ServiceDatabases db;
    private final ObjectMapper json;
    private final PrintStream out;
    private final Errors errors;
    private final Duration timeout;

    final WorkloadCounts counts = new WorkloadCounts();
    volatile String movementId;
    volatile String councilId;
    HttpLoad.Result intake;
    long firstSubmitNanos;
    long lastPublicizedNanos;
    double wallSeconds;
    private volatile boolean stop;

    Workload(
            int n,
            int clients,
            PlatformClient platform,
            ServiceDatabases db,
            PrintStream out,
            Errors errors,
            Duration timeout) {
        this.n = n;
        this.clients = clients;
        this.platform = platform;
        this.db = db;
        this.json = platform.api().json();
        this.out = out;
        this.errors = errors;
        this.timeout = timeout;
    }

    /** The movement, the council of its level and a budget large enough for every award. */
    void setUp(String runId) {
        try {
            movementId = platform.createMovement(PlatformRequests.movement(
                            "BENCH-" + runId.toUpperCase(Locale.ROOT),
                            "Phong trào thi đua \"Lào Cai chung sức xây dựng nông thôn mới\" (benchmark " + runId + ")",
                            2026))
                    .path("id")
                    .asText();
            // a council created now is the one in force for PROVINCE: every case of this run opens in it
            LocalDate today = LocalDate.now(ProvinceClock.ZONE);
            councilId = platform.createCouncil(
                    "Hội đồng Thi đua – Khen thưởng tỉnh (benchmark " + runId + ")", "PROVINCE", today);
            platform.setBudget(today.getYear(), "QTDKT-TINH", 1_000_000_000_000_000L);
        } catch (RuntimeException e) {
            errors.record("setup", e.getMessage());
            throw new IllegalStateException("Could not set up the run; see the error above", e);
        }
    }

    /** Runs every stage until all N are PUBLICIZED (or the timeout). */
    void run() throws Exception {
        CouncilStage council = new CouncilStage(n, counts, platform, councilId, errors);
        OfficerStage officer = new OfficerStage(n, counts, platform, errors);
        EditorStage editor = new EditorStage(n, clients, counts, platform, errors);
        stop = false;

        firstSubmitNanos = System.nanoTime();
        Thread intakeThread = new Thread(this::intake, "intake");
        intakeThread.start();
        List<Thread> drivers =
                List.of(council.start(db, () -> stop), officer.start(db, () -> stop), editor.start(db, () -> stop));

        long publicized = awaitPublicized();
        wallSeconds = (lastPublicizedNanos - firstSubmitNanos) / 1e9;
        progress(publicized);
        stop = true;
        intakeThread.join();
        for (Thread driver : drivers) {
            driver.join(10_000);
        }
        Stage.shutDown(council, officer, editor);
    }

    /** The agencies: C clients submit the N nominations, each with an Idempotency-Key, as fast as they are answered. */
    private void intake() {
        try {
            intake = new HttpLoad(platform.api().http(), errors)
                    .run(
                            "intake",
                            clients,
                            n,
                            null,
                            201,
                            i -> platform.submission(
                                    Nominations.nomination(movementId, i),
                                    Nominations.agency(i),
                                    UUID.randomUUID().toString()),
                            (body, i) -> {
                                try {
                                    counts.nominationIds.add(
                                            json.readTree(body).path("id").asText());
                                } catch (Exception e) {
                                    errors.record("intake", "unreadable answer: " + e);
                                }
                                counts.submitted.incrementAndGet();
                            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            counts.intakeDone = true;
        }
    }

    /** Counts this run's PUBLICIZED nominations every 250 ms until all N are or time is up; progress every 5 s. */
    private long awaitPublicized() throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextProgress = System.nanoTime();
        try (Connection nomination = db.connect(Service.NOMINATION);
                PreparedStatement count = nomination.prepareStatement(
                        "select count(*) from nomination where movement_id = ? and status = 'PUBLICIZED'")) {
            count.setObject(1, UUID.fromString(movementId));
            while (true) {
                long publicized;
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    publicized = rs.getLong(1);
                }
                if (publicized >= n) {
                    lastPublicizedNanos = System.nanoTime();
                    return publicized;
                }
                if (System.nanoTime() > deadline) {
                    errors.record(
                            "workload",
                            "timed out after " + timeout.toSeconds() + " s with " + publicized + " of " + n
                                    + " PUBLICIZED");
                    lastPublicizedNanos = System.nanoTime();
                    return publicized;
                }
                if (System.nanoTime() >= nextProgress) {
                    nextProgress = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                    progress(publicized);
                }
                Thread.sleep(250);
            }
        }
    }

    private void progress(long publicized) {
        out.printf(
                Locale.ROOT,
                "  [%5.1f s] submitted %d/%d | in meetings %d (%d meetings), decided %d | awards in"
                        + " decisions %d, signed %d | features published %d | PUBLICIZED %d | errors %d%n",
                (System.nanoTime() - firstSubmitNanos) / 1e9,
                counts.submitted.get(),
                n,
                counts.casesInMeetings.get(),
                counts.meetings.get(),
                counts.decided.get(),
                counts.awardsInDecisions.get(),
                counts.awardsSigned.get(),
                counts.featuresPublished.get(),
                publicized,
                errors.total());
    }
}
