package vn.vinhdanh.deploy.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.vinhdanh.deploy.infra.KeycloakTokens;
import vn.vinhdanh.deploy.infra.Polling;

/**
 * Signing in through the real identity provider: the platform's Keycloak (realm {@code vinhdanh}) issues every token
 * here, and the four services, started as in production, verify them from the realm's key set. Every role signs in
 * and gets one call permitted and one refused; tokens that must not pass (expired, another issuer, another audience,
 * unsigned, another key, HS256 with the public key as secret) answer 401 problem+json; a disabled person's unexpired
 * token stops working within the services' introspection interval; a rotated signing key is taken without a restart;
 * an agency's portal never sees another agency's nomination.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlatformLauncher platform;
    private KeycloakTokens tokens;
    private KeycloakAdmin admin;
    private ApiClient anonymous;
    private String run;

    @BeforeAll
    void startPlatform() {
        run = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        platform = SharedPlatform.get();
        tokens = platform.tokens();
        admin = new KeycloakAdmin(platform.keycloak());
        anonymous = new ApiClient();
    }

    @Test
    void everyRoleSignsInAndGetsOneCallPermittedAndOneRefused() {
        String agency = tokens.forAgency("SO-GDDT");
        String officer = tokens.forUser(tokens.realm().users().stream()
                .filter(user -> "SO-GDDT".equals(user.agency()))
                .findFirst()
                .orElseThrow());
        String secretary = tokens.forRole("council-secretary");
        String member = tokens.forSeat("hd-uy-vien-1");
        String awardOfficer = tokens.forRole("award-officer");
        String editor = tokens.forRole("editor");
        String administrator = tokens.forRole("admin");

        assertEquals(
                200,
                call(agency, "GET", Service.NOMINATION, "/api/v1/nominations").status());
        assertEquals(403, call(agency, "GET", Service.REVIEW, "/api/v1/reviews").status());
        assertEquals(
                200,
                call(officer, "GET", Service.NOMINATION, "/api/v1/nominations").status());
        assertEquals(
                403, call(officer, "GET", Service.AWARD, "/api/v1/decisions").status());
        assertEquals(
                200, call(secretary, "GET", Service.REVIEW, "/api/v1/reviews").status());
        assertEquals(
                403, call(secretary, "GET", Service.AWARD, "/api/v1/decisions").status());
        assertEquals(200, call(member, "GET", Service.REVIEW, "/api/v1/reviews").status());
        assertEquals(
                403, call(member, "GET", Service.PUBLICITY, "/api/v1/features").status());
        assertEquals(
                200,
                call(awardOfficer, "GET", Service.AWARD, "/api/v1/decisions").status());
        assertEquals(
                403,
                call(awardOfficer, "GET", Service.REVIEW, "/api/v1/reviews").status());
        assertEquals(
                200, call(editor, "GET", Service.PUBLICITY, "/api/v1/features").status());
        assertEquals(
                403, call(editor, "GET", Service.AWARD, "/api/v1/decisions").status());
        assertEquals(
                200,
                call(administrator, "GET", Service.NOMINATION, "/api/v1/admin/audit")
                        .status());
        // only an award officer prepares a decision, not even an administrator
        ApiResponse adminDecision = send(
                administrator,
                "POST",
                Service.AWARD,
                "/api/v1/decisions",
                Map.of("decisionDate", "2026-01-05", "signer", "Chủ tịch UBND tỉnh", "awardIds", List.of()));
        assertEquals(403, adminDecision.status(), adminDecision.describe());

        // who did it comes from the token: the member's seat is the seat claim, the person is the user name
        JsonNode claims = claimsOf(member);
        assertEquals("hd-uy-vien-1", claims.path("seat").asText());
        assertNotEquals("hd-uy-vien-1", claims.path("sub").asText());
    }

    @Test
    void anAgencysPortalSeesOnlyItsOwnNominations() {
        String movement = send(
                        tokens.forRole("admin"),
                        "POST",
                        Service.NOMINATION,
                        "/api/v1/movements",
                        Map.of(
                                "code", "SIGNIN-" + run.toUpperCase(),
                                "name", "Phong trào thi đua \"Dân vận khéo\"",
                                "kind", "REGULAR",
                                "level", "PROVINCE",
                                "year", 2026,
                                "organizer", "UBND tỉnh Lào Cai"))
                .expect(201)
                .json()
                .path("id")
                .asText();
        Map<String, Object> nominee = new LinkedHashMap<>();
        nominee.put("kind", "INDIVIDUAL");
        nominee.put("name", "Lù Thị Dung");
        nominee.put("gender", "FEMALE");
        nominee.put("birthYear", 1990);
        nominee.put("organization", "Trường Tiểu học Bản Vược");
        nominee.put("targetGroup", "PUBLIC_EMPLOYEE");
        Map<String, Object> nomination = new LinkedHashMap<>();
        nomination.put("movementId", movement);
        nomination.put("nominee", nominee);
        nomination.put("level", "PROVINCE");
        nomination.put("sector", "EDUCATION_TRAINING");
        nomination.put("proposedAward", "BANG_KHEN_CHU_TICH_UBND_TINH");
        nomination.put("achievements", "Duy trì sĩ số 100% học sinh người Dao, Mông trong năm học.");
        nomination.put("publicityConsent", true);
        String id = send(tokens.forAgency("SO-GDDT"), "POST", Service.NOMINATION, "/api/v1/nominations", nomination)
                .expect(201)
                .json()
                .path("id")
                .asText();

        String path = "/api/v1/nominations/" + id;
        assertEquals(
                200,
                call(tokens.forAgency("SO-GDDT"), "GET", Service.NOMINATION, path)
                        .status());
        ApiResponse other = call(tokens.forAgency("SO-YTE"), "GET", Service.NOMINATION, path);
        assertEquals(404, other.status(), "another agency's nomination does not exist for it");
        assertEquals("application/problem+json", other.header("Content-Type").orElse(""));
        JsonNode list = call(
                        tokens.forAgency("SO-YTE"),
                        "GET",
                        Service.NOMINATION,
                        "/api/v1/nominations?movementId=" + movement)
                .expect(200)
                .json();
        assertEquals(0, list.size());
    }

    @Test
    void tokensThatMustNotPassAnswer401ProblemDetails() throws Exception {
        String genuine = tokens.forAgency("SO-GDDT");
        String[] parts = genuine.split("\\.");
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        String kid = header.path("kid").asText();

        // unsigned: the same claims with alg none
        String unsigned = encode(Map.of("alg", "none", "typ", "JWT")) + "." + parts[1] + ".";
        // signed by a key the realm never had, under the realm's key id
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String otherKey = rs256(parts[1], kid, generator.generateKeyPair().getPrivate());
        // HS256 with the realm's public key as the shared secret (the classic algorithm confusion)
        String confused = hs256(parts[1], kid, realmPublicKey(kid).getEncoded());
        // another issuer: a token of the master realm
        String otherIssuer = admin.adminToken();

        for (Map.Entry<String, String> bad : Map.of(
                        "alg none", unsigned,
                        "another key", otherKey,
                        "HS256 with the public key", confused,
                        "another issuer", otherIssuer,
                        "garbage", "not-a-token")
                .entrySet()) {
            assertUnauthorized(bad.getKey(), bad.getValue());
        }
        assertEquals(
                200,
                call(genuine, "GET", Service.NOMINATION, "/api/v1/nominations").status());
    }

    @Test
    void aTokenForAnotherAudienceIsRefusedEvenWithTheRightRole() {
        // a client without the scope vinhdanh-api, but mapping the realm roles and the agency itself: only the
        // audience check stands between it and the agency's nominations
        ObjectNode representation = JSON.createObjectNode();
        representation.putArray("defaultClientScopes").add("basic").add("profile");
        representation
                .putArray("protocolMappers")
                .add(mapper(
                        "groups",
                        "oidc-usermodel-realm-role-mapper",
                        Map.of("claim.name", "groups", "multivalued", "true")))
                .add(mapper(
                        "agency",
                        "oidc-usermodel-attribute-mapper",
                        Map.of("user.attribute", "agency", "claim.name", "agency")));
        String clientId = "test-other-audience-" + run;
        admin.createServiceClient(
                clientId, "secret-" + run, List.of("agency"), Map.of("agency", "SO-GDDT"), representation);
        String token = clientCredentials(clientId, "secret-" + run);
        JsonNode claims = claimsOf(token);
        assertEquals("SO-GDDT", claims.path("agency").asText());
        assertTrue(claims.path("groups").toString().contains("agency"), claims.toString());
        assertTrue(!claims.path("aud").toString().contains("vinhdanh-api"), claims.toString());
        assertUnauthorized("another audience", token);
    }

    @Test
    void anExpiredTokenOfTheRealmIsRefused() {
        ObjectNode representation = JSON.createObjectNode();
        representation.putObject("attributes").put("access.token.lifespan", "1");
        String clientId = "test-short-lived-" + run;
        admin.createServiceClient(
                clientId, "secret-" + run, List.of("agency"), Map.of("agency", "SO-GDDT"), representation);
        String token = clientCredentials(clientId, "secret-" + run);
        long expiresAt = claimsOf(token).path("exp").asLong();
        // past its exp and past the services' clock skew allowance
        long waitMillis = (expiresAt - System.currentTimeMillis() / 1000 + 12) * 1000;
        Polling.pause(Duration.ofMillis(Math.max(0, waitMillis)), "waiting for a token to expire");
        assertUnauthorized("expired", token);
    }

    @Test
    void aDisabledPersonLosesAccessWithTheirTokenStillUnexpired() {
        String username = "thu-nghiem-" + run;
        String userId = admin.createUser(username, "mat-khau-" + run, List.of("editor"), Map.of());
        String token = tokens.password(username, "mat-khau-" + run);
        assertEquals(
                200, call(token, "GET", Service.PUBLICITY, "/api/v1/features").status());

        admin.setEnabled(userId, false);
        // no new token, by password or otherwise
        JsonNode refused = admin.token(
                "vinhdanh",
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        KeycloakTokens.CLI_CLIENT,
                        "username",
                        username,
                        "password",
                        "mat-khau-" + run));
        assertEquals(400, refused.path("status").asInt(), refused.toString());
        assertTrue(refused.path("body").asText().contains("invalid_grant"), refused.toString());
        // and the token they hold, genuine and unexpired, is refused once the services ask the provider again (they
        // remember its answer for 15 s)
        assertTrue(claimsOf(token).path("exp").asLong() > System.currentTimeMillis() / 1000 + 60);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int status = call(token, "GET", Service.PUBLICITY, "/api/v1/features").status();
        while (status == 200 && System.nanoTime() < deadline) {
            Polling.pause(Duration.ofSeconds(1), "waiting for the disabled person's token to be refused");
            status = call(token, "GET", Service.PUBLICITY, "/api/v1/features").status();
        }
        assertEquals(401, status, "a disabled person's unexpired token");
        ApiResponse elsewhere = call(token, "GET", Service.NOMINATION, "/api/v1/nominations");
        assertEquals(401, elsewhere.status(), elsewhere.describe());
        assertEquals(
                "application/problem+json", elsewhere.header("Content-Type").orElse(""));
    }

    /**
     * First, before any other test shows the services a foreign key id: the forced re-read of the key set happens at
     * most once a minute. From here on the realm signs with the new key, which the later tests then use.
     */
    @Test
    @Order(1)
    void aRotatedSigningKeyIsTakenWithoutARestart() throws Exception {
        String before = tokens.forRole("editor");
        String oldKid = JSON.readTree(Base64.getUrlDecoder().decode(before.split("\\.")[0]))
                .path("kid")
                .asText();
        assertEquals(
                200, call(before, "GET", Service.PUBLICITY, "/api/v1/features").status());

        admin.addSigningKey("rotated-" + run, 500);
        String after = admin.token(
                        "vinhdanh",
                        Map.of(
                                "grant_type", "client_credentials",
                                "client_id", "portal-so-gddt",
                                "client_secret",
                                        tokens.realm()
                                                .portalOf("SO-GDDT")
                                                .orElseThrow()
                                                .secret()))
                .path("access_token")
                .asText();
        String newKid = JSON.readTree(Base64.getUrlDecoder().decode(after.split("\\.")[0]))
                .path("kid")
                .asText();
        assertNotEquals(oldKid, newKid, "the new key signs the new tokens");
        // every service takes the new key without a restart: a token naming an unknown key id makes it read the key
        // set again (at most once a minute; the wait covers a refresh spent on another unknown key). The portal's
        // token then passes verification everywhere: 200 where an agency may read, 403 where its role may not
        Map<Service, String> paths = Map.of(
                Service.NOMINATION, "/api/v1/nominations",
                Service.REVIEW, "/api/v1/reviews",
                Service.AWARD, "/api/v1/decisions",
                Service.PUBLICITY, "/api/v1/features");
        for (Service service : Service.values()) {
            int expected = service == Service.NOMINATION ? 200 : 403;
            long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
            int status = call(after, "GET", service, paths.get(service)).status();
            while (status == 401 && System.nanoTime() < deadline) {
                Polling.pause(Duration.ofSeconds(2), "waiting for " + service.moduleName() + " to read the new key");
                status = call(after, "GET", service, paths.get(service)).status();
            }
            assertEquals(expected, status, service.moduleName() + " with a token of the rotated key");
        }
        // and the tokens signed before keep working while the old key is still published
        assertEquals(
                200, call(before, "GET", Service.PUBLICITY, "/api/v1/features").status());
    }

    private void assertUnauthorized(String what, String token) {
        for (Service service : Service.values()) {
            String path = switch (service) {
                case NOMINATION -> "/api/v1/nominations";
                case REVIEW -> "/api/v1/reviews";
                case AWARD -> "/api/v1/decisions";
                case PUBLICITY -> "/api/v1/features";
            };
            ApiResponse response = call(token, "GET", service, path);
            assertEquals(401, response.status(), what + " at " + service.moduleName() + ": " + response.describe());
            assertEquals(
                    "application/problem+json", response.header("Content-Type").orElse(""), what + ": problem+json");
        }
    }

    private ApiResponse call(String token, String method, Service service, String path) {
        return send(token, method, service, path, null);
    }

    private ApiResponse send(String token, String method, Service service, String path, Object body) {
        return anonymous
                .withHeader("Authorization", () -> "Bearer " + token)
                .send(method, URI.create(platform.baseUrl(service) + path), body, "application/json");
    }

    private String clientCredentials(String clientId, String secret) {
        JsonNode response = admin.token(
                "vinhdanh", Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
        assertTrue(response.has("access_token"), response.toString());
        return response.path("access_token").asText();
    }

    private static ObjectNode mapper(String name, String type, Map<String, String> config) {
        ObjectNode mapper = JSON.createObjectNode()
                .put("name", name)
                .put("protocol", "openid-connect")
                .put("protocolMapper", type);
        ObjectNode values = mapper.putObject("config");
        values.put("access.token.claim", "true").put("jsonType.label", "String");
        config.forEach(values::put);
        return mapper;
    }

    private static JsonNode claimsOf(String token) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (Exception e) {
            throw new IllegalStateException("not a JWT: " + token, e);
        }
    }

    private PublicKey realmPublicKey(String kid) throws Exception {
        JsonNode keys = anonymous
                .get(URI.create(platform.keycloak().jwksUrl()))
                .expect(200)
                .json();
        for (JsonNode key : keys.path("keys")) {
            if (kid.equals(key.path("kid").asText())) {
                return KeyFactory.getInstance("RSA")
                        .generatePublic(new RSAPublicKeySpec(
                                new BigInteger(
                                        1,
                                        Base64.getUrlDecoder()
                                                .decode(key.path("n").asText())),
                                new BigInteger(
                                        1,
                                        Base64.getUrlDecoder()
                                                .decode(key.path("e").asText()))));
            }
        }
        throw new IllegalStateException("no key " + kid + " in " + keys);
    }

    private static String rs256(String payload, String kid, PrivateKey key) throws Exception {
        String signingInput = encode(Map.of("alg", "RS256", "typ", "JWT", "kid", kid)) + "." + payload;
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    }

    private static String hs256(String payload, String kid, byte[] secret) throws Exception {
        String signingInput = encode(Map.of("alg", "HS256", "typ", "JWT", "kid", kid)) + "." + payload;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        return signingInput + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String encode(Map<String, String> header) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(header));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
