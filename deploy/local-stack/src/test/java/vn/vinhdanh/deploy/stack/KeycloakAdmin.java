package vn.vinhdanh.deploy.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.vinhdanh.deploy.infra.KeycloakServer;

/**
 * Keycloak's admin REST API, as a realm administrator would use it, for the sign-in tests: people and clients made
 * for one test, a user disabled, a new signing key. Signs in as the master realm's bootstrap admin.
 */
final class KeycloakAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeycloakServer keycloak;
    private final String base;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    KeycloakAdmin(KeycloakServer keycloak) {
        this.keycloak = keycloak;
        this.base = "http://localhost:" + keycloak.port();
    }

    /** A token by a grant at one of the server's realms; the whole token response. */
    JsonNode token(String realm, Map<String, String> form) {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create(base + "/realms/" + realm + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(form))));
        return response.statusCode() == 200
                ? read(response.body())
                : JSON.createObjectNode().put("status", response.statusCode()).put("body", response.body());
    }

    /** The master realm's administrator, through its own admin-cli client. */
    String adminToken() {
        return token(
                        "master",
                        Map.of(
                                "grant_type",
                                "password",
                                "client_id",
                                "admin-cli",
                                "username",
                                "admin",
                                "password",
                                keycloak.adminPassword()))
                .path("access_token")
                .asText();
    }

    /** Creates a user of realm vinhdanh with a password, realm roles and attributes; returns their id. */
    String createUser(String username, String password, List<String> roles, Map<String, String> attributes) {
        ObjectNode user = JSON.createObjectNode()
                .put("username", username)
                .put("enabled", true)
                .put("firstName", "Người")
                .put("lastName", "Thử")
                .put("email", username + "@vinhdanh.test")
                .put("emailVerified", true);
        ObjectNode attrs = user.putObject("attributes");
        attributes.forEach((name, value) -> attrs.putArray(name).add(value));
        user.putArray("credentials")
                .addObject()
                .put("type", "password")
                .put("value", password)
                .put("temporary", false);
        String id = created(post("/users", user));
        grantRealmRoles(id, roles);
        return id;
    }

    void setEnabled(String userId, boolean enabled) {
        expect(send(json("PUT", "/users/" + userId, JSON.createObjectNode().put("enabled", enabled))), 204);
    }

    /**
     * Creates a confidential client with the client-credentials grant; its service account gets {@code roles} and
     * {@code attributes}. {@code representation} adds or overrides fields (scopes, mappers, token lifespan).
     */
    void createServiceClient(
            String clientId,
            String secret,
            List<String> roles,
            Map<String, String> attributes,
            ObjectNode representation) {
        ObjectNode client = JSON.createObjectNode()
                .put("clientId", clientId)
                .put("enabled", true)
                .put("publicClient", false)
                .put("secret", secret)
                .put("serviceAccountsEnabled", true)
                .put("standardFlowEnabled", false)
                .put("directAccessGrantsEnabled", false);
        client.setAll(representation);
        String id = created(post("/clients", client));
        JsonNode serviceAccount = read(expect(send(get("/clients/" + id + "/service-account-user")), 200)
                .body());
        String userId = serviceAccount.path("id").asText();
        if (!attributes.isEmpty()) {
            ObjectNode update = (ObjectNode) serviceAccount;
            ObjectNode attrs = update.putObject("attributes");
            attributes.forEach((name, value) -> attrs.putArray(name).add(value));
            expect(send(json("PUT", "/users/" + userId, update)), 204);
        }
        grantRealmRoles(userId, roles);
    }

    /** A new RSA signing key of realm vinhdanh that outranks the current one: new tokens are signed with it. */
    void addSigningKey(String name, int priority) {
        ObjectNode component = JSON.createObjectNode()
                .put("name", name)
                .put("providerId", "rsa-generated")
                .put("providerType", "org.keycloak.keys.KeyProvider")
                .put("parentId", realmId());
        ObjectNode config = component.putObject("config");
        config.putArray("priority").add(String.valueOf(priority));
        config.putArray("keySize").add("2048");
        config.putArray("algorithm").add("RS256");
        created(post("/components", component));
    }

    /**
     * Lets a client redirect back to more addresses: an isolated platform's services listen on free ports, which the
     * development realm (localhost:8081-8084) cannot know.
     */
    void addRedirectUris(String clientId, List<String> uris) {
        JsonNode found =
                read(expect(send(get("/clients?clientId=" + clientId)), 200).body());
        ObjectNode client = (ObjectNode) found.get(0);
        ArrayNode redirects = (ArrayNode) client.withArray("redirectUris");
        uris.forEach(redirects::add);
        expect(send(json("PUT", "/clients/" + client.path("id").asText(), client)), 204);
    }

    private String realmId() {
        return read(expect(send(get("")), 200).body()).path("id").asText();
    }

    private void grantRealmRoles(String userId, List<String> roles) {
        if (roles.isEmpty()) {
            return;
        }
        ArrayNode mappings = JSON.createArrayNode();
        for (String role : roles) {
            mappings.add(read(expect(send(get("/roles/" + role)), 200).body()));
        }
        expect(send(json("POST", "/users/" + userId + "/role-mappings/realm", mappings)), 204);
    }

    private HttpResponse<String> post(String path, JsonNode body) {
        return send(json("POST", path, body));
    }

    private HttpRequest.Builder get(String path) {
        return admin(path).GET();
    }

    private HttpRequest.Builder json(String method, String path, JsonNode body) {
        return admin(path)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    private HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(URI.create(base + "/admin/realms/" + KeycloakServer.REALM + path))
                .header("Authorization", "Bearer " + adminToken());
    }

    private static String created(HttpResponse<String> response) {
        expect(response, 201);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Keycloak's admin API answered " + response.statusCode() + " to "
                    + response.request().method() + " " + response.request().uri() + ": " + response.body());
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling Keycloak", e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak's answer is not JSON: " + body, e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
