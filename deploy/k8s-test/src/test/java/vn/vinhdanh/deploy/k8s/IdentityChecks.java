package vn.vinhdanh.deploy.k8s;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The identity provider of a render: the in-cluster Keycloak (deploy/k8s/keycloak: the Keycloak Operator's
 * {@code Keycloak} and {@code KeycloakRealmImport}, a CloudNativePG Cluster for its database) or the province's own
 * provider (deploy/k8s/external-idp), and how the services reach it. The custom resources are generic objects to the
 * fabric8 model, so every field relied on is checked here by its path.
 */
final class IdentityChecks {

    static final String KEYCLOAK = "k8s.keycloak.org";
    static final String KEYCLOAK_API_VERSION = KEYCLOAK + "/v2alpha1";
    static final String IN_CLUSTER = "keycloak";
    static final String EXTERNAL = "external-idp";

    /** The variables identity's microprofile-config.properties expands: what every service must be given. */
    static final Set<String> IDENTITY_VARIABLES = Set.of(
            "VINHDANH_JWKS_URL",
            "VINHDANH_JWT_ISSUER",
            "VINHDANH_JWT_AUDIENCE",
            "VINHDANH_INTROSPECTION_URL",
            "VINHDANH_INTROSPECTION_CLIENT_ID",
            "VINHDANH_INTROSPECTION_CLIENT_SECRET");

    /** The Secret the services' introspection client secret comes from, and the realm import's placeholder of it. */
    static final String API_CLIENT_SECRET = "vinhdanh-api-client";

    static final String API_CLIENT_SECRET_PLACEHOLDER = "VINHDANH_API_CLIENT_SECRET";

    /**
     * Would override smallrye-jwt's properties directly and hide identity's mapping of the variables above (an
     * environment variable outranks META-INF/microprofile-config.properties); the manifests used the first one before.
     */
    static final Set<String> OVERRIDING_VARIABLES =
            Set.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER", "MP_JWT_VERIFY_AUDIENCES");

    static final String API_SCOPE = "vinhdanh-api";
    static final String DESK_CLIENT = "vinhdanh-desk";
    static final String DEV_CLIENT = "vinhdanh-cli";
    static final String USER_PROFILE = "org.keycloak.userprofile.UserProfileProvider";
    static final String USER_PROFILE_CONFIG = "kc.user.profile.config";

    /** The desk client's fields that may differ between the development and the production realm. */
    static final Set<String> DESK_FIELDS_PER_ENVIRONMENT = Set.of("secret", "redirectUris", "attributes");

    static final String DESK_LOGOUT_REDIRECTS = "post.logout.redirect.uris";

    /** Access tokens are verified locally: a disabled user's token stays valid this long at most. */
    static final int MAX_ACCESS_TOKEN_LIFESPAN_SECONDS = 300;

    static final int JGROUPS_DATA_PORT = 7800;
    static final int JGROUPS_FAILURE_DETECTION_PORT = 57800;
    static final int DEFAULT_HTTP_PORT = 8080;
    static final int DEFAULT_HTTPS_PORT = 8443;

    /** Names of realm fields that hold a secret value; in the realm import each must be an operator placeholder. */
    static final Set<String> SECRET_FIELDS = Set.of(
            "secret",
            "password",
            "clientSecret",
            "privateKey",
            "secretData",
            "credentialData",
            "hashedSaltedValue",
            "salt",
            "value");

    private static final Pattern ENV_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");

    private final Map<String, Object> devRealm;
    private final List<ServiceConfig> services;

    IdentityChecks(Map<String, Object> devRealm, List<ServiceConfig> services) {
        this.devRealm = devRealm;
        this.services = services;
    }

    /** The labels the Keycloak Operator gives the server pods of a Keycloak CR (its Service selects them). */
    static Map<String, String> keycloakPods(String keycloak) {
        return Map.of("app", "keycloak", "app.kubernetes.io/instance", keycloak);
    }

    /** The realm import Job's pod: the server pod's labels with app=keycloak-realm-import. */
    static Map<String, String> realmImportPods(String keycloak) {
        return Map.of("app", "keycloak-realm-import", "app.kubernetes.io/instance", keycloak);
    }

    // --- the services' three variables against the provider of the render

