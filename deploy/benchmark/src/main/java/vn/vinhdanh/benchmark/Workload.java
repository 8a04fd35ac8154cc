package vn.vinhdanh.benchmark;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vinhdanh.deploy.stack.Service;

/**
 * The platform's work, as its users would do it, all stages at once: agencies submit N nominations from C clients;
 * as review cases open, the council secretary puts them before the council in meetings of at most 500 cases, every
 * voting member votes on all of them in one request, the meeting closes and its results are decided; as awards are
 * drafted, the award officer lists them in decisions of at most 500 and signs them; as a draft feature has its award,
 * an editor submits it for review, approves and publishes it. It ends when every nomination is PUBLICIZED.
 *
 * <p>The drivers find their work by reading the services' databases (ids only), not by listing through the API, so
 * that the benchmark does not load the services with thousands of reads no real user would make.</p>
 */
final class Workload {

    static final int MAX_BATCH = 500;
    /** A batch smaller than 500 goes out once its first item has waited this long. */
    static final Duration BATCH_WAIT = Duration.ofSeconds(1);
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final List<String> VOTING_SEATS = List.of("hd-chu-tich", "hd-pho-chu-tich-1", "hd-pho-chu-tich-2",
            "hd-uy-vien-thuong-truc", "hd-uy-vien-1", "hd-uy-vien-2", "hd-uy-vien-3");

    record Db(Map<Service, String> jdbcUrls, String user, String password) {
        Connection connect(Service service) throws SQLException {
            return DriverManager.getConnection(jdbcUrls.get(service), user, password);
        }
    }

    private final int n;
    private final int clients;
    private final Map<Service, URI> urls;
    private final Db db;
    private final Api api;
    private final ObjectMapper json;
    private final PrintStream out;
    private final Errors errors;
    private final Duration timeout;

    final Set<String> nominationIds = ConcurrentHashMap.newKeySet();
    final AtomicInteger submitted = new AtomicInteger();
    final AtomicInteger casesInMeetings = new AtomicInteger();
    final AtomicInteger decided = new AtomicInteger();
    final AtomicInteger awardsInDecisions = new AtomicInteger();
    final AtomicInteger awardsSigned = new AtomicInteger();
    final AtomicInteger featuresPublished = new AtomicInteger();
    final AtomicInteger meetings = new AtomicInteger();
    final AtomicInteger decisions = new AtomicInteger();
    volatile boolean intakeDone;
    volatile String movementId;
    volatile String councilId;
    HttpLoad.Result intake;
    long firstSubmitNanos;
    long lastPublicizedNanos;
    double wallSeconds;

    Workload(int n, int clients, Map<Service, URI> urls, Db db, Api api, ObjectMapper json, PrintStream out,
             Errors errors, Duration timeout) {
        this.n = n;
        this.clients = clients;
        this.urls = urls;
        this.db = db;
        this.api = api;
        this.json = json;
        this.out = out;
        this.errors = errors;
        this.timeout = timeout;
    }

