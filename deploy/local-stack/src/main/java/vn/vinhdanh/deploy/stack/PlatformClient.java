package vn.vinhdanh.deploy.stack;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import vn.vinhdanh.deploy.infra.LocalJwt;

/**
 * The platform's REST API as the demo loader and the end-to-end test use it: one method per call, plus the waits
 * for what happens asynchronously through Kafka. Works on JSON trees rather than DTOs so that it depends on the
 * services' published API only, not on their classes.
 */
public final class PlatformClient {

    public static final String AGENCY = "agency";
    public static final String COUNCIL_SECRETARY = "council-secretary";
    public static final String AWARD_OFFICER = "award-officer";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";
    public static final String COUNCIL_MEMBER = "council-member";

    /** Seats of the councils the demo sets up (one per level it needs): subject, name, position. */
    static final List<List<String>> COUNCIL_SEATS = List.of(
            List.of("hd-chu-tich", "Chủ tịch UBND tỉnh", "CHAIR"),
            List.of("hd-pho-chu-tich-1", "Giám đốc Sở Nội vụ", "VICE_CHAIR"),
            List.of("hd-pho-chu-tich-2", "Chủ tịch Ủy ban MTTQ tỉnh", "VICE_CHAIR"),
            List.of("hd-uy-vien-thuong-truc", "Trưởng ban Thi đua – Khen thưởng", "STANDING_MEMBER"),
            List.of("hd-uy-vien-1", "Chủ tịch Liên đoàn Lao động tỉnh", "MEMBER"),
            List.of("hd-uy-vien-2", "Bí thư Tỉnh đoàn", "MEMBER"),
            List.of("hd-uy-vien-3", "Giám đốc Sở Giáo dục và Đào tạo", "MEMBER"),
            List.of("hd-thu-ky", "Phó trưởng ban Thi đua – Khen thưởng", "SECRETARY"));

    private static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

    private final ApiClient api;
    private final Map<Service, URI> baseUrls;
    private final LocalJwt tokens;
    private final Map<String, ApiClient> callers = new ConcurrentHashMap<>();

    /** @param tokens signs the token of each role the calls are made in, as a real user of that role would have */
    public PlatformClient(ApiClient api, Map<Service, URI> baseUrls, LocalJwt tokens) {
        this.api = api;
        this.tokens = tokens;
        this.baseUrls = Map.copyOf(baseUrls);
        for (Service service : Service.values()) {
            if (!this.baseUrls.containsKey(service)) {
                throw new IllegalArgumentException("No base URL for " + service.moduleName());
            }
        }
    }

    public ApiClient api() {
        return api;
    }

    /** The HTTP client of a caller in {@code role}; {@code agencyCode} for the agency role. */
    public ApiClient as(String role, String agencyCode) {
        String subject = agencyCode == null ? "demo-" + role : "portal-" + agencyCode;
        return callers.computeIfAbsent(subject + "/" + role, key -> {
            String bearer = "Bearer " + tokens.issue(subject, role, agencyCode, TOKEN_LIFETIME);
            return api.withHeader("Authorization", () -> bearer);
        });
    }

    // --- nomination-service

    /**
     * Creates a movement.
     *
     * @return the created movement, with its {@code id}
     * @throws ApiException with status 409 if the code exists
     */
    public JsonNode createMovement(Object movement) {
        return as(ADMIN, null).post(url(Service.NOMINATION, "/api/v1/movements"), movement).expect(201).json();
    }

    public List<JsonNode> movements() {
        return list(as(ADMIN, null).get(url(Service.NOMINATION, "/api/v1/movements")).expect(200).json());
    }

    public Optional<JsonNode> findMovement(String code) {
        return movements().stream().filter(movement -> code.equals(movement.path("code").asText())).findFirst();
    }

    /**
     * Submits a nomination as the agency named by its {@code agencyCode}, with that agency's token; returns it as
     * created, with {@code id}, {@code status} and {@code timeline}.
     */
    public JsonNode submitNomination(Object nomination) {
        String agencyCode = api.json().valueToTree(nomination).path("agencyCode").asText(null);
        return as(AGENCY, agencyCode).post(url(Service.NOMINATION, "/api/v1/nominations"), nomination)
                .expect(201).json();
    }

    /** Sends a returned nomination back with its changes ({@code changeNote} in the body); the council opens a new round. */
    public JsonNode amendNomination(String nominationId, Object nomination) {
        String agencyCode = api.json().valueToTree(nomination).path("agencyCode").asText(null);
        return as(AGENCY, agencyCode).post(url(Service.NOMINATION, "/api/v1/nominations/" + nominationId
                + "/revisions"), nomination).expect(201).json();
    }

    public JsonNode nomination(String nominationId) {
        return as(ADMIN, null).get(url(Service.NOMINATION, "/api/v1/nominations/" + nominationId))
                .expect(200).json();
    }

    /** The statuses of a nomination's timeline, oldest first. */
    public static List<String> timelineStatuses(JsonNode nomination) {
        List<String> statuses = new ArrayList<>();
        nomination.path("timeline").forEach(step -> statuses.add(step.path("status").asText()));
        return statuses;
    }