    List<String> servicesTrustTheProvider(Render render) {
        List<String> problems = new ArrayList<>();
        List<GenericKubernetesResource> keycloaks = render.custom(KEYCLOAK, "Keycloak");
        List<GenericKubernetesResource> imports = render.custom(KEYCLOAK, "KeycloakRealmImport");
        String issuer = null;
        String jwks = null;
        String audience = null;
        String introspection = null;
        String internalRealm = null;
        Map<String, Object> realmClients = Map.of();
        if (IN_CLUSTER.equals(render.identityProvider)) {
            if (keycloaks.size() != 1 || imports.size() != 1) {
                return List.of("the overlay includes keycloak, but the render has " + keycloaks.size()
                        + " Keycloak and " + imports.size() + " KeycloakRealmImport objects (expected one each)");
            }
            GenericKubernetesResource keycloak = keycloaks.get(0);
            GenericKubernetesResource realmImport = imports.get(0);
            Object hostname = Render.at(keycloak, "spec", "hostname", "hostname");
            Object realm = Render.at(realmImport, "spec", "realm", "realm");
            issuer = String.valueOf(hostname).replaceAll("/+$", "") + "/realms/" + realm;
            jwks = "http://" + keycloak.getMetadata().getName() + "-service:" + httpPort(keycloak) + "/realms/" + realm
                    + "/protocol/openid-connect/certs";
            audience = audienceOf(realmTree(realmImport));
            internalRealm = "http://" + keycloak.getMetadata().getName() + "-service:" + httpPort(keycloak) + "/realms/"
                    + realm;
            introspection = internalRealm + "/protocol/openid-connect/token/introspect";
            if (!Boolean.TRUE.equals(Render.at(keycloak, "spec", "hostname", "backchannelDynamic"))) {
                problems.add(Render.id(keycloak) + ": spec.hostname.backchannelDynamic is not true, but the desks "
                        + "discover the realm inside the namespace and must be told its token endpoint there");
            }
            realmClients = byKey(realmTree(realmImport).get("clients"), "clientId");
            if (!(Render.at(realmImport, "spec", "placeholders", API_CLIENT_SECRET_PLACEHOLDER, "secret", "name")
                            instanceof String secretName)
                    || !API_CLIENT_SECRET.equals(secretName)) {
                problems.add(Render.id(realmImport) + ": spec.placeholders." + API_CLIENT_SECRET_PLACEHOLDER
                        + " does not come from the Secret " + API_CLIENT_SECRET + " the services introspect with");
            }
            if (!Boolean.TRUE.equals(Render.at(keycloak, "spec", "http", "httpEnabled"))) {
                problems.add(
                        Render.id(keycloak) + ": spec.http.httpEnabled is not true, but the services fetch the JWKS "
                                + "over http inside the namespace");
            }
        } else if (EXTERNAL.equals(render.identityProvider)) {
            if (!keycloaks.isEmpty() || !imports.isEmpty()) {
                problems.add("an overlay with the province's provider renders " + keycloaks.size() + " Keycloak and "
                        + imports.size() + " KeycloakRealmImport objects");
            }
            render.objects.stream()
                    .filter(o -> "vinhdanh-identity".equals(label(o, "app.kubernetes.io/part-of")))
                    .forEach(o -> problems.add(Render.id(o) + " of the in-cluster Keycloak is in an overlay with the "
                            + "province's provider"));
            audience = audienceOf(devRealm);
        } else {
            return List.of("the overlay's kustomization includes neither the base keycloak nor ../../external-idp");
        }
        for (ServiceConfig service : services) {
            Optional<Deployment> deployment = render.find(Deployment.class, service.name());
            if (deployment.isEmpty()) {
                continue; // reported by everyServiceIsDeployed
            }
            Container container = firstContainer(deployment.get());
            String at = service.name();
            String actualIssuer = ManifestsTest.envValue(render, container, "VINHDANH_JWT_ISSUER");
            String actualJwks = ManifestsTest.envValue(render, container, "VINHDANH_JWKS_URL");
            String actualAudience = ManifestsTest.envValue(render, container, "VINHDANH_JWT_AUDIENCE");
            if (actualIssuer == null || actualJwks == null || actualAudience == null) {
                problems.add(at + ": VINHDANH_JWT_ISSUER, VINHDANH_JWKS_URL and VINHDANH_JWT_AUDIENCE must each be a "
                        + "value or come from a ConfigMap of the render");
                continue;
            }
            if (issuer != null && !issuer.equals(actualIssuer)) {
                problems.add(at + ": VINHDANH_JWT_ISSUER " + actualIssuer + " is not the issuer Keycloak puts into its "
                        + "tokens, " + issuer + " (spec.hostname.hostname + /realms/ + realm)");
            }
            if (jwks != null && !jwks.equals(actualJwks)) {
                problems.add(at + ": VINHDANH_JWKS_URL " + actualJwks + " is not the realm's key set at Keycloak's "
                        + "Service inside the namespace, " + jwks);
            }
            if (issuer == null) {
                if (!actualIssuer.startsWith("https://")) {
                    problems.add(at + ": the external provider's issuer " + actualIssuer + " is not https");
                }
                if (!actualJwks.startsWith("https://")) {
                    problems.add(at + ": the external provider's JWKS URL " + actualJwks + " is not https");
                }
            }
            problems.addAll(introspection(render, container, at, introspection, realmClients));
            problems.addAll(desk(render, container, at, internalRealm, realmClients));
            if (!Objects.equals(audience, actualAudience)) {
                problems.add(at + ": VINHDANH_JWT_AUDIENCE " + actualAudience + " is not the audience the realm's "
                        + API_SCOPE + " scope puts into access tokens, " + audience);
            }
        }
        return problems;
    }