    /** The movement, the council of its level and a budget large enough for every award. */
    void setUp(String runId) {
        Map<String, Object> movement = new LinkedHashMap<>();
        movement.put("code", "BENCH-" + runId.toUpperCase(Locale.ROOT));
        movement.put("name", "Phong trào thi đua \"Lào Cai chung sức xây dựng nông thôn mới\" (benchmark " + runId + ")");
        movement.put("kind", "REGULAR");
        movement.put("level", "PROVINCE");
        movement.put("year", 2026);
        movement.put("organizer", "UBND tỉnh Lào Cai");
        movementId = require(api.post("setup", url(Service.NOMINATION, "/api/v1/movements"), api.admin(), movement,
                201), "the movement").path("id").asText();

        // a council created now is the one in force for PROVINCE: every case of this run opens in it
        List<Map<String, String>> members = new ArrayList<>();
        List<List<String>> seats = List.of(
                List.of("hd-chu-tich", "Chủ tịch UBND tỉnh", "CHAIR"),
                List.of("hd-pho-chu-tich-1", "Giám đốc Sở Nội vụ", "VICE_CHAIR"),
                List.of("hd-pho-chu-tich-2", "Chủ tịch Ủy ban MTTQ tỉnh", "VICE_CHAIR"),
                List.of("hd-uy-vien-thuong-truc", "Trưởng ban Thi đua – Khen thưởng", "STANDING_MEMBER"),
                List.of("hd-uy-vien-1", "Chủ tịch Liên đoàn Lao động tỉnh", "MEMBER"),
                List.of("hd-uy-vien-2", "Bí thư Tỉnh đoàn", "MEMBER"),
                List.of("hd-uy-vien-3", "Giám đốc Sở Giáo dục và Đào tạo", "MEMBER"),
                List.of("hd-thu-ky", "Phó trưởng ban Thi đua – Khen thưởng", "SECRETARY"));
        for (List<String> seat : seats) {
            members.add(Map.of("memberId", seat.get(0), "fullName", seat.get(1), "position", seat.get(2)));
        }
        councilId = require(api.post("setup", url(Service.REVIEW, "/api/v1/councils"), api.secretary(),
                Map.of("name", "Hội đồng Thi đua – Khen thưởng tỉnh (benchmark " + runId + ")", "level", "PROVINCE",
                        "validFrom", today().toString(), "members", members), 201), "the council")
                .path("id").asText();

        int year = today().getYear();
        require(api.post("setup", url(Service.AWARD, "/api/v1/budgets"), api.officer(),
                Map.of("year", year, "fund", "QTDKT-TINH", "amountVnd", 1_000_000_000_000_000L), 200, 201),
                "the budget");
    }

