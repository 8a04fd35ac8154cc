package vn.vinhdanh.deploy.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Access tokens from the realm's token endpoint, as the platform's callers get them: an agency portal with its client
 * credentials, a demo person with the password grant of the development client {@code vinhdanh-cli}. A token is
 * reused until shortly before it expires, so a caller making thousands of calls asks Keycloak once per token life.
 */
public final class KeycloakTokens {

    /** The development realm's public client for scripts (./token.sh); the production realm has none. */
    public static final String CLI_CLIENT = "vinhdanh-cli";

    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Cached(String accessToken, Instant expiresAt) {}

    private final URI tokenEndpoint;
    private final DevRealm realm;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> fetching = new ConcurrentHashMap<>();

    public KeycloakTokens(String tokenEndpoint, DevRealm realm) {
        this.tokenEndpoint = URI.create(tokenEndpoint);
        this.realm = realm;
    }

    public DevRealm realm() {
        return realm;
    }

    /** The token of the agency's portal (client credentials; its service account carries the agency). */
    public String forAgency(String agencyCode) {
        DevRealm.Portal portal = realm.portalOf(agencyCode)
                .orElseThrow(() -> new IllegalArgumentException("The realm has no portal for agency " + agencyCode
                        + "; portals: "
                        + realm.portals().stream().map(DevRealm.Portal::agency).toList()));
        return cached(
                "portal:" + portal.clientId(),
                () -> form(Map.of(
                        "grant_type", "client_credentials",
                        "client_id", portal.clientId(),
                        "client_secret", portal.secret())));
    }

    /** The token of the first demo user holding {@code role}. */
    public String forRole(String role) {
        DevRealm.DemoUser user = realm.userWithRole(role)
                .orElseThrow(() -> new IllegalArgumentException("The realm has no demo user with role " + role));
        return forUser(user);
    }

    /** The token of the demo council member in {@code seat}. */
    public String forSeat(String seat) {
        DevRealm.DemoUser user = realm.userWithSeat(seat)
                .orElseThrow(() -> new IllegalArgumentException("The realm has no demo council member in seat " + seat
                        + "; seats: "
                        + realm.users().stream()
                                .map(DevRealm.DemoUser::seat)
                                .filter(s -> s != null)
                                .toList()));
        return forUser(user);
    }

    public String forUser(DevRealm.DemoUser user) {
        return password(user.username(), user.password());
    }

    /** A person's token by the password grant of {@link #CLI_CLIENT}; not cached when it fails. */
    public String password(String username, String password) {
        return cached(
                "user:" + username,
                () -> form(Map.of(
                        "grant_type", "password",
                        "client_id", CLI_CLIENT,
                        "username", username,
                        "password", password,
                        "scope", "openid")));
    }

    /** Forgets every token, e.g. after the realm's keys were rotated. */
    public void forget() {
        cache.clear();
    }

    private String cached(String key, TokenRequest request) {
        Cached known = cache.get(key);
        if (fresh(known)) {
            return known.accessToken();
        }
        // one request per person at a time: with brute-force detection on, Keycloak refuses concurrent logins of one
        // user ("user_temporarily_disabled"), which threads that all find the token missing or expired would send
        synchronized (fetching.computeIfAbsent(key, k -> new Object())) {
            known = cache.get(key);
            if (fresh(known)) {
                return known.accessToken();
            }
            Cached fetched = request.fetch();
            cache.put(key, fetched);
            return fetched.accessToken();
        }
    }

    private static boolean fresh(Cached known) {
        return known != null && Instant.now().isBefore(known.expiresAt().minus(RENEW_BEFORE_EXPIRY));
    }

    @FunctionalInterface
    private interface TokenRequest {
        Cached fetch();
    }

    private Cached form(Map<String, String> fields) {
        Map<String, String> ordered = new LinkedHashMap<>(fields);
        String body = ordered.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token (" + ordered.get("grant_type") + " for "
                        + ordered.getOrDefault("username", ordered.get("client_id")) + "): HTTP "
                        + response.statusCode() + " " + response.body());
            }
            JsonNode token = JSON.readTree(response.body());
            return new Cached(
                    token.path("access_token").asText(),
                    Instant.now().plusSeconds(token.path("expires_in").asLong(60)));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach Keycloak at " + tokenEndpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking Keycloak for a token", e);
        }
    }
}