    /**
     * Token introspection: in-cluster, Keycloak's endpoint inside the namespace as a confidential client of the realm
     * whose secret is the Secret the Deployments read; with the province's provider, https or off (empty URL).
     */
    private static List<String> introspection(
            Render render, Container container, String at, String expectedUrl, Map<String, Object> realmClients) {
        List<String> problems = new ArrayList<>();
        String url = ManifestsTest.envValue(render, container, "VINHDANH_INTROSPECTION_URL");
        String clientId = ManifestsTest.envValue(render, container, "VINHDANH_INTROSPECTION_CLIENT_ID");
        if (url == null || clientId == null) {
            return List.of(at + ": VINHDANH_INTROSPECTION_URL and VINHDANH_INTROSPECTION_CLIENT_ID must each be a "
                    + "value or come from a ConfigMap of the render");
        }
        String secret = Optional.ofNullable(container.getEnv()).orElse(List.of()).stream()
                .filter(env -> "VINHDANH_INTROSPECTION_CLIENT_SECRET".equals(env.getName()))
                .map(env ->
                        env.getValueFrom() == null ? null : env.getValueFrom().getSecretKeyRef())
                .filter(Objects::nonNull)
                .map(ref -> ref.getName())
                .findFirst()
                .orElse(null);
        if (!API_CLIENT_SECRET.equals(secret)) {
            problems.add(at + ": VINHDANH_INTROSPECTION_CLIENT_SECRET does not come from the Secret "
                    + API_CLIENT_SECRET + " (no secret value in a ConfigMap or in git)");
        }
        if (expectedUrl != null) {
            if (!expectedUrl.equals(url)) {
                problems.add(at + ": VINHDANH_INTROSPECTION_URL " + url + " is not the realm's introspection endpoint "
                        + "at Keycloak's Service inside the namespace, " + expectedUrl);
            }
            if (!(realmClients.get(clientId) instanceof Map<?, ?> client)
                    || !Boolean.FALSE.equals(client.get("publicClient"))
                    || !("${" + API_CLIENT_SECRET_PLACEHOLDER + "}").equals(client.get("secret"))) {
                problems.add(at + ": VINHDANH_INTROSPECTION_CLIENT_ID " + clientId + " is not a confidential client "
                        + "of the realm import whose secret is ${" + API_CLIENT_SECRET_PLACEHOLDER + "}");
            }
        } else if (!url.isEmpty() && !url.startsWith("https://")) {
            problems.add(at + ": the external provider's introspection URL " + url + " is not https");
        }
        return problems;
    }

    /**
     * A service with pages (it reads VINHDANH_OIDC_SERVER_URL): in-cluster, it discovers the realm inside the
     * namespace; each desk it links is a redirect URI of the desk client, so that signing in can come back to it.
     */
    private static List<String> desk(
            Render render, Container container, String at, String internalRealm, Map<String, Object> realmClients) {
        String server = ManifestsTest.envValue(render, container, "VINHDANH_OIDC_SERVER_URL");
        if (server == null) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        if (internalRealm != null && !internalRealm.equals(server)) {
            problems.add(at + ": VINHDANH_OIDC_SERVER_URL " + server + " is not the realm at Keycloak's Service inside "
                    + "the namespace, " + internalRealm);
        }
        if (internalRealm == null && !server.startsWith("https://")) {
            problems.add(at + ": the external provider's VINHDANH_OIDC_SERVER_URL " + server + " is not https");
        }
        if (internalRealm != null && realmClients.get(DESK_CLIENT) instanceof Map<?, ?> desk) {
            List<?> redirects = desk.get("redirectUris") instanceof List<?> list ? list : List.of();
            for (String name : List.of("NOMINATION", "REVIEW", "AWARD", "PUBLICITY")) {
                String url = ManifestsTest.envValue(render, container, "VINHDANH_DESK_" + name + "_URL");
                if (url == null || !redirects.contains(url + "/*")) {
                    problems.add(at + ": VINHDANH_DESK_" + name + "_URL " + url + " is not a redirect URI of the "
                            + "desk client (" + redirects + " lacks <url>/*)");
                }
            }
        }
        return problems;
    }

    // --- the Keycloak CR and its database