    /** Runs every stage until all N are PUBLICIZED (or the timeout); returns the intake result. */
    void run() throws Exception {
        ExecutorService meetingPool = Executors.newFixedThreadPool(2, daemon("meeting"));
        ExecutorService decisionPool = Executors.newFixedThreadPool(2, daemon("decision"));
        ExecutorService editorPool = Executors.newFixedThreadPool(clients, daemon("editor"));
        Semaphore editorSlots = new Semaphore(clients * 4);
        List<Thread> drivers = new ArrayList<>();
        AtomicLong publicized = new AtomicLong();
        volatileStop = false;

        firstSubmitNanos = System.nanoTime();
        Thread intakeThread = new Thread(() -> {
            try {
                intake = new HttpLoad(http, errors).run("intake", clients, n, null, 201,
                        this::submission, (body, i) -> {
                            try {
                                nominationIds.add(json.readTree(body).path("id").asText());
                            } catch (Exception e) {
                                errors.record("intake", "unreadable answer: " + e);
                            }
                            submitted.incrementAndGet();
                        });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                intakeDone = true;
            }
        }, "intake");
        intakeThread.start();

        drivers.add(driver("council", council(meetingPool)));
        drivers.add(driver("award-officer", officer(decisionPool)));
        drivers.add(driver("editor", editor(editorPool, editorSlots)));

        long deadline = System.nanoTime() + timeout.toNanos();
        long nextProgress = System.nanoTime();
        try (Connection nomination = db.connect(Service.NOMINATION);
                PreparedStatement count = nomination.prepareStatement(
                        "select count(*) from nomination where movement_id = ? and status = 'PUBLICIZED'")) {
            count.setObject(1, UUID.fromString(movementId));
            while (true) {
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    publicized.set(rs.getLong(1));
                }
                if (publicized.get() >= n) {
                    lastPublicizedNanos = System.nanoTime();
                    break;
                }
                if (System.nanoTime() > deadline) {
                    errors.record("workload", "timed out after " + timeout.toSeconds() + " s with "
                            + publicized.get() + " of " + n + " PUBLICIZED");
                    lastPublicizedNanos = System.nanoTime();
                    break;
                }
                if (System.nanoTime() >= nextProgress) {
                    nextProgress = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                    progress(publicized.get());
                }
                Thread.sleep(250);
            }
        }
        wallSeconds = (lastPublicizedNanos - firstSubmitNanos) / 1e9;
        progress(publicized.get());
        volatileStop = true;
        intakeThread.join();
        for (Thread driver : drivers) {
            driver.join(10_000);
        }
        meetingPool.shutdown();
        decisionPool.shutdown();
        editorPool.shutdown();
        meetingPool.awaitTermination(30, TimeUnit.SECONDS);
        decisionPool.awaitTermination(30, TimeUnit.SECONDS);
        editorPool.awaitTermination(30, TimeUnit.SECONDS);
    }

    private volatile boolean volatileStop;
    private java.net.http.HttpClient http;

    Workload http(java.net.http.HttpClient client) {
        this.http = client;
        return this;
    }

    private void progress(long publicized) {
        out.printf(Locale.ROOT, "  [%5.1f s] submitted %d/%d | in meetings %d (%d meetings), decided %d | awards in"
                        + " decisions %d, signed %d | features published %d | PUBLICIZED %d | errors %d%n",
                (System.nanoTime() - firstSubmitNanos) / 1e9, submitted.get(), n, casesInMeetings.get(),
                meetings.get(), decided.get(), awardsInDecisions.get(), awardsSigned.get(), featuresPublished.get(),
                publicized, errors.total());
    }

    private HttpRequest submission(int i) {
        Map<String, Object> body = Nominations.nomination(movementId, i);
        return api.request(url(Service.NOMINATION, "/api/v1/nominations"), api.agency(Nominations.agency(i)), body)
                .header("Idempotency-Key", UUID.randomUUID().toString()).build();
    }

    // --- the council secretary: meetings of up to 500 open cases

    private final Set<String> casesTaken = ConcurrentHashMap.newKeySet();
    private Instant caseWatermark = Instant.EPOCH;
    private long casesWaitingSince;

    private interface Round {
        /** @return false when the stage has nothing more to do */
        boolean once(Connection connection) throws Exception;
    }

    private Thread driver(String name, Round round) {
        Service service = switch (name) {
            case "council" -> Service.REVIEW;
            case "award-officer" -> Service.AWARD;
            default -> Service.PUBLICITY;
        };
        Thread thread = new Thread(() -> {
            try (Connection connection = db.connect(service)) {
                while (!volatileStop) {
                    if (!round.once(connection)) {
                        return;
                    }
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                errors.record(name, "driver failed: " + e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private Round council(ExecutorService pool) {
        return review -> {
            if (casesInMeetings.get() >= n) {
                return false;
            }
            // rows come oldest first; the watermark may only pass a case once it is in a meeting, because a case
            // left waiting (one over a full meeting, or one whose submission's answer this driver has not read yet)
            // must still be found next round
            List<String> available = new ArrayList<>();
            List<Instant> availableOpened = new ArrayList<>();
            Instant newest = caseWatermark;
            Instant oldestUnknown = null;
            try (PreparedStatement query = review.prepareStatement("""
                    select id, nomination_id, opened_at from review_case
                    where council_id = ? and status = 'OPEN' and opened_at >= ?
                    order by opened_at, id""")) {
                query.setObject(1, UUID.fromString(councilId));
                query.setTimestamp(2, Timestamp.from(caseWatermark.minusSeconds(5)));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String caseId = rows.getString(1);
                        Instant opened = rows.getTimestamp(3).toInstant();
                        if (casesTaken.contains(caseId)) {
                            continue;
                        }
                        if (nominationIds.contains(rows.getString(2))) {
                            available.add(caseId);
                            availableOpened.add(opened);
                            newest = opened.isAfter(newest) ? opened : newest;
                        } else if (oldestUnknown == null) {
                            oldestUnknown = opened;
                        }
                    }
                }
            }
            int taken = 0;
            if (flush(available.size(), intakeDone && available.size() + casesInMeetings.get() >= submitted.get(),
                    () -> casesWaitingSince, t -> casesWaitingSince = t)) {
                for (int from = 0; from < available.size(); from += MAX_BATCH) {
                    List<String> batch = available.subList(from, Math.min(available.size(), from + MAX_BATCH));
                    if (batch.size() < MAX_BATCH && from > 0) {
                        break;
                    }
                    List<String> caseIds = List.copyOf(batch);
                    casesTaken.addAll(caseIds);
                    casesInMeetings.addAndGet(caseIds.size());
                    meetings.incrementAndGet();
                    taken += caseIds.size();
                    pool.submit(() -> holdMeeting(caseIds));
                }
            }
            Instant oldestWaiting = taken < available.size() ? availableOpened.get(taken) : null;
            if (oldestUnknown != null && (oldestWaiting == null || oldestUnknown.isBefore(oldestWaiting))) {
                oldestWaiting = oldestUnknown;
            }
            caseWatermark = oldestWaiting != null && oldestWaiting.isBefore(newest) ? oldestWaiting : newest;
            return true;
        };
    }

    private void holdMeeting(List<String> caseIds) {
        String stage = "council";
        JsonNode results = meetAndDecide(stage, caseIds);
        if (results != null) {
            for (JsonNode result : results) {
                if (result.path("status").asInt() == 200 && "APPROVED".equals(result.path("outcome").asText())) {
                    decided.incrementAndGet();
                } else {
                    errors.record(stage, "case not approved: " + HttpLoad.abbreviate(result.toString()));
                }
            }
        }
    }

    /** A meeting on the cases: every voting member approves them all, the meeting closes and decides its results. */
    private JsonNode meetAndDecide(String stage, List<String> caseIds) {
        JsonNode meeting = api.post(stage, url(Service.REVIEW, "/api/v1/meetings"), api.secretary(),
                Map.of("councilId", councilId, "title", "Phiên họp Hội đồng Thi đua – Khen thưởng", "heldOn",
                        today().toString(), "caseIds", caseIds), 201);
        if (meeting == null) {
            return null;
        }
        String id = meeting.path("id").asText();
        List<Map<String, String>> votes = caseIds.stream()
                .map(caseId -> Map.of("caseId", caseId, "choice", "APPROVE")).toList();
        for (String seat : VOTING_SEATS) {
            api.post(stage, url(Service.REVIEW, "/api/v1/meetings/" + id + "/votes"), api.member(seat),
                    Map.of("inWriting", false, "votes", votes), 200);
        }
        api.post(stage, url(Service.REVIEW, "/api/v1/meetings/" + id + "/close"), api.secretary(), null, 200);
        return api.post(stage, url(Service.REVIEW, "/api/v1/meetings/" + id + "/decisions"), api.secretary(), null,
                200);
    }

    // --- the probe: one nomination at a time through an otherwise idle platform

    /** The latencies of single approvals, each alone in the pipeline: what a hop costs without a queue before it. */
    record ProbeResult(Latencies approveToFeatureDraftVisible, Latencies approveToFeatureDraftServer,
                       Latencies approveToAwardDraftVisible, Latencies submitToCaseVisible, int probes) {
    }

    /**
     * Submits {@code count} nominations of a movement of their own one after the other; each is put alone before the
     * council as soon as its case is there and approved; then the driver watches the award and publicity databases
     * (every millisecond) for the award draft and the feature draft. "Visible" = the first read that sees the
     * committed row, minus the case's {@code decided_at}: the whole hop, commits included, as a reader sees it.
     */
    ProbeResult probe(int count) throws Exception {
        String stage = "probe";
        Map<String, Object> movement = new LinkedHashMap<>();
        movement.put("code", "PROBE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT));
        movement.put("name", "Phong trào thi đua \"Dân vận khéo\" (benchmark probe)");
        movement.put("kind", "REGULAR");
        movement.put("level", "PROVINCE");
        movement.put("year", 2026);
        movement.put("organizer", "UBND tỉnh Lào Cai");
        String probeMovement = require(api.post(stage, url(Service.NOMINATION, "/api/v1/movements"), api.admin(),
                movement, 201), "the probe movement").path("id").asText();
        double[] featureVisible = new double[count];
        double[] featureServer = new double[count];
        double[] awardVisible = new double[count];
        double[] caseVisible = new double[count];
        int done = 0;
        try (Connection review = db.connect(Service.REVIEW);
                Connection award = db.connect(Service.AWARD);
                Connection publicity = db.connect(Service.PUBLICITY);
                PreparedStatement caseOf = review.prepareStatement(
                        "select id, decided_at from review_case where nomination_id = ?");
                PreparedStatement awardOf = award.prepareStatement(
                        "select 1 from award where nomination_id = ?");
                PreparedStatement featureOf = publicity.prepareStatement(
                        "select created_at from feature where nomination_id = ?")) {
            for (int i = 0; i < count; i++) {
                Map<String, Object> body = Nominations.nomination(probeMovement, i);
                Instant sent = Instant.now();
                JsonNode created = api.post(stage, url(Service.NOMINATION, "/api/v1/nominations"),
                        api.agency(Nominations.agency(i)), body, 201);
                if (created == null) {
                    continue;
                }
                UUID nomination = UUID.fromString(created.path("id").asText());
                caseOf.setObject(1, nomination);
                String caseId = null;
                Instant caseSeen = null;
                long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (caseId == null && System.nanoTime() < giveUp) {
                    try (ResultSet rs = caseOf.executeQuery()) {
                        if (rs.next()) {
                            caseId = rs.getString(1);
                            caseSeen = Instant.now();
                        }
                    }
                    if (caseId == null) {
                        Thread.sleep(1);
                    }
                }
                if (caseId == null) {
                    errors.record(stage, "no review case for " + nomination + " within 30 s");
                    continue;
                }
                JsonNode results = meetAndDecide(stage, List.of(caseId));
                if (results == null || !"APPROVED".equals(results.path(0).path("outcome").asText())) {
                    errors.record(stage, "probe case " + caseId + " not approved: " + results);
                    continue;
                }
                Instant decidedAt;
                try (ResultSet rs = caseOf.executeQuery()) {
                    rs.next();
                    decidedAt = rs.getTimestamp(2).toInstant();
                }
                awardOf.setObject(1, nomination);
                featureOf.setObject(1, nomination);
                Instant awardSeen = null;
                Instant featureSeen = null;
                Instant featureCreated = null;
                giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while ((awardSeen == null || featureSeen == null) && System.nanoTime() < giveUp) {
                    if (awardSeen == null) {
                        try (ResultSet rs = awardOf.executeQuery()) {
                            awardSeen = rs.next() ? Instant.now() : null;
                        }
                    }
                    if (featureSeen == null) {
                        try (ResultSet rs = featureOf.executeQuery()) {
                            if (rs.next()) {
                                featureSeen = Instant.now();
                                featureCreated = rs.getTimestamp(1).toInstant();
                            }
                        }
                    }
                    if (awardSeen == null || featureSeen == null) {
                        Thread.sleep(1);
                    }
                }
                if (awardSeen == null || featureSeen == null) {
                    errors.record(stage, "probe " + nomination + ": award or feature draft not there within 30 s");
                    continue;
                }
                featureVisible[done] = millisBetween(decidedAt, featureSeen);
                featureServer[done] = millisBetween(decidedAt, featureCreated);
                awardVisible[done] = millisBetween(decidedAt, awardSeen);
                caseVisible[done] = millisBetween(sent, caseSeen);
                done++;
            }
        }
        return new ProbeResult(Latencies.ofMillis(java.util.Arrays.copyOf(featureVisible, done)),
                Latencies.ofMillis(java.util.Arrays.copyOf(featureServer, done)),
                Latencies.ofMillis(java.util.Arrays.copyOf(awardVisible, done)),
                Latencies.ofMillis(java.util.Arrays.copyOf(caseVisible, done)), done);
    }

    private static double millisBetween(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e6;
    }

    // --- the award officer: decisions of up to 500 drafted awards, signed

    private final Set<String> awardsTaken = ConcurrentHashMap.newKeySet();
    private long awardsWaitingSince;

    private Round officer(ExecutorService pool) {
        return award -> {
            if (awardsInDecisions.get() >= n) {
                return false;
            }
            List<String> available = new ArrayList<>();
            try (PreparedStatement query = award.prepareStatement(
                    "select id, nomination_id from award where status = 'DRAFT' and decision_id is null")) {
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        if (!awardsTaken.contains(rows.getString(1)) && nominationIds.contains(rows.getString(2))) {
                            available.add(rows.getString(1));
                        }
                    }
                }
            }
            boolean upstreamDone = intakeDone && decided.get() >= submitted.get()
                    && available.size() + awardsInDecisions.get() >= decided.get();
            if (!flush(available.size(), upstreamDone, () -> awardsWaitingSince, t -> awardsWaitingSince = t)) {
                return true;
            }
            for (int from = 0; from < available.size(); from += MAX_BATCH) {
                List<String> batch = List.copyOf(available.subList(from, Math.min(available.size(), from + MAX_BATCH)));
                if (batch.size() < MAX_BATCH && from > 0) {
                    break;
                }
                awardsTaken.addAll(batch);
                awardsInDecisions.addAndGet(batch.size());
                decisions.incrementAndGet();
                pool.submit(() -> signDecision(batch));
            }
            return true;
        };
    }

    private void signDecision(List<String> awardIds) {
        String stage = "award-officer";
        JsonNode decision = api.post(stage, url(Service.AWARD, "/api/v1/decisions"), api.officer(),
                Map.of("decisionDate", today().toString(), "signer", "Chủ tịch UBND tỉnh Lào Cai",
                        "awardIds", awardIds), 201);
        if (decision == null) {
            return;
        }
        JsonNode signed = api.post(stage, url(Service.AWARD, "/api/v1/decisions/" + decision.path("id").asText()
                + "/sign"), api.officer(), null, 200);
        if (signed != null) {
            awardsSigned.addAndGet(awardIds.size());
        }
    }

    // --- the editors: every draft that has its award is reviewed, approved and published

    private final Set<String> featuresTaken = ConcurrentHashMap.newKeySet();

    private Round editor(ExecutorService pool, Semaphore slots) {
        return publicity -> {
            if (featuresPublished.get() >= n && featuresTaken.size() >= n) {
                return false;
            }
            try (PreparedStatement query = publicity.prepareStatement("""
                    select f.id, f.nomination_id from feature f join granted_award g on g.nomination_id = f.nomination_id
                    where f.status = 'DRAFT'""")) {
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String featureId = rows.getString(1);
                        if (nominationIds.contains(rows.getString(2)) && featuresTaken.add(featureId)) {
                            slots.acquire();
                            pool.submit(() -> {
                                try {
                                    publish(featureId);
                                } finally {
                                    slots.release();
                                }
                            });
                        }
                    }
                }
            }
            return true;
        };
    }

    private void publish(String featureId) {
        String stage = "editor";
        String base = "/api/v1/features/" + featureId;
        if (api.post(stage, url(Service.PUBLICITY, base + "/submit-for-review"), api.editor(), null, 200) == null
                || api.post(stage, url(Service.PUBLICITY, base + "/approve"), api.editor(), null, 200) == null
                || api.post(stage, url(Service.PUBLICITY, base + "/publish"), api.editor(), null, 200) == null) {
            return;
        }
        featuresPublished.incrementAndGet();
    }

    // --- helpers

    private interface LongGetter {
        long get();
    }

    private interface LongSetter {
        void set(long value);
    }

    /** Whether to send a batch now: 500 are there, the rest of the run is there, or the first has waited 1 s. */
    private static boolean flush(int available, boolean everythingThere, LongGetter since, LongSetter setSince) {
        if (available == 0) {
            setSince.set(0);
            return false;
        }
        long now = System.nanoTime();
        if (since.get() == 0) {
            setSince.set(now);
        }
        if (available >= MAX_BATCH || everythingThere || now - since.get() >= BATCH_WAIT.toNanos()) {
            setSince.set(0);
            return true;
        }
        return false;
    }

    private static JsonNode require(JsonNode node, String what) {
        if (node == null) {
            throw new IllegalStateException("Could not create " + what + "; see the error above");
        }
        return node;
    }

    static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    private URI url(Service service, String path) {
        return urls.get(service).resolve(path);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
