package vn.vinhdanh.deploy.stack.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;
import vn.vinhdanh.deploy.stack.ApiResponse;
import vn.vinhdanh.deploy.stack.PlatformClient;
import vn.vinhdanh.deploy.stack.PlatformLauncher;
import vn.vinhdanh.deploy.stack.Service;

/**
 * Streams nominations through the whole flow, as the people using the platform would: the agency submits (one every
 * {@code submitEvery}), the council approves the open cases by secret ballot, the award officer signs a decision for
 * the draft awards, the editor publishes the drafts that carry their award. One background thread; each step reads
 * where every nomination stands from the services' databases and does what is due, so a step that fails (its
 * service is down) is simply done on a later round. Done when every nomination is {@code PUBLICIZED}.
 */
public final class FlowDriver implements AutoCloseable {

    private static final String AGENCY = "SO-NNPTNT";
    private static final Duration ROUND = Duration.ofMillis(250);
    private static final int MAX_CASES_PER_MEETING = 20;
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Thu", "Ngọc"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Hà", "Lan", "Mai", "Nam", "Sơn", "Tú"};

    private final PlatformClient client;
    private final PlatformLauncher platform;
    private final Databases db;
    private final Gates gates;
    private final String movementId;
    private final String label;
    private final int count;
    private final Duration submitEvery;
    private final List<UUID> ids = new CopyOnWriteArrayList<>();
    private final List<String> idempotencyKeys = new ArrayList<>();
    private final AtomicInteger failedCalls = new AtomicInteger();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final Thread thread;

    private volatile Consumer<UUID> onSubmitted = id -> {};
    private volatile boolean running = true;
    private volatile long allFinalAt;
    private long nextSubmitAt;
    private String unsignedDecision;

    public FlowDriver(
            PlatformClient client,
            PlatformLauncher platform,
            Databases db,
            Gates gates,
            String movementId,
            String label,
            int count,
            Duration submitEvery) {
        this.client = client;
        this.platform = platform;
        this.db = db;
        this.gates = gates;
        this.movementId = movementId;
        this.label = label;
        this.count = count;
        this.submitEvery = submitEvery;
        for (int i = 0; i < count; i++) {
            idempotencyKeys.add(UUID.randomUUID().toString());
        }
        this.thread = new Thread(this::run, "flow-driver-" + label);
        thread.setDaemon(true);
    }

    /** Called on the driver thread right after nomination {@code id} was submitted, before anything else is done. */
    public FlowDriver onSubmitted(Consumer<UUID> hook) {
        this.onSubmitted = hook;
        return this;
    }

    public FlowDriver start() {
        thread.start();
        return this;
    }

    public int submitted() {
        return ids.size();
    }

    public List<UUID> ids() {
        return List.copyOf(ids);
    }

    /** Calls that failed (service down, connection cut) and were done again later. */
    public int failedCalls() {
        return failedCalls.get();
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    /** Blocks until {@code submitted() >= n}. */
    public void awaitSubmitted(int n, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (submitted() < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(label + ": only " + submitted() + " of " + n + " nominations submitted within "
                        + timeout + "; failures: " + lastFailures());
            }
            pause(Duration.ofMillis(50));
        }
    }

    /**
     * Blocks until every nomination is {@code PUBLICIZED} or the timeout passes.
     *
     * @return the moment (System.nanoTime) the last one got there, or -1 on timeout
     */
    public long awaitAllFinal(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (allFinalAt == 0 && System.nanoTime() < deadline) {
            pause(Duration.ofMillis(100));
        }
        return allFinalAt == 0 ? -1 : allFinalAt;
    }

    public String lastFailures() {
        List<String> all = failures();
        return all.subList(Math.max(0, all.size() - 5), all.size()).toString();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(20_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        nextSubmitAt = System.nanoTime();
        while (running && allFinalAt == 0) {
            step(Service.NOMINATION, this::submitDue);
            if (!ids.isEmpty()) {
                step(Service.REVIEW, this::approveOpenCases);
                step(Service.AWARD, this::signDraftAwards);
                step(Service.PUBLICITY, this::publishAwardedDrafts);
                checkFinal();
            }
            if (running) {
                pause(ROUND);
            }
        }
    }

    private void step(Service service, Runnable action) {
        Lock gate = gates.tryEnter(service);
        if (gate == null) {
            return;
        }
        try {
            action.run();
        } catch (RuntimeException e) {
            if (!running) {
                return;
            }
            failedCalls.incrementAndGet();
            failures.add(service.moduleName() + ": " + e);
        } finally {
            gate.unlock();
        }
    }

    private void submitDue() {
        while (ids.size() < count && System.nanoTime() >= nextSubmitAt) {
            int index = ids.size();
            String key = idempotencyKeys.get(index);
            // a retry of an unanswered submission replays the original through the Idempotency-Key
            JsonNode created = client.as(PlatformClient.AGENCY, AGENCY)
                    .withHeader("Idempotency-Key", () -> key)
                    .post(url(Service.NOMINATION, "/api/v1/nominations"), request(index))
                    .expect(201)
                    .json();
            UUID id = UUID.fromString(created.path("id").asText());
            ids.add(id);
            onSubmitted.accept(id);
            nextSubmitAt += submitEvery.toNanos();
        }
    }

    private void approveOpenCases() {
        List<String> open = new ArrayList<>();
        for (Object[] row : db.rows(Service.REVIEW, """
                select id from review_case where status = 'OPEN' and nomination_id = any(?)
                order by opened_at limit ?""", idArray(), MAX_CASES_PER_MEETING)) {
            open.add(row[0].toString());
        }
        if (!open.isEmpty()) {
            client.approveByCouncil(open);
        }
    }

    private void signDraftAwards() {
        if (unsignedDecision == null) {
            List<String> drafts = new ArrayList<>();
            for (Object[] row : db.rows(Service.AWARD, """
                    select id from award where status = 'DRAFT' and decision_id is null and nomination_id = any(?)
                    order by id""", (Object) idArray())) {
                drafts.add(row[0].toString());
            }
            if (drafts.isEmpty()) {
                return;
            }
            unsignedDecision = client.createDecision(
                            LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")), "Chủ tịch UBND tỉnh Lào Cai", null, drafts)
                    .path("id")
                    .asText();
        }
        ApiResponse signed = client.as(PlatformClient.AWARD_OFFICER, null)
                .post(url(Service.AWARD, "/api/v1/decisions/" + unsignedDecision + "/sign"), null);
        // 409 decision-already-signed: an earlier attempt went through and only its answer was lost
        signed.expect(200, 409);
        unsignedDecision = null;
    }

    private void publishAwardedDrafts() {
        for (Object[] row : db.rows(Service.PUBLICITY, """
                select id, status from feature
                where nomination_id = any(?) and award_name is not null and status in ('DRAFT', 'IN_REVIEW', 'APPROVED')
                order by created_at""", (Object) idArray())) {
            String feature = "/api/v1/features/" + row[0];
            switch (row[1].toString()) {
                case "DRAFT":
                    editor(feature + "/submit-for-review");
                // fall through: each step takes the story one status further
                case "IN_REVIEW":
                    editor(feature + "/approve");
                // fall through
                default:
                    editor(feature + "/publish");
            }
        }
    }

    private void editor(String path) {
        client.as(PlatformClient.EDITOR, null)
                .post(url(Service.PUBLICITY, path), null)
                .expect(200);
    }

    private void checkFinal() {
        if (ids.size() < count) {
            return;
        }
        try {
            long done = db.count(
                    Service.NOMINATION,
                    "select count(*) from nomination where status = 'PUBLICIZED' and id = any(?)",
                    (Object) idArray());
            if (done == count) {
                allFinalAt = System.nanoTime();
            }
        } catch (RuntimeException e) {
            failures.add("nomination-service database: " + e);
        }
    }

    private UUID[] idArray() {
        return ids.toArray(UUID[]::new);
    }

    private URI url(Service service, String path) {
        return platform.baseUrl(service).resolve(path);
    }

    private Map<String, Object> request(int index) {
        Map<String, Object> nominee = new LinkedHashMap<>();
        nominee.put("kind", "INDIVIDUAL");
        nominee.put(
                "name",
                FAMILY[index % FAMILY.length] + " " + MIDDLE[(index / FAMILY.length) % MIDDLE.length] + " "
                        + GIVEN[(index / (FAMILY.length * MIDDLE.length)) % GIVEN.length]);
        nominee.put("gender", index % 2 == 0 ? "FEMALE" : "MALE");
        nominee.put("birthYear", 1970 + index % 30);
        nominee.put("ethnicity", "Tày");
        nominee.put("position", "Cán bộ khuyến nông");
        nominee.put("organization", "Trạm Khuyến nông huyện Bảo Thắng");
        nominee.put("targetGroup", "PUBLIC_EMPLOYEE");
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("movementId", movementId);
        request.put("agencyCode", AGENCY);
        request.put("nominee", nominee);
        request.put("level", "PROVINCE");
        request.put("sector", "AGRICULTURE");
        request.put("proposedAward", "BANG_KHEN_CHU_TICH_UBND_TINH");
        request.put(
                "achievements",
                "Đưa giống chè Shan tuyết vào trồng tập trung trên 30 ha ở xã Tả Phời (" + label + " #" + index + ").");
        request.put("goodPractices", "Hướng dẫn bà con làm phân hữu cơ vi sinh từ phụ phẩm nông nghiệp.");
        request.put("publicityConsent", true);
        return request;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