    List<String> keycloakIsDeployed(Render render) {
        List<String> problems = new ArrayList<>();
        Set<String> serviceDatabases = new TreeSet<>();
        for (Deployment deployment : render.all(Deployment.class)) {
            String host = ManifestsTest.envValue(render, firstContainer(deployment), "VINHDANH_DB_HOST");
            if (host != null) {
                serviceDatabases.add(host);
            }
        }
        for (GenericKubernetesResource keycloak : render.custom(KEYCLOAK, "Keycloak")) {
            String at = Render.id(keycloak);
            if (!KEYCLOAK_API_VERSION.equals(keycloak.getApiVersion())) {
                problems.add(at + ": apiVersion " + keycloak.getApiVersion() + ", expected " + KEYCLOAK_API_VERSION);
            }
            if (!(Render.at(keycloak, "spec", "instances") instanceof Number instances) || instances.intValue() < 1) {
                problems.add(at + ": spec.instances not set");
            }
            // the database: a CloudNativePG Cluster of the render, its application database and -app secret
            if (!"postgres".equals(Render.at(keycloak, "spec", "db", "vendor"))) {
                problems.add(at + ": spec.db.vendor is not postgres");
            }
            String host = String.valueOf(Render.at(keycloak, "spec", "db", "host"));
            String cluster = host.endsWith("-rw") ? host.substring(0, host.length() - 3) : null;
            Optional<GenericKubernetesResource> db =
                    cluster == null ? Optional.empty() : render.custom(ManifestsTest.CNPG, "Cluster", cluster);
            if (db.isEmpty()) {
                problems.add(at + ": spec.db.host " + host
                        + " is not the -rw service of a CloudNativePG Cluster in the " + "render");
            } else {
                Object database = Render.at(db.get(), "spec", "bootstrap", "initdb", "database");
                if (database == null || !database.equals(Render.at(keycloak, "spec", "db", "database"))) {
                    problems.add(at + ": spec.db.database " + Render.at(keycloak, "spec", "db", "database")
                            + " but Cluster " + cluster + " creates " + database);
                }
                if (serviceDatabases.contains(host)) {
                    problems.add(at + ": shares the database cluster " + cluster + " with a service");
                }
                for (String secret : List.of("usernameSecret", "passwordSecret")) {
                    Object name = Render.at(keycloak, "spec", "db", secret, "name");
                    Object key = Render.at(keycloak, "spec", "db", secret, "key");
                    if (!(cluster + "-app").equals(name)) {
                        problems.add(at + ": spec.db." + secret + " is " + name + ", not " + cluster + "-app");
                    }
                    problems.addAll(ManifestsTest.secretKey(
                            render, at + " spec.db." + secret, String.valueOf(name), String.valueOf(key)));
                }
            }
            // HTTPS with a certificate from a Secret; the host name tokens carry
            Object tls = Render.at(keycloak, "spec", "http", "tlsSecret");
            if (!(tls instanceof String secret) || secret.isBlank()) {
                problems.add(at + ": no spec.http.tlsSecret: Keycloak must serve HTTPS");
            } else {
                problems.addAll(ManifestsTest.secretKey(render, at + " spec.http.tlsSecret", secret, "tls.crt"));
                problems.addAll(ManifestsTest.secretKey(render, at + " spec.http.tlsSecret", secret, "tls.key"));
            }
            Object hostname = Render.at(keycloak, "spec", "hostname", "hostname");
            if (!(hostname instanceof String url) || !url.matches("https://[a-z0-9.-]+(:\\d+)?/?")) {
                problems.add(at + ": spec.hostname.hostname " + hostname
                        + " is not an https URL of a host (the issuer is " + "derived from it)");
            }
            if (Boolean.FALSE.equals(Render.at(keycloak, "spec", "hostname", "strict"))) {
                problems.add(at + ": spec.hostname.strict is false: the issuer would follow request headers");
            }
            if (!Set.of("xforwarded", "forwarded").contains(Render.at(keycloak, "spec", "proxy", "headers"))) {
                problems.add(at + ": spec.proxy.headers is neither xforwarded nor forwarded (behind the ingress "
                        + "controller)");
            }
            if (!Boolean.FALSE.equals(Render.at(keycloak, "spec", "ingress", "enabled"))) {
                problems.add(at + ": spec.ingress.enabled is not false: the operator would create an Ingress (host "
                        + "names and TLS at the edge are the cluster's)");
            }
            if (!Boolean.FALSE.equals(Render.at(keycloak, "spec", "networkPolicy", "enabled"))) {
                problems.add(at + ": spec.networkPolicy.enabled is not false: the operator's own policy admits every "
                        + "source unless restricted; the render's policy is the one checked");
            }
            if (!options(keycloak).getOrDefault("health-enabled", "").equals("true")) {
                problems.add(at + ": additionalOptions do not set health-enabled=true");
            }
            problems.addAll(resources(at, Render.at(keycloak, "spec", "resources")));
        }
        return problems;
    }

    // --- the realm import against the development realm

