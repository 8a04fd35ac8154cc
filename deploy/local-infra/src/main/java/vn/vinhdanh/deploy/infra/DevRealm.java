package vn.vinhdanh.deploy.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the local tools need to know of the development realm, read from the realm file itself so that the realm stays
 * the one place where portals, demo users and their secrets are written: which portal client acts for an agency, which
 * demo user holds a role or a council seat, and their development passwords.
 */
public final class DevRealm {

    /** A demo person: their user name, development password, roles, and agency or seat when they have one. */
    public record DemoUser(String username, String password, List<String> roles, String agency, String seat) {}

    /** An agency portal: a confidential client with the client-credentials grant, acting for {@code agency}. */
    public record Portal(String clientId, String secret, String agency) {}

    private final List<DemoUser> users = new ArrayList<>();
    private final List<Portal> portals = new ArrayList<>();
    private final JsonNode realm;

    private DevRealm(JsonNode realm) {
        this.realm = realm;
        for (JsonNode user : realm.path("users")) {
            String agency = firstAttribute(user, "agency");
            if (user.hasNonNull("serviceAccountClientId")) {
                String clientId = user.get("serviceAccountClientId").asText();
                portals.add(new Portal(clientId, secretOf(realm, clientId), agency));
                continue;
            }
            String password = null;
            for (JsonNode credential : user.path("credentials")) {
                if ("password".equals(credential.path("type").asText())) {
                    password = credential.path("value").asText();
                }
            }
            List<String> roles = new ArrayList<>();
            user.path("realmRoles").forEach(role -> roles.add(role.asText()));
            users.add(new DemoUser(
                    user.path("username").asText(),
                    password,
                    List.copyOf(roles),
                    agency,
                    firstAttribute(user, "seat")));
        }
    }

    public static DevRealm read(Path realmFile) {
        try {
            return new DevRealm(new ObjectMapper().readTree(realmFile.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the realm file " + realmFile, e);
        }
    }

    public List<DemoUser> users() {
        return List.copyOf(users);
    }

    public List<Portal> portals() {
        return List.copyOf(portals);
    }

    /** The portal of an agency, e.g. {@code SO-GDDT} → client {@code portal-so-gddt}. */
    public Optional<Portal> portalOf(String agencyCode) {
        return portals.stream()
                .filter(portal -> portal.agency().equals(agencyCode.toUpperCase(Locale.ROOT)))
                .findFirst();
    }

    /** The first demo user holding {@code role} (for the roles without agency or seat: secretary, officer, ...). */
    public Optional<DemoUser> userWithRole(String role) {
        return users.stream().filter(user -> user.roles().contains(role)).findFirst();
    }

    /** The demo council member sitting in {@code seat}, e.g. {@code hd-uy-vien-1}. */
    public Optional<DemoUser> userWithSeat(String seat) {
        return users.stream().filter(user -> seat.equals(user.seat())).findFirst();
    }

    /** The development secret of a confidential client, e.g. {@code vinhdanh-api}, with which the services introspect. */
    public String secretOf(String clientId) {
        return secretOf(realm, clientId);
    }

    private static String secretOf(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client.path("secret").asText(null);
            }
        }
        throw new IllegalStateException("The realm has a service account for client " + clientId + " but no client");
    }

    private static String firstAttribute(JsonNode user, String name) {
        JsonNode values = user.path("attributes").path(name);
        return values.isArray() && !values.isEmpty() ? values.get(0).asText() : null;
    }
}