    // --- review-service

    public List<JsonNode> reviewCases(String nominationId) {
        return list(as(COUNCIL_SECRETARY, null)
                .get(url(Service.REVIEW, "/api/v1/reviews?nominationId=" + encode(nominationId)))
                .expect(200).json());
    }

    /** A council member's HTTP client: their subject is their seat on the council. */
    public ApiClient asMember(String memberId) {
        return callers.computeIfAbsent(memberId + "/" + COUNCIL_MEMBER, key -> {
            String bearer = "Bearer " + tokens.issue(memberId, COUNCIL_MEMBER, null, TOKEN_LIFETIME);
            return api.withHeader("Authorization", () -> bearer);
        });
    }

    /** The demo council of a level, set up with {@link #COUNCIL_SEATS} on first use; returns its id. */
    public String ensureCouncil(String level) {
        String name = "Hội đồng Thi đua – Khen thưởng (" + level + ")";
        Optional<JsonNode> existing = list(as(COUNCIL_SECRETARY, null).get(url(Service.REVIEW, "/api/v1/councils"))
                .expect(200).json()).stream()
                .filter(c -> name.equals(c.path("name").asText()) && level.equals(c.path("level").asText()))
                .findFirst();
        if (existing.isPresent()) {
            return existing.get().path("id").asText();
        }
        List<Map<String, String>> members = COUNCIL_SEATS.stream()
                .map(seat -> Map.of("memberId", seat.get(0), "fullName", seat.get(1), "position", seat.get(2)))
                .toList();
        return as(COUNCIL_SECRETARY, null).post(url(Service.REVIEW, "/api/v1/councils"), Map.of("name", name,
                "level", level, "validFrom", "2025-07-01", "members", members)).expect(201).json().path("id").asText();
    }

    /**
     * The council's way to an approval: the case comes before its level's council, which holds a meeting where every
     * voting member approves by secret ballot; the ballot closes and the secretary decides from it.
     */
    public void approveByCouncil(List<String> reviewCaseIds) {
        Map<String, List<String>> byCouncil = new LinkedHashMap<>();
        for (String caseId : reviewCaseIds) {
            JsonNode reviewCase = as(COUNCIL_SECRETARY, null).get(url(Service.REVIEW, "/api/v1/reviews/" + caseId))
                    .expect(200).json();
            String councilId = ensureCouncil(reviewCase.path("level").asText());
            as(COUNCIL_SECRETARY, null).send("PUT", url(Service.REVIEW, "/api/v1/reviews/" + caseId + "/council"),
                    Map.of("councilId", councilId), "application/json").expect(200);
            byCouncil.computeIfAbsent(councilId, k -> new ArrayList<>()).add(caseId);
        }
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        byCouncil.forEach((councilId, caseIds) -> {
            String meetingId = as(COUNCIL_SECRETARY, null).post(url(Service.REVIEW, "/api/v1/meetings"),
                    Map.of("councilId", councilId, "title", "Phiên họp Hội đồng Thi đua – Khen thưởng", "heldOn",
                            today, "caseIds", caseIds)).expect(201).json().path("id").asText();
            List<Map<String, String>> votes = caseIds.stream()
                    .map(caseId -> Map.of("caseId", caseId, "choice", "APPROVE")).toList();
            COUNCIL_SEATS.stream().filter(seat -> !"SECRETARY".equals(seat.get(2))).forEach(seat -> asMember(seat.get(0))
                    .post(url(Service.REVIEW, "/api/v1/meetings/" + meetingId + "/votes"),
                            Map.of("inWriting", false, "votes", votes)).expect(200));
            as(COUNCIL_SECRETARY, null).post(url(Service.REVIEW, "/api/v1/meetings/" + meetingId + "/close"), null)
                    .expect(200);
            for (JsonNode result : as(COUNCIL_SECRETARY, null)
                    .post(url(Service.REVIEW, "/api/v1/meetings/" + meetingId + "/decisions"), null).expect(200)
                    .json()) {
                if (result.path("status").asInt() != 200) {
                    throw new IllegalStateException("the council could not approve case " + result);
                }
            }
        });
    }

    /** Records the council's decision: outcome APPROVED, REJECTED or RETURNED; a reason unless APPROVED. */
    public JsonNode decide(String reviewCaseId, String outcome, String reason) {
        Map<String, String> decision = reason == null
                ? Map.of("outcome", outcome)
                : Map.of("outcome", outcome, "reason", reason);
        return as(COUNCIL_SECRETARY, null)
                .post(url(Service.REVIEW, "/api/v1/reviews/" + reviewCaseId + "/decision"), decision)
                .expect(200).json();
    }

    // --- award-service

    /** The award of a nomination (a list of 0 or 1): DRAFT after the approval, GRANTED once a decision is signed. */
    public List<JsonNode> awards(String nominationId) {
        return list(as(AWARD_OFFICER, null)
                .get(url(Service.AWARD, "/api/v1/awards?nominationId=" + encode(nominationId)))
                .expect(200).json());
    }