    List<String> realmImportMatchesTheDevelopmentRealm(Render render) {
        List<String> problems = new ArrayList<>();
        for (GenericKubernetesResource realmImport : render.custom(KEYCLOAK, "KeycloakRealmImport")) {
            String at = Render.id(realmImport);
            if (!KEYCLOAK_API_VERSION.equals(realmImport.getApiVersion())) {
                problems.add(at + ": apiVersion " + realmImport.getApiVersion() + ", expected " + KEYCLOAK_API_VERSION);
            }
            Object keycloak = Render.at(realmImport, "spec", "keycloakCRName");
            if (render.custom(KEYCLOAK, "Keycloak", String.valueOf(keycloak)).isEmpty()) {
                problems.add(at + ": spec.keycloakCRName " + keycloak + " is no Keycloak of the render");
            }
            Map<String, Object> realm = realmTree(realmImport);
            if (!Objects.equals(devRealm.get("realm"), realm.get("realm"))) {
                problems.add(
                        at + ": realm " + realm.get("realm") + ", the development realm is " + devRealm.get("realm"));
            }
            // the same roles, client scopes (vinhdanh-api with its mappers), default scopes and user profile
            if (!Objects.equals(devRealm.get("roles"), realm.get("roles"))) {
                problems.add(at + ": the roles differ from the development realm's: " + realm.get("roles"));
            }
            Map<String, Object> devScopes = byKey(devRealm.get("clientScopes"), "name");
            Map<String, Object> scopes = byKey(realm.get("clientScopes"), "name");
            if (!Objects.equals(devScopes.get(API_SCOPE), scopes.get(API_SCOPE))) {
                problems.add(at + ": the client scope " + API_SCOPE + " differs from the development realm's: "
                        + scopes.get(API_SCOPE));
            }
            if (!devScopes.equals(scopes)) {
                problems.add(at + ": the client scopes " + scopes.keySet() + " differ from the development realm's "
                        + devScopes.keySet() + " (or their mappers do)");
            }
            for (String key : List.of("defaultDefaultClientScopes", "defaultOptionalClientScopes")) {
                if (!Objects.equals(devRealm.get(key), realm.get(key))) {
                    problems.add(at + ": " + key + " " + realm.get(key) + ", the development realm has "
                            + devRealm.get(key));
                }
            }
            Object devProfile = userProfile(devRealm);
            Object profile = userProfile(realm);
            if (devProfile == null || !devProfile.equals(profile)) {
                problems.add(at + ": the declarative user profile differs from the development realm's");
            }
            // nothing of development only: users, the password-grant client, the portals with their secrets
            if (realm.get("users") instanceof List<?> users && !users.isEmpty()) {
                problems.add(at + ": has " + users.size() + " users (the demo users are development only)");
            }
            Map<String, Object> clients = byKey(realm.get("clients"), "clientId");
            if (clients.containsKey(DEV_CLIENT)) {
                problems.add(at + ": has the development client " + DEV_CLIENT);
            }
            clients.keySet().stream()
                    .filter(id -> id.startsWith("portal-"))
                    .forEach(id -> problems.add(at + ": has the portal client " + id + " (an administrator adds "
                            + "portals, each with its own secret: docs/operations.md)"));
            clients.forEach((id, client) -> {
                if (Boolean.TRUE.equals(((Map<?, ?>) client).get("directAccessGrantsEnabled"))) {
                    problems.add(at + ": client " + id + " allows the password grant");
                }
            });
            problems.addAll(deskClient(at, clients.get(DESK_CLIENT)));
            // no secret in git: every secret field is a placeholder the operator fills from a Secret
            Map<String, String> declared = new LinkedHashMap<>();
            if (Render.at(realmImport, "spec", "placeholders") instanceof Map<?, ?> placeholders) {
                placeholders.forEach((name, value) -> {
                    Object secret = value instanceof Map<?, ?> v ? v.get("secret") : null;
                    Object secretName = secret instanceof Map<?, ?> s ? s.get("name") : null;
                    Object secretKey = secret instanceof Map<?, ?> s ? s.get("key") : null;
                    declared.put(String.valueOf(name), secretName + "/" + secretKey);
                    problems.addAll(ManifestsTest.secretKey(
                            render,
                            at + " placeholder " + name,
                            String.valueOf(secretName),
                            String.valueOf(secretKey)));
                });
            }
            List<String> used = new ArrayList<>();
            walk(realm, "realm", (path, key, value) -> {
                if ("credentials".equals(key)) {
                    problems.add(at + ": " + path + ": credentials in the realm import");
                }
                if (value instanceof String text) {
                    Matcher placeholder = ENV_PLACEHOLDER.matcher(text);
                    while (placeholder.find()) {
                        used.add(placeholder.group(1));
                    }
                    if (key != null
                            && SECRET_FIELDS.contains(key)
                            && !text.isEmpty()
                            && !ENV_PLACEHOLDER.matcher(text).matches()) {
                        problems.add(at + ": " + path + " is a plain-text secret; use a placeholder of "
                                + "spec.placeholders");
                    }
                }
            });
            for (String name : used) {
                if (!declared.containsKey(name)) {
                    problems.add(at + ": ${" + name + "} is not declared in spec.placeholders (the import would keep "
                            + "the literal text)");
                }
            }
            if (!(realm.get("accessTokenLifespan") instanceof Number lifespan)
                    || lifespan.intValue() > MAX_ACCESS_TOKEN_LIFESPAN_SECONDS) {
                problems.add(at + ": accessTokenLifespan " + realm.get("accessTokenLifespan")
                        + " is not set to at most " + MAX_ACCESS_TOKEN_LIFESPAN_SECONDS
                        + " s (a disabled user's token lives until it expires)");
            }
            Object algorithm = realm.get("defaultSignatureAlgorithm");
            if (algorithm != null && !"RS256".equals(algorithm)) {
                problems.add(at + ": defaultSignatureAlgorithm " + algorithm + ": the services accept RS256 only");
            }
        }
        return problems;
    }

    private List<String> deskClient(String at, Object found) {
        Map<String, Object> dev = byKey(devRealm.get("clients"), "clientId");
        if (!(found instanceof Map<?, ?> desk) || !(dev.get(DESK_CLIENT) instanceof Map<?, ?> devDesk)) {
            return List.of(at + ": no client " + DESK_CLIENT);
        }
        List<String> problems = new ArrayList<>();
        Set<String> keys = new TreeSet<>();
        desk.keySet().forEach(key -> keys.add(String.valueOf(key)));
        devDesk.keySet().forEach(key -> keys.add(String.valueOf(key)));
        for (String key : keys) {
            if (!DESK_FIELDS_PER_ENVIRONMENT.contains(key) && !Objects.equals(desk.get(key), devDesk.get(key))) {
                problems.add(at + ": client " + DESK_CLIENT + " " + key + " is " + desk.get(key) + ", the development "
                        + "realm has " + devDesk.get(key));
            }
        }
        Map<Object, Object> attributes =
                new LinkedHashMap<>(desk.get("attributes") instanceof Map<?, ?> a ? a : Map.of());
        Map<Object, Object> devAttributes =
                new LinkedHashMap<>(devDesk.get("attributes") instanceof Map<?, ?> a ? a : Map.of());
        Object logout = attributes.remove(DESK_LOGOUT_REDIRECTS);
        devAttributes.remove(DESK_LOGOUT_REDIRECTS);
        if (!attributes.equals(devAttributes)) {
            problems.add(at + ": client " + DESK_CLIENT + " attributes " + attributes + ", the development realm has "
                    + devAttributes + " (only " + DESK_LOGOUT_REDIRECTS + " may differ)");
        }
        List<String> uris = new ArrayList<>();
        if (desk.get("redirectUris") instanceof List<?> list) {
            list.forEach(uri -> uris.add(String.valueOf(uri)));
        }
        if (uris.isEmpty()) {
            problems.add(at + ": client " + DESK_CLIENT + " has no redirect URIs");
        }
        if (logout != null) {
            uris.addAll(List.of(String.valueOf(logout).split("##")));
        }
        for (String uri : uris) {
            if (!uri.startsWith("https://") || uri.contains("localhost") || uri.contains("127.0.0.1")) {
                problems.add(at + ": client " + DESK_CLIENT + " redirects to " + uri + " (expected the public https "
                        + "host names)");
            }
        }
        return problems;
    }

