package vn.vinhdanh.deploy.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.StreamSupport;
import vn.vinhdanh.deploy.infra.KeycloakTokens;
import vn.vinhdanh.province.ProvinceClock;

/**
 * The platform's REST API as the demo loader, the end-to-end and fault tests and the benchmark use it: one method
 * per call, each made with the token of the role that makes it, as a real user of that role would have. Works on
 * JSON trees rather than DTOs so that it depends on the services' published API only, not on their classes.
 * {@link PlatformClient} adds the waits for what happens asynchronously through Kafka.
 *
 * <p>Thread-safe: the callers' clients are made once each and share one connection pool.</p>
 */
public sealed class PlatformApi permits PlatformClient {

    public static final String AGENCY = "agency";
    public static final String COUNCIL_SECRETARY = "council-secretary";
    public static final String AWARD_OFFICER = "award-officer";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";
    public static final String COUNCIL_MEMBER = "council-member";

    private final ApiClient api;
    private final Map<Service, URI> baseUrls;
    private final KeycloakTokens tokens;
    private final Map<String, ApiClient> callers = new ConcurrentHashMap<>();

    /** See {@link PlatformClient#PlatformClient(ApiClient, Map, KeycloakTokens)}. */
    PlatformApi(ApiClient api, Map<Service, URI> baseUrls, KeycloakTokens tokens) {
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

    /** The HTTP client of a caller in {@code role}: the agency's portal for the agency role, else the role's person. */
    public ApiClient as(String role, String agencyCode) {
        if (agencyCode != null) {
            return caller("portal/" + agencyCode, () -> tokens.forAgency(agencyCode));
        }
        return caller("role/" + role, () -> tokens.forRole(role));
    }

    /** A council member's HTTP client: the demo member in that seat (the token's claim {@code seat}). */
    public ApiClient asMember(String seat) {
        return caller("seat/" + seat, () -> tokens.forSeat(seat));
    }

    /** The token is asked for per request, and the token source keeps it until shortly before it expires. */
    private ApiClient caller(String key, java.util.function.Supplier<String> token) {
        return callers.computeIfAbsent(key, k -> api.withHeader("Authorization", () -> "Bearer " + token.get()));
    }

    // --- nomination-service

    /**
     * Creates a movement.
     *
     * @return the created movement, with its {@code id}
     * @throws ApiException with status 409 if the code exists
     */
    public JsonNode createMovement(Object movement) {
        return as(ADMIN, null)
                .post(url(Service.NOMINATION, "/api/v1/movements"), movement)
                .expect(201)
                .json();
    }

    public List<JsonNode> movements() {
        return list(as(ADMIN, null)
                .get(url(Service.NOMINATION, "/api/v1/movements"))
                .expect(200)
                .json());
    }

    public Optional<JsonNode> findMovement(String code) {
        return movements().stream()
                .filter(movement -> code.equals(movement.path("code").asText()))
                .findFirst();
    }

    /**
     * Submits a nomination as the agency named by its {@code agencyCode}, with that agency's token; returns it as
     * created, with {@code id}, {@code status} and {@code timeline}.
     */
    public JsonNode submitNomination(Object nomination) {
        return as(AGENCY, agencyCode(nomination))
                .post(url(Service.NOMINATION, "/api/v1/nominations"), nomination)
                .expect(201)
                .json();
    }

    /**
     * The request of a submission by {@code agencyCode} with an {@code Idempotency-Key}, for a load generator that
     * sends it and reads the answer itself.
     */
    public HttpRequest submission(Object nomination, String agencyCode, String idempotencyKey) {
        return as(AGENCY, agencyCode)
                .request("POST", url(Service.NOMINATION, "/api/v1/nominations"), nomination, "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .build();
    }

    /** Sends a returned nomination back with its changes ({@code changeNote} in the body): a new round opens. */
    public JsonNode amendNomination(String nominationId, Object nomination) {
        return as(AGENCY, agencyCode(nomination))
                .post(url(Service.NOMINATION, "/api/v1/nominations/" + nominationId + "/revisions"), nomination)
                .expect(201)
                .json();
    }

    public JsonNode nomination(String nominationId) {
        return as(ADMIN, null)
                .get(url(Service.NOMINATION, "/api/v1/nominations/" + nominationId))
                .expect(200)
                .json();
    }

    /** The statuses of a nomination's timeline, oldest first. */
    public static List<String> timelineStatuses(JsonNode nomination) {
        List<String> statuses = new ArrayList<>();
        nomination
                .path("timeline")
                .forEach(step -> statuses.add(step.path("status").asText()));
        return statuses;
    }

    private String agencyCode(Object nomination) {
        return api.json().valueToTree(nomination).path("agencyCode").asText(null);
    }

    // --- review-service

    public List<JsonNode> reviewCases(String nominationId) {
        return list(as(COUNCIL_SECRETARY, null)
                .get(url(Service.REVIEW, "/api/v1/reviews?nominationId=" + encode(nominationId)))
                .expect(200)
                .json());
    }

    /** The demo council of a level, set up with the {@link PlatformRequests#COUNCIL_SEATS} on first use; its id. */
    public String ensureCouncil(String level) {
        String name = "Hội đồng Thi đua – Khen thưởng (" + level + ")";
        Optional<JsonNode> existing =
                list(as(COUNCIL_SECRETARY, null)
                                .get(url(Service.REVIEW, "/api/v1/councils"))
                                .expect(200)
                                .json())
                        .stream()
                        .filter(c -> name.equals(c.path("name").asText())
                                && level.equals(c.path("level").asText()))
                        .findFirst();
        return existing.isPresent()
                ? existing.get().path("id").asText()
                : createCouncil(name, level, LocalDate.of(2025, 7, 1));
    }

    /** A council of the {@link PlatformRequests#COUNCIL_SEATS}, in force from {@code validFrom}; its id. */
    public String createCouncil(String name, String level, LocalDate validFrom) {
        return as(COUNCIL_SECRETARY, null)
                .post(url(Service.REVIEW, "/api/v1/councils"), PlatformRequests.council(name, level, validFrom))
                .expect(201)
                .json()
                .path("id")
                .asText();
    }

    /**
     * The council's way to an approval: the case comes before its level's council, which holds a meeting where every
     * voting member approves by secret ballot; the ballot closes and the secretary decides from it.
     */
    public void approveByCouncil(List<String> reviewCaseIds) {
        Map<String, List<String>> byCouncil = new LinkedHashMap<>();
        for (String caseId : reviewCaseIds) {
            JsonNode reviewCase = as(COUNCIL_SECRETARY, null)
                    .get(url(Service.REVIEW, "/api/v1/reviews/" + caseId))
                    .expect(200)
                    .json();
            String councilId = ensureCouncil(reviewCase.path("level").asText());
            as(COUNCIL_SECRETARY, null)
                    .send(
                            "PUT",
                            url(Service.REVIEW, "/api/v1/reviews/" + caseId + "/council"),
                            Map.of("councilId", councilId),
                            "application/json")
                    .expect(200);
            byCouncil.computeIfAbsent(councilId, k -> new ArrayList<>()).add(caseId);
        }
        byCouncil.forEach((councilId, caseIds) -> {
            for (JsonNode result : holdMeeting(councilId, caseIds)) {
                if (result.path("status").asInt() != 200) {
                    throw new IllegalStateException("the council could not approve case " + result);
                }
            }
        });
    }

    /**
     * A meeting of the council on cases that are before it, held today: every voting member approves them all, the
     * ballot closes and the secretary decides from it.
     *
     * @return the decisions, one per case, each with its own {@code status} (200 when decided)
     */
    public JsonNode holdMeeting(String councilId, List<String> caseIds) {
        LocalDate today = LocalDate.now(ProvinceClock.ZONE);
        String meetingId = as(COUNCIL_SECRETARY, null)
                .post(url(Service.REVIEW, "/api/v1/meetings"), PlatformRequests.meeting(councilId, today, caseIds))
                .expect(201)
                .json()
                .path("id")
                .asText();
        Map<String, Object> ballot = PlatformRequests.approvals(caseIds);
        PlatformRequests.COUNCIL_SEATS.stream()
                .filter(PlatformRequests.Seat::votes)
                .forEach(seat -> asMember(seat.memberId())
                        .post(url(Service.REVIEW, "/api/v1/meetings/" + meetingId + "/votes"), ballot)
                        .expect(200));
        as(COUNCIL_SECRETARY, null)
                .post(url(Service.REVIEW, "/api/v1/meetings/" + meetingId + "/close"), null)
                .expect(200);
        return as(COUNCIL_SECRETARY, null)
                .post(url(Service.REVIEW, "/api/v1/meetings/" + meetingId + "/decisions"), null)
                .expect(200)
                .json();
    }

    /** Records the council's decision: outcome APPROVED, REJECTED or RETURNED; a reason unless APPROVED. */
    public JsonNode decide(String reviewCaseId, String outcome, String reason) {
        return as(COUNCIL_SECRETARY, null)
                .post(
                        url(Service.REVIEW, "/api/v1/reviews/" + reviewCaseId + "/decision"),
                        PlatformRequests.outcome(outcome, reason))
                .expect(200)
                .json();
    }

    // --- award-service

    /** The award of a nomination (a list of 0 or 1): DRAFT after the approval, GRANTED once a decision is signed. */
    public List<JsonNode> awards(String nominationId) {
        return list(as(AWARD_OFFICER, null)
                .get(url(Service.AWARD, "/api/v1/awards?nominationId=" + encode(nominationId)))
                .expect(200)
                .json());
    }

    /** Sets a fund's budget for a year; a decision can only be signed within it. */
    public JsonNode setBudget(int year, String fund, long amountVnd) {
        return as(AWARD_OFFICER, null)
                .post(url(Service.AWARD, "/api/v1/budgets"), Map.of("year", year, "fund", fund, "amountVnd", amountVnd))
                .expect(200, 201)
                .json();
    }

    public List<JsonNode> budgets(int year) {
        return list(as(AWARD_OFFICER, null)
                .get(url(Service.AWARD, "/api/v1/budgets?year=" + year))
                .expect(200)
                .json());
    }

    /**
     * Prepares a commendation decision listing draft awards; it has no number until it is signed.
     *
     * @param fund the fund it pays from, or null for award-service's default
     * @return the DRAFT decision, with its {@code id}
     */
    public JsonNode createDecision(LocalDate decisionDate, String signer, String fund, List<String> awardIds) {
        return as(AWARD_OFFICER, null)
                .post(
                        url(Service.AWARD, "/api/v1/decisions"),
                        PlatformRequests.decision(decisionDate, signer, fund, awardIds))
                .expect(201)
                .json();
    }

    /** Signs a decision: it gets its number and grants its awards, which award-service then announces. */
    public JsonNode signDecision(String decisionId) {
        return as(AWARD_OFFICER, null)
                .post(url(Service.AWARD, "/api/v1/decisions/" + decisionId + "/sign"), null)
                .expect(200)
                .json();
    }

    // --- publicity-service

    public List<JsonNode> features(String nominationId) {
        return list(as(EDITOR, null)
                .get(url(Service.PUBLICITY, "/api/v1/features?nominationId=" + encode(nominationId)))
                .expect(200)
                .json());
    }

    /** The editorial workflow: a draft is reviewed and approved before it may go out. */
    public JsonNode publishFeature(String featureId) {
        as(EDITOR, null)
                .post(url(Service.PUBLICITY, "/api/v1/features/" + featureId + "/submit-for-review"), null)
                .expect(200);
        as(EDITOR, null)
                .post(url(Service.PUBLICITY, "/api/v1/features/" + featureId + "/approve"), null)
                .expect(200);
        return as(EDITOR, null)
                .post(url(Service.PUBLICITY, "/api/v1/features/" + featureId + "/publish"), null)
                .expect(200)
                .json();
    }

    /** The public Atom feed as XML text. */
    public String atomFeed() {
        return api.get(url(Service.PUBLICITY, "/feed.atom"), "application/atom+xml")
                .expect(200)
                .body();
    }

    /** A page of the public JSON Feed: the first one, or the {@code next_url} of the page before. */
    public JsonNode jsonFeed(URI page) {
        return api.get(page == null ? url(Service.PUBLICITY, "/feed.json") : page, "application/feed+json")
                .expect(200)
                .json();
    }

    /** A service's metrics in the Prometheus text format, as a scraper reads them: no token needed. */
    public String metrics(Service service) {
        return api.get(url(service, "/q/metrics"), "text/plain").expect(200).body();
    }

    URI url(Service service, String pathAndQuery) {
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