    /** Sets a fund's budget for a year; a decision can only be signed within it. */
    public JsonNode setBudget(int year, String fund, long amountVnd) {
        return as(AWARD_OFFICER, null).post(url(Service.AWARD, "/api/v1/budgets"),
                Map.of("year", year, "fund", fund, "amountVnd", amountVnd)).expect(200, 201).json();
    }

    public List<JsonNode> budgets(int year) {
        return list(as(AWARD_OFFICER, null).get(url(Service.AWARD, "/api/v1/budgets?year=" + year))
                .expect(200).json());
    }

    /**
     * Prepares a commendation decision listing draft awards; it has no number until it is signed.
     *
     * @param fund the fund it pays from, or null for award-service's default
     * @return the DRAFT decision, with its {@code id}
     */
    public JsonNode createDecision(LocalDate decisionDate, String signer, String fund, List<String> awardIds) {
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("decisionDate", decisionDate.toString());
        decision.put("signer", signer);
        if (fund != null) {
            decision.put("fund", fund);
        }
        decision.put("awardIds", awardIds);
        return as(AWARD_OFFICER, null).post(url(Service.AWARD, "/api/v1/decisions"), decision).expect(201).json();
    }

    /** Signs a decision: it gets its number and grants its awards, which award-service then announces. */
    public JsonNode signDecision(String decisionId) {
        return as(AWARD_OFFICER, null).post(url(Service.AWARD, "/api/v1/decisions/" + decisionId + "/sign"), null)
                .expect(200).json();
    }

    // --- publicity-service

    public List<JsonNode> features(String nominationId) {
        return list(as(EDITOR, null)
                .get(url(Service.PUBLICITY, "/api/v1/features?nominationId=" + encode(nominationId)))
                .expect(200).json());
    }

    public JsonNode publishFeature(String featureId) {
        // the editorial workflow: a draft is reviewed and approved before it may go out
        as(EDITOR, null).post(url(Service.PUBLICITY, "/api/v1/features/" + featureId + "/submit-for-review"), null)
                .expect(200);
        as(EDITOR, null).post(url(Service.PUBLICITY, "/api/v1/features/" + featureId + "/approve"), null)
                .expect(200);
        return as(EDITOR, null).post(url(Service.PUBLICITY, "/api/v1/features/" + featureId + "/publish"), null)
                .expect(200).json();
    }

    /** The public Atom feed as XML text. */
    public String atomFeed() {
        return api.get(url(Service.PUBLICITY, "/feed.atom"), "application/atom+xml").expect(200).body();
    }

    // --- waiting for the asynchronous steps

    /** The review case that review-service opens when it receives the nomination's submitted event. */
    public JsonNode awaitOpenReviewCase(String nominationId) {
        return Await.until("an OPEN review case for nomination " + nominationId, () -> reviewCases(nominationId)
                .stream().filter(reviewCase -> "OPEN".equals(reviewCase.path("status").asText())).findFirst());
    }

    /** The nomination once its status is {@code status}. */
    public JsonNode awaitStatus(String nominationId, String status) {
        AtomicReference<String> seen = new AtomicReference<>("never read");
        return Await.until("nomination " + nominationId + " to reach status " + status, Await.DEFAULT_TIMEOUT, () -> {
            JsonNode nomination = nomination(nominationId);
            seen.set(nomination.path("status").asText());
            return status.equals(seen.get()) ? Optional.of(nomination) : Optional.empty();
        }, () -> "its status is " + seen.get());
    }

    /** The award that award-service drafts after an approval (status DRAFT until a decision is signed). */
    public JsonNode awaitAward(String nominationId) {
        return Await.until("the award of nomination " + nominationId,
                () -> awards(nominationId).stream().findFirst());
    }

    /**
     * The press feature draft that publicity-service writes after an approval, once it carries its award (the award
     * arrives on its own topic and rewrites the draft; an editor acting before that would race the rewrite) and may
     * be published.
     */
    public JsonNode awaitPublishableDraft(String nominationId) {
        AtomicReference<String> seen = new AtomicReference<>("no feature yet");
        return Await.until("a publishable feature draft for nomination " + nominationId, Await.DEFAULT_TIMEOUT,
                () -> features(nominationId).stream()
                        .peek(feature -> seen.set("feature " + feature.path("status").asText()
                                + blockerNote(feature)))
                        .filter(feature -> "DRAFT".equals(feature.path("status").asText()))
                        .filter(feature -> feature.path("decisionNumber").isTextual())
                        .filter(feature -> feature.path("publicationBlocker").isNull()
                                || feature.path("publicationBlocker").isMissingNode())
                        .findFirst(),
                seen::get);
    }

    private static String blockerNote(JsonNode feature) {
        JsonNode blocker = feature.path("publicationBlocker");
        return blocker.isTextual() ? " (blocked: " + blocker.asText() + ")" : "";
    }

    private URI url(Service service, String pathAndQuery) {
        return baseUrls.get(service).resolve(pathAndQuery);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<JsonNode> list(JsonNode array) {
        if (!array.isArray()) {
            throw new IllegalStateException("Expected a JSON array, got: " + array);
        }
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