    // --- network policies of the identity provider

    List<String> networkPoliciesReachTheProvider(Render render) {
        List<String> problems = new ArrayList<>();
        List<GenericKubernetesResource> keycloaks = render.custom(KEYCLOAK, "Keycloak");
        List<Deployment> serviceDeployments = services.stream()
                .map(service -> render.find(Deployment.class, service.name()))
                .flatMap(Optional::stream)
                .toList();
        // the services: DNS, their database, Kafka, the collector, and the provider's JWKS; nothing else
        for (Deployment deployment : serviceDeployments) {
            String at = Render.id(deployment);
            Map<String, String> labels =
                    deployment.getSpec().getTemplate().getMetadata().getLabels();
            boolean toKeycloak = false;
            boolean toExternal = false;
            for (NetworkPolicyEgressRule rule : egressOf(render, labels)) {
                Set<Integer> ports = ports(rule.getPorts());
                for (NetworkPolicyPeer peer : rule.getTo()) {
                    Map<String, String> pods = matchLabels(peer.getPodSelector());
                    String namespace = namespaceOf(peer);
                    if (peer.getIpBlock() != null) {
                        toExternal = true;
                        if (!EXTERNAL.equals(render.identityProvider)) {
                            problems.add(at + ": egress to " + peer.getIpBlock().getCidr()
                                    + " although the provider is in the cluster");
                        }
                        if (!ports.equals(Set.of(443))) {
                            problems.add(at + ": egress to the provider "
                                    + peer.getIpBlock().getCidr() + " on " + ports + ", expected 443 only");
                        }
                    } else if ("keycloak".equals(pods.get("app"))) {
                        toKeycloak = true;
                        Optional<GenericKubernetesResource> keycloak = keycloaks.stream()
                                .filter(k -> keycloakPods(k.getMetadata().getName())
                                        .entrySet()
                                        .containsAll(pods.entrySet()))
                                .findFirst();
                        if (keycloak.isEmpty() || namespace != null) {
                            problems.add(
                                    at + ": egress to Keycloak pods " + pods + " of no Keycloak in this namespace");
                        } else if (!ports.equals(Set.of(httpPort(keycloak.get())))) {
                            problems.add(at + ": egress to Keycloak on " + ports + ", expected its http port "
                                    + httpPort(keycloak.get()) + " (the JWKS) and nothing else");
                        }
                    } else if (pods.containsKey("cnpg.io/cluster")
                            || pods.containsKey("strimzi.io/cluster")
                            || "kube-system".equals(namespace) && "kube-dns".equals(pods.get("k8s-app"))
                            || "observability".equals(namespace)
                                    && "otel-collector".equals(pods.get("app.kubernetes.io/name"))) {
                        continue; // the database, Kafka, DNS and the collector: checked by networkPoliciesFit
                    } else {
                        problems.add(at + ": egress to an unexpected peer " + peer);
                    }
                }
            }
            if (IN_CLUSTER.equals(render.identityProvider) && !toKeycloak) {
                problems.add(at + ": no egress to Keycloak's http port (the JWKS)");
            }
            if (EXTERNAL.equals(render.identityProvider) && !toExternal) {
                problems.add(at + ": no egress to the external provider (an ipBlock on 443)");
            }
        }
        // Keycloak: in from the ingress controller, the services (JWKS) and its peers; out to DNS, its database, peers
        for (GenericKubernetesResource keycloak : keycloaks) {
            String name = keycloak.getMetadata().getName();
            String at = Render.id(keycloak) + " pods";
            Map<String, String> pods = keycloakPods(name);
            String database = databaseCluster(keycloak);
            List<NetworkPolicy> policies = policiesOf(render, pods);
            if (policies.isEmpty()
                    || policies.stream()
                            .noneMatch(p -> p.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress")))) {
                problems.add(at + ": no NetworkPolicy with both policy types selects them (their default deny)");
            }
            boolean fromIngressController = false;
            Set<String> servicesIn = new TreeSet<>();
            for (NetworkPolicyIngressRule rule : policies.stream()
                    .flatMap(p -> Optional.ofNullable(p.getSpec().getIngress()).orElse(List.of()).stream())
                    .toList()) {
                Set<Integer> ports = ports(rule.getPorts());
                if (ports.isEmpty() || rule.getFrom() == null || rule.getFrom().isEmpty()) {
                    problems.add(at + ": an ingress rule allows every port or every source");
                    continue;
                }
                for (NetworkPolicyPeer peer : rule.getFrom()) {
                    Map<String, String> from = matchLabels(peer.getPodSelector());
                    String namespace = namespaceOf(peer);
                    List<String> selected = serviceDeployments.stream()
                            .filter(d -> ManifestsTest.matches(
                                    from,
                                    d.getSpec().getTemplate().getMetadata().getLabels()))
                            .map(d -> d.getMetadata().getName())
                            .toList();
                    if ("ingress-nginx".equals(namespace)) {
                        fromIngressController = true;
                        if (!ports.equals(Set.of(httpsPort(keycloak)))) {
                            problems.add(at + ": the ingress controller may reach " + ports + ", expected the https "
                                    + "port " + httpsPort(keycloak) + " only");
                        }
                    } else if (namespace == null && !from.isEmpty() && !selected.isEmpty()) {
                        servicesIn.addAll(selected);
                        if (!ports.equals(Set.of(httpPort(keycloak)))) {
                            problems.add(at + ": the services " + selected + " may reach " + ports + ", expected the "
                                    + "http port " + httpPort(keycloak) + " (the JWKS) only");
                        }
                    } else if (namespace == null && from.equals(pods)) {
                        if (!Set.of(JGROUPS_DATA_PORT, JGROUPS_FAILURE_DETECTION_PORT)
                                .containsAll(ports)) {
                            problems.add(at + ": its peers may reach " + ports + ", expected the JGroups ports");
                        }
                    } else {
                        problems.add(at + ": ingress from an unexpected peer " + peer);
                    }
                }
            }
            if (!fromIngressController) {
                problems.add(at + ": the ingress controller cannot reach Keycloak");
            }
            List<String> missing = serviceDeployments.stream()
                    .map(d -> d.getMetadata().getName())
                    .filter(service -> !servicesIn.contains(service))
                    .toList();
            if (!missing.isEmpty()) {
                problems.add(at + ": " + missing + " cannot reach Keycloak's JWKS");
            }
            problems.addAll(egressToDnsAndDatabase(
                    at,
                    policies.stream()
                            .flatMap(p -> Optional.ofNullable(p.getSpec().getEgress()).orElse(List.of()).stream())
                            .toList(),
                    database,
                    pods));
            // the realm import Job: nothing in, DNS and the database out
            String job = "the realm import Job of " + Render.id(keycloak);
            List<NetworkPolicy> jobPolicies = policiesOf(render, realmImportPods(name));
            if (jobPolicies.isEmpty()
                    || jobPolicies.stream()
                            .noneMatch(p -> p.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress")))) {
                problems.add(job + ": no NetworkPolicy with both policy types selects its pod");
            }
            if (jobPolicies.stream()
                    .anyMatch(p -> p.getSpec().getIngress() != null
                            && !p.getSpec().getIngress().isEmpty())) {
                problems.add(job + ": ingress allowed, but nothing calls it");
            }
            problems.addAll(egressToDnsAndDatabase(
                    job,
                    jobPolicies.stream()
                            .flatMap(p -> Optional.ofNullable(p.getSpec().getEgress()).orElse(List.of()).stream())
                            .toList(),
                    database,
                    null));
        }
        return problems;
    }

    /** DNS and the one database cluster on 5432 are required; JGroups to {@code peers} is allowed; nothing else. */
    private static List<String> egressToDnsAndDatabase(
            String at, List<NetworkPolicyEgressRule> egress, String database, Map<String, String> peers) {
        List<String> problems = new ArrayList<>();
        boolean dns = false;
        boolean toDatabase = false;
        for (NetworkPolicyEgressRule rule : egress) {
            Set<Integer> ports = ports(rule.getPorts());
            if (rule.getTo() == null || rule.getTo().isEmpty() || ports.isEmpty()) {
                problems.add(at + ": an egress rule allows every destination or every port");
                continue;
            }
            for (NetworkPolicyPeer peer : rule.getTo()) {
                Map<String, String> to = matchLabels(peer.getPodSelector());
                String namespace = namespaceOf(peer);
                if ("kube-system".equals(namespace)
                        && "kube-dns".equals(to.get("k8s-app"))
                        && ports.equals(Set.of(53))) {
                    dns = true;
                } else if (namespace == null && to.containsKey("cnpg.io/cluster")) {
                    if (!to.get("cnpg.io/cluster").equals(database)) {
                        problems.add(at + ": egress to the PostgreSQL cluster " + to.get("cnpg.io/cluster")
                                + ", expected only its own " + database);
                    } else if (!ports.equals(Set.of(5432))) {
                        problems.add(at + ": egress to its database on " + ports + ", expected 5432");
                    } else {
                        toDatabase = true;
                    }
                } else if (namespace == null && peers != null && to.equals(peers)) {
                    if (!Set.of(JGROUPS_DATA_PORT, JGROUPS_FAILURE_DETECTION_PORT)
                            .containsAll(ports)) {
                        problems.add(at + ": egress to its peers on " + ports + ", expected the JGroups ports");
                    }
                } else {
                    problems.add(at + ": egress to an unexpected peer " + peer);
                }
            }
        }
        if (!dns) {
            problems.add(at + ": no egress to DNS (port 53 of kube-dns)");
        }
        if (!toDatabase) {
            problems.add(at + ": no egress to its PostgreSQL cluster " + database + " on 5432");
        }
        return problems;
    }

    // --- helpers

    static Container firstContainer(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static String label(HasMetadata object, String key) {
        Map<String, String> labels = object.getMetadata().getLabels();
        return labels == null ? null : labels.get(key);
    }

    private static int httpPort(GenericKubernetesResource keycloak) {
        return Render.at(keycloak, "spec", "http", "httpPort") instanceof Number port
                ? port.intValue()
                : DEFAULT_HTTP_PORT;
    }

    private static int httpsPort(GenericKubernetesResource keycloak) {
        return Render.at(keycloak, "spec", "http", "httpsPort") instanceof Number port
                ? port.intValue()
                : DEFAULT_HTTPS_PORT;
    }

    private static String databaseCluster(GenericKubernetesResource keycloak) {
        String host = String.valueOf(Render.at(keycloak, "spec", "db", "host"));
        return host.endsWith("-rw") ? host.substring(0, host.length() - 3) : host;
    }

    private static Map<String, String> options(GenericKubernetesResource keycloak) {
        Map<String, String> options = new LinkedHashMap<>();
        if (Render.at(keycloak, "spec", "additionalOptions") instanceof List<?> list) {
            for (Object option : list) {
                if (option instanceof Map<?, ?> o && o.get("value") != null) {
                    options.put(String.valueOf(o.get("name")), String.valueOf(o.get("value")));
                }
            }
        }
        return options;
    }

    private static List<String> resources(String at, Object resources) {
        if (!(resources instanceof Map<?, ?> map)) {
            return List.of(at + ": no spec.resources");
        }
        List<String> problems = new ArrayList<>();
        Map<?, ?> requests = map.get("requests") instanceof Map<?, ?> r ? r : Map.of();
        Map<?, ?> limits = map.get("limits") instanceof Map<?, ?> l ? l : Map.of();
        for (String resource : List.of("cpu", "memory")) {
            if (requests.get(resource) == null || limits.get(resource) == null) {
                problems.add(at + ": no " + resource + " request and limit in spec.resources");
            } else if (Quantity.getAmountInBytes(new Quantity(String.valueOf(requests.get(resource))))
                            .compareTo(Quantity.getAmountInBytes(new Quantity(String.valueOf(limits.get(resource)))))
                    > 0) {
                problems.add(at + ": " + resource + " request above the limit");
            }
        }
        return problems;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> realmTree(GenericKubernetesResource realmImport) {
        return Render.at(realmImport, "spec", "realm") instanceof Map<?, ?> realm
                ? (Map<String, Object>) realm
                : Map.of();
    }

    /** The audience the client scope vinhdanh-api's audience mapper puts into access tokens. */
    static String audienceOf(Map<String, Object> realm) {
        if (byKey(realm.get("clientScopes"), "name").get(API_SCOPE) instanceof Map<?, ?> scope
                && scope.get("protocolMappers") instanceof List<?> mappers) {
            for (Object mapper : mappers) {
                if (mapper instanceof Map<?, ?> m
                        && "oidc-audience-mapper".equals(m.get("protocolMapper"))
                        && m.get("config") instanceof Map<?, ?> config) {
                    return String.valueOf(config.get("included.custom.audience"));
                }
            }
        }
        return null;
    }

    /** The declarative user profile's configuration, parsed (its JSON text may be laid out differently). */
    static Object userProfile(Map<String, Object> realm) {
        if (realm.get("components") instanceof Map<?, ?> components
                && components.get(USER_PROFILE) instanceof List<?> providers
                && !providers.isEmpty()
                && providers.get(0) instanceof Map<?, ?> provider
                && provider.get("config") instanceof Map<?, ?> config
                && config.get(USER_PROFILE_CONFIG) instanceof List<?> values
                && values.size() == 1) {
            return List.of(
                    provider.get("providerId"),
                    String.valueOf(provider.get("subComponents")),
                    Render.tree(String.valueOf(values.get(0))));
        }
        return null;
    }

    static Map<String, Object> byKey(Object list, String key) {
        Map<String, Object> byKey = new LinkedHashMap<>();
        if (list instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> map) {
                    byKey.put(String.valueOf(map.get(key)), item);
                }
            }
        }
        return byKey;
    }

    interface Visitor {
        void visit(String path, String key, Object value);
    }

    private static void walk(Object node, String path, Visitor visitor) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                visitor.visit(path + "." + key, String.valueOf(key), value);
                walk(value, path + "." + key, visitor);
            });
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                visitor.visit(path + "[" + i + "]", null, list.get(i));
                walk(list.get(i), path + "[" + i + "]", visitor);
            }
        }
    }

    private static List<NetworkPolicy> policiesOf(Render render, Map<String, String> podLabels) {
        return render.all(NetworkPolicy.class).stream()
                .filter(p -> ManifestsTest.matches(p.getSpec().getPodSelector().getMatchLabels(), podLabels))
                .toList();
    }

    private static List<NetworkPolicyEgressRule> egressOf(Render render, Map<String, String> podLabels) {
        return policiesOf(render, podLabels).stream()
                .flatMap(p -> Optional.ofNullable(p.getSpec().getEgress()).orElse(List.of()).stream())
                .filter(rule -> rule.getTo() != null)
                .toList();
    }

    private static Map<String, String> matchLabels(LabelSelector selector) {
        return selector == null || selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
    }

    /** The namespace a peer names through kubernetes.io/metadata.name; null for the policy's own namespace. */
    private static String namespaceOf(NetworkPolicyPeer peer) {
        if (peer.getNamespaceSelector() == null) {
            return null;
        }
        return matchLabels(peer.getNamespaceSelector()).getOrDefault("kubernetes.io/metadata.name", "(any)");
    }

    private static Set<Integer> ports(List<NetworkPolicyPort> ports) {
        return Optional.ofNullable(ports).orElse(List.of()).stream()
                .map(NetworkPolicyPort::getPort)
                .filter(Objects::nonNull)
                .map(port -> port.getIntVal() != null ? port.getIntVal() : -1)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
