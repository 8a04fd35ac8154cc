package vn.vinhdanh.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.vinhdanh.events.Topics;

/**
 * Renders every overlay under deploy/k8s/overlays with {@code kubectl kustomize} and checks the objects against each
 * other and against the services' own configuration. Fails (never skips) when kubectl is missing.
 */
class ManifestsTest {

    /**
     * Secrets the Deployments may reference although no manifest here creates them, and why. Secrets created by a
     * CloudNativePG Cluster of the render ({@code <cluster>-app}) are derived from the render, not listed here.
     */
    static final Map<String, ExternalSecret> EXTERNAL_SECRETS = Map.of(
            "keycloak-tls",
            new ExternalSecret(
                    Set.of("tls.crt", "tls.key"),
                    "the certificate of the in-cluster Keycloak's public host name for its HTTPS listener "
                            + "(kubernetes.io/tls), from cert-manager or the platform team (deploy/k8s/README.md)"),
            "vinhdanh-desk-client",
            new ExternalSecret(
                    Set.of("client-secret"),
                    "the desk client's secret, which the Keycloak Operator puts into the realm import "
                            + "(spec.placeholders); created by the platform team (deploy/k8s/README.md)"),
            "vinhdanh-desk-session",
            new ExternalSecret(
                    Set.of("state-secret", "session-secret", "csrf-key"),
                    "the desk's secrets, the same in every pod of a service: the sign-in state, the session cookie's "
                            + "encryption, the forms' CSRF tokens; created by the platform team (deploy/k8s/README.md)"),
            IdentityChecks.API_CLIENT_SECRET,
            new ExternalSecret(
                    Set.of("client-secret"),
                    "the secret of the services' client vinhdanh-api, with which they introspect tokens; the "
                            + "Keycloak Operator puts it into the realm import too (spec.placeholders); created by "
                            + "the platform team (deploy/k8s/README.md)"));

    /** The keys CloudNativePG writes into the {@code <cluster>-app} secret of a Cluster bootstrapped with initdb. */
    static final Set<String> CNPG_APP_SECRET_KEYS =
            Set.of("username", "password", "host", "port", "dbname", "uri", "jdbc-uri", "pgpass");

    /** The development realm, which the production realm import must follow (IdentityChecks). */
    static final String DEV_REALM = "deploy/keycloak/realm/vinhdanh-realm.json";

    /** An overlay's base line for the in-cluster Keycloak; the province's provider replaces it (README). */
    static final Pattern KEYCLOAK_BASE = Pattern.compile("(?m)^(\\s*-\\s*)keycloak\\s*$");

    static final Pattern EXTERNAL_IDP_BASE = Pattern.compile("(?m)^\\s*-\\s*\\.\\./\\.\\./external-idp\\s*$");

    static final String IMAGE_REPOSITORY = "registry.example.org/vinhdanh/";
    static final String CNPG = "postgresql.cnpg.io";
    static final String STRIMZI = "kafka.strimzi.io";

    record ExternalSecret(Set<String> keys, String reason) {}

    static Path repoRoot;
    static List<ServiceConfig> services;
    static Set<String> topicsInUse;
    static Map<String, Object> devRealm;
    static IdentityChecks identity;

    @BeforeAll
    static void readTheServices() throws IOException {
        repoRoot = Path.of(System.getProperty("vinhdanh.repo.root", "../.."))
                .toAbsolutePath()
                .normalize();
        services = ServiceConfig.discover(repoRoot);
        topicsInUse = new TreeSet<>(producedTopics());
        services.forEach(service -> topicsInUse.addAll(service.topicsItWritesOrReads()));
        devRealm = Render.tree(Files.readString(repoRoot.resolve(DEV_REALM)));
        identity = new IdentityChecks(devRealm, services);
    }

    /** Guards against a vacuous pass: the discovery must find what the README describes. */
    @Test
    void theServicesAndTheirTopicsAreFound() {
        assertThat(services)
                .extracting(ServiceConfig::name)
                .containsExactlyInAnyOrder(
                        "nomination-service", "review-service", "award-service", "publicity-service");
        assertThat(services)
                .allSatisfy(service -> assertThat(service.inputTopics()).isNotEmpty());
        assertThat(topicsInUse)
                .contains(Topics.NOMINATION_EVENTS, Topics.AWARD_CATALOGUE, Topics.deadLetterTopicOf("award-service"))
                // four event topics, the award catalogue and four dead-letter topics
                .hasSize(9);
    }

    /** Guards the identity checks against a vacuous pass: what they compare with must be there. */
    @Test
    void theIdentityConfigurationAndTheDevelopmentRealmAreFound() throws IOException {
        assertThat(ServiceConfig.identityPlaceholders(repoRoot))
                .containsExactlyInAnyOrderElementsOf(IdentityChecks.IDENTITY_VARIABLES);
        assertThat(services)
                .allSatisfy(
                        service -> assertThat(service.placeholders()).containsAll(IdentityChecks.IDENTITY_VARIABLES));
        assertThat(devRealm.get("realm")).isEqualTo("vinhdanh");
        assertThat(IdentityChecks.byKey(((Map<?, ?>) devRealm.get("roles")).get("realm"), "name"))
                .containsOnlyKeys("agency", "council-secretary", "council-member", "award-officer", "editor", "admin");
        Object scope =
                IdentityChecks.byKey(devRealm.get("clientScopes"), "name").get(IdentityChecks.API_SCOPE);
        assertThat(IdentityChecks.byKey(((Map<?, ?>) scope).get("protocolMappers"), "name"))
                .containsOnlyKeys("groups", "agency", "seat", "audience vinhdanh-api");
        assertThat(IdentityChecks.audienceOf(devRealm)).isEqualTo("vinhdanh-api");
        assertThat(IdentityChecks.userProfile(devRealm)).isNotNull();
        assertThat(IdentityChecks.byKey(devRealm.get("clients"), "clientId"))
                .containsKeys(IdentityChecks.DESK_CLIENT, IdentityChecks.DEV_CLIENT);
    }

    @TestFactory
    Stream<DynamicNode> everyOverlay() throws Exception {
        Path kubectl = Render.kubectl()
                .orElseThrow(() -> new AssertionError(
                        "kubectl is not on the PATH: install Debian's kubernetes-client (apt-get install kubernetes-client; "
                                + ".ci/run does it when it is missing). This test renders the overlays with kubectl kustomize "
                                + "and does not skip."));
        Path overlays = repoRoot.resolve("deploy/k8s/overlays");
        List<Path> dirs;
        try (Stream<Path> list = Files.list(overlays)) {
            dirs = list.filter(dir -> Files.isRegularFile(dir.resolve("kustomization.yaml")))
                    .sorted()
                    .toList();
        }
        assertThat(dirs).extracting(dir -> dir.getFileName().toString()).contains("dev", "prod");
        List<Render> renders = new ArrayList<>();
        // the documented switch to the province's own provider (deploy/k8s/README.md): in a copy of deploy/k8s, each
        // overlay that includes the in-cluster Keycloak gets ../../external-idp instead, and must pass every check too
        Path copy = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "k8s-external-idp-");
        copyTree(repoRoot.resolve("deploy/k8s"), copy);
        for (Path dir : dirs) {
            String name = dir.getFileName().toString();
            String kustomization = Files.readString(dir.resolve("kustomization.yaml"));
            Matcher keycloak = KEYCLOAK_BASE.matcher(kustomization);
            boolean inCluster = keycloak.find();
            String provider = inCluster
                    ? IdentityChecks.IN_CLUSTER
                    : EXTERNAL_IDP_BASE.matcher(kustomization).find() ? IdentityChecks.EXTERNAL : null;
            renders.add(Render.of(kubectl, dir, name, provider));
            if (inCluster) {
                Path variant = copy.resolve("overlays").resolve(name);
                Files.writeString(
                        variant.resolve("kustomization.yaml"),
                        KEYCLOAK_BASE.matcher(kustomization).replaceFirst("$1../../external-idp"));
                renders.add(Render.of(kubectl, variant, name + "+external-idp", IdentityChecks.EXTERNAL));
            }
        }
        deleteTree(copy); // rendered: the checks below read the objects
        assertThat(renders)
                .filteredOn(r -> r.overlay.equals("dev") || r.overlay.equals("prod"))
                .as("dev and prod include the in-cluster Keycloak (the base line \"- keycloak\")")
                .allMatch(r -> IdentityChecks.IN_CLUSTER.equals(r.identityProvider));
        List<DynamicNode> nodes = new ArrayList<>();
        for (Render render : renders) {
            System.out.printf("overlay %s: %d objects %s%n", render.overlay, render.objects.size(), census(render));
            nodes.add(dynamicContainer(
                    render.overlay,
                    Stream.of(
                            check(
                                    "every service has its Deployment, Service, HPA, PDB and NetworkPolicy",
                                    render,
                                    this::everyServiceIsDeployed),
                            check(
                                    "Deployments: probes, resources, security context, graceful shutdown, image",
                                    render,
                                    this::deploymentsAreHardened),
                            check(
                                    "secret and config map references resolve, with their keys",
                                    render,
                                    this::referencesResolve),
                            check(
                                    "the environment covers what application.properties reads",
                                    render,
                                    this::environmentIsComplete),
                            check("Service selectors and target ports match the pods", render, this::servicesMatchPods),
                            check(
                                    "HPAs and PDBs target existing Deployments within the partitions",
                                    render,
                                    this::autoscalingFits),
                            check(
                                    "NetworkPolicies: default deny, own port in, own database and Kafka out",
                                    render,
                                    this::networkPoliciesFit),
                            check(
                                    "every topic the services use is a KafkaTopic the cluster can hold",
                                    render,
                                    this::topicsExist),
                            check(
                                    "each service's database is a CloudNativePG Cluster; backups point at it",
                                    render,
                                    this::databasesExist),
                            check(
                                    "Prometheus scrapes /q/metrics of every service through a ServiceMonitor",
                                    render,
                                    this::metricsAreScraped),
                            check(
                                    "each desk's https host is routed by an Ingress under TLS to its service, which"
                                            + " trusts the forwarded scheme",
                                    render,
                                    r -> DeskRoutes.problems(r, services)),
                            check(
                                    "the services' issuer, JWKS URL and audience are those of the identity provider",
                                    render,
                                    identity::servicesTrustTheProvider),
                            check(
                                    "Keycloak: its own CloudNativePG database, TLS from a Secret, host name, health",
                                    render,
                                    identity::keycloakIsDeployed),
                            check(
                                    "the realm import is the development realm without users, dev clients or secrets",
                                    render,
                                    identity::realmImportMatchesTheDevelopmentRealm),
                            check(
                                    "NetworkPolicies: services to the provider's JWKS only, Keycloak to DNS and its "
                                            + "database",
                                    render,
                                    identity::networkPoliciesReachTheProvider))));
        }
        return nodes.stream();
    }

    private static DynamicNode check(String name, Render render, Function<Render, List<String>> check) {
        return dynamicTest(
                name,
                () -> assertThat(check.apply(render))
                        .as("overlay %s: %s", render.overlay, name)
                        .isEmpty());
    }

    // --- the checks: each returns the problems it found

    List<String> metricsAreScraped(Render render) {
        List<String> problems = new ArrayList<>();
        List<GenericKubernetesResource> monitors = render.custom("monitoring.coreos.com", "ServiceMonitor");
        for (ServiceConfig service : services) {
            Optional<Service> found = render.find(Service.class, service.name());
            if (found.isEmpty()) {
                continue;
            }
            Map<String, String> labels =
                    Optional.ofNullable(found.get().getMetadata().getLabels()).orElse(Map.of());
            Set<String> portNames = new TreeSet<>();
            found.get().getSpec().getPorts().forEach(port -> portNames.add(port.getName()));
            boolean scraped = false;
            for (GenericKubernetesResource monitor : monitors) {
                Object selector = Render.at(monitor, "spec", "selector", "matchLabels");
                boolean selects = selector instanceof Map<?, ?> wanted
                        && !wanted.isEmpty()
                        && wanted.entrySet().stream()
                                .allMatch(e ->
                                        String.valueOf(e.getValue()).equals(labels.get(String.valueOf(e.getKey()))));
                Object endpoints = Render.at(monitor, "spec", "endpoints");
                if (!selects || !(endpoints instanceof List<?> list)) {
                    continue;
                }
                for (Object endpoint : list) {
                    if (endpoint instanceof Map<?, ?> e
                            && portNames.contains(String.valueOf(e.get("port")))
                            && "/q/metrics".equals(String.valueOf(e.get("path")))) {
                        scraped = true;
                    }
                }
            }
            if (!scraped) {
                problems.add("no ServiceMonitor scrapes /q/metrics on a named port of Service " + service.name());
            }
        }
        return problems;
    }

    List<String> everyServiceIsDeployed(Render render) {
        List<String> problems = new ArrayList<>();
        for (ServiceConfig service : services) {
            String name = service.name();
            if (render.find(Deployment.class, name).isEmpty()) {
                problems.add("no Deployment " + name);
            }
            if (render.find(Service.class, name).isEmpty()) {
                problems.add("no Service " + name);
            }
            if (render.all(HorizontalPodAutoscaler.class).stream()
                    .noneMatch(h -> name.equals(h.getSpec().getScaleTargetRef().getName()))) {
                problems.add("no HorizontalPodAutoscaler for " + name);
            }
            if (render.find(PodDisruptionBudget.class, name).isEmpty()) {
                problems.add("no PodDisruptionBudget " + name);
            }
            if (render.find(NetworkPolicy.class, name).isEmpty()) {
                problems.add("no NetworkPolicy " + name);
            }
        }
        return problems;
    }

    List<String> deploymentsAreHardened(Render render) {
        List<String> problems = new ArrayList<>();
        assertThat(render.all(Deployment.class)).isNotEmpty();
        for (Deployment deployment : render.all(Deployment.class)) {
            String where = Render.id(deployment);
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            PodSecurityContext podSecurity =
                    Optional.ofNullable(pod.getSecurityContext()).orElse(new PodSecurityContext());
            boolean seccompOnPod = podSecurity.getSeccompProfile() != null
                    && "RuntimeDefault".equals(podSecurity.getSeccompProfile().getType());
            Map<String, Volume> volumes = new LinkedHashMap<>();
            Optional.ofNullable(pod.getVolumes()).orElse(List.of()).forEach(v -> volumes.put(v.getName(), v));
            for (Container container : pod.getContainers()) {
                String at = where + " container " + container.getName();
                problems.addAll(probe(at, "liveness", container.getLivenessProbe(), "/q/health/live", container));
                problems.addAll(probe(at, "readiness", container.getReadinessProbe(), "/q/health/ready", container));
                if (container.getStartupProbe() == null) {
                    problems.add(at + ": no startupProbe");
                }
                problems.addAll(resources(at, container));
                SecurityContext security =
                        Optional.ofNullable(container.getSecurityContext()).orElse(new SecurityContext());
                if (!Boolean.TRUE.equals(security.getRunAsNonRoot())
                        && !Boolean.TRUE.equals(podSecurity.getRunAsNonRoot())) {
                    problems.add(at + ": runAsNonRoot is not true");
                }
                Long user = security.getRunAsUser() != null ? security.getRunAsUser() : podSecurity.getRunAsUser();
                if (user != null && user == 0) {
                    problems.add(at + ": runs as user 0");
                }
                if (!Boolean.TRUE.equals(security.getReadOnlyRootFilesystem())) {
                    problems.add(at + ": readOnlyRootFilesystem is not true");
                }
                if (!Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())) {
                    problems.add(at + ": allowPrivilegeEscalation is not false");
                }
                if (security.getPrivileged() != null && security.getPrivileged()) {
                    problems.add(at + ": privileged");
                }
                if (security.getCapabilities() == null
                        || security.getCapabilities().getDrop() == null
                        || !security.getCapabilities().getDrop().contains("ALL")) {
                    problems.add(at + ": capabilities do not drop ALL");
                }
                boolean seccomp = seccompOnPod
                        || security.getSeccompProfile() != null
                                && "RuntimeDefault"
                                        .equals(security.getSeccompProfile().getType());
                if (!seccomp) {
                    problems.add(at + ": no RuntimeDefault seccomp profile");
                }
                Optional<VolumeMount> tmp = Optional.ofNullable(container.getVolumeMounts()).orElse(List.of()).stream()
                        .filter(m -> "/tmp".equals(m.getMountPath()))
                        .findFirst();
                if (tmp.isEmpty()
                        || volumes.get(tmp.get().getName()) == null
                        || volumes.get(tmp.get().getName()).getEmptyDir() == null) {
                    problems.add(at + ": /tmp is not an emptyDir (the root filesystem is read-only)");
                }
                problems.addAll(gracefulShutdown(at, pod, container));
                problems.addAll(javaOptions(at, render, container));
                String image = container.getImage();
                String expected = IMAGE_REPOSITORY + deployment.getMetadata().getName() + ":";
                if (image == null || !image.startsWith(expected) || image.endsWith(":latest")) {
                    problems.add(
                            at + ": image " + image + " is not " + expected + "<tag> with a tag set by the overlay");
                }
            }
        }
        return problems;
    }

    private static List<String> probe(String at, String kind, Probe probe, String path, Container container) {
        if (probe == null || probe.getHttpGet() == null) {
            return List.of(at + ": no HTTP " + kind + " probe");
        }
        HTTPGetAction get = probe.getHttpGet();
        List<String> problems = new ArrayList<>();
        if (!path.equals(get.getPath())) {
            problems.add(at + ": " + kind + " probe path " + get.getPath() + ", expected " + path);
        }
        if (containerPort(container, get.getPort()).isEmpty()) {
            problems.add(at + ": " + kind + " probe port " + portText(get.getPort()) + " is no container port");
        }
        return problems;
    }

    private static List<String> resources(String at, Container container) {
        List<String> problems = new ArrayList<>();
        if (container.getResources() == null) {
            return List.of(at + ": no resources");
        }
        Map<String, Quantity> requests =
                Optional.ofNullable(container.getResources().getRequests()).orElse(Map.of());
        Map<String, Quantity> limits =
                Optional.ofNullable(container.getResources().getLimits()).orElse(Map.of());
        for (String resource : List.of("cpu", "memory")) {
            Quantity request = requests.get(resource);
            Quantity limit = limits.get(resource);
            if (request == null) {
                problems.add(at + ": no " + resource + " request");
            }
            if (limit == null) {
                problems.add(at + ": no " + resource + " limit");
            }
            if (request != null
                    && limit != null
                    && Quantity.getAmountInBytes(request).compareTo(Quantity.getAmountInBytes(limit)) > 0) {
                problems.add(at + ": " + resource + " request " + request + " above the limit " + limit);
            }
        }
        return problems;
    }

    private static final Pattern SLEEP = Pattern.compile("^(\\d+)$");

    private static List<String> gracefulShutdown(String at, PodSpec pod, Container container) {
        List<String> problems = new ArrayList<>();
        long grace = pod.getTerminationGracePeriodSeconds() == null ? 30 : pod.getTerminationGracePeriodSeconds();
        if (pod.getTerminationGracePeriodSeconds() == null) {
            problems.add(at + ": no terminationGracePeriodSeconds");
        }
        List<String> command = container.getLifecycle() == null
                        || container.getLifecycle().getPreStop() == null
                        || container.getLifecycle().getPreStop().getExec() == null
                ? List.of()
                : container.getLifecycle().getPreStop().getExec().getCommand();
        if (command.size() != 2
                || !"sleep".equals(command.get(0))
                || !SLEEP.matcher(command.get(1)).matches()) {
            problems.add(at + ": preStop is not [sleep, <seconds>]: " + command);
        } else if (Long.parseLong(command.get(1)) >= grace) {
            problems.add(at + ": the preStop sleep uses up the whole termination grace period " + grace + " s");
        }
        return problems;
    }

    private static final Pattern MAX_RAM_PERCENTAGE = Pattern.compile("-XX:MaxRAMPercentage=([0-9.]+)");
    private static final Pattern XMX = Pattern.compile("-Xmx(\\d+[kKmMgG]?)");

    /** JAVA_OPTS must size the heap below the memory limit: a percentage of it, or an -Xmx under it. */
    private static List<String> javaOptions(String at, Render render, Container container) {
        String options = envValue(render, container, "JAVA_OPTS");
        if (options == null) {
            return List.of(at + ": no JAVA_OPTS (from the env or its config map)");
        }
        Matcher percentage = MAX_RAM_PERCENTAGE.matcher(options);
        Matcher xmx = XMX.matcher(options);
        if (percentage.find()) {
            double value = Double.parseDouble(percentage.group(1));
            return value > 0 && value <= 75
                    ? List.of()
                    : List.of(at + ": MaxRAMPercentage " + value + " leaves too little for non-heap memory");
        }
        if (xmx.find()) {
            Quantity limit =
                    container.getResources() == null || container.getResources().getLimits() == null
                            ? null
                            : container.getResources().getLimits().get("memory");
            String size = xmx.group(1).toUpperCase();
            Quantity heap = new Quantity(size.replaceAll("([KMG])$", "$1i"));
            if (limit != null
                    && Quantity.getAmountInBytes(heap)
                                    .compareTo(Quantity.getAmountInBytes(limit).multiply(new BigDecimal("0.8")))
                            <= 0) {
                return List.of();
            }
            return List.of(at + ": -Xmx" + xmx.group(1) + " is not below 80 % of the memory limit " + limit);
        }
        return List.of(at + ": JAVA_OPTS sets neither -XX:MaxRAMPercentage nor -Xmx: " + options);
    }

    /** The literal value of an env var, following a configMapKeyRef; null when unset or from a secret. */
    static String envValue(Render render, Container container, String name) {
        for (EnvVar env : Optional.ofNullable(container.getEnv()).orElse(List.of())) {
            if (!name.equals(env.getName())) {
                continue;
            }
            if (env.getValue() != null) {
                return env.getValue();
            }
            if (env.getValueFrom() != null && env.getValueFrom().getConfigMapKeyRef() != null) {
                var ref = env.getValueFrom().getConfigMapKeyRef();
                return render.find(ConfigMap.class, ref.getName())
                        .map(map -> map.getData() == null ? null : map.getData().get(ref.getKey()))
                        .orElse(null);
            }
        }
        return null;
    }

    List<String> referencesResolve(Render render) {
        List<String> problems = new ArrayList<>();
        for (Secret secret : render.all(Secret.class)) {
            boolean hasValues = secret.getData() != null && !secret.getData().isEmpty()
                    || secret.getStringData() != null && !secret.getStringData().isEmpty();
            if (hasValues) {
                problems.add(Render.id(secret) + " carries values: no secret values in git");
            }
        }
        for (Deployment deployment : render.all(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            for (Container container : pod.getContainers()) {
                String at = Render.id(deployment) + " container " + container.getName();
                for (EnvVar env : Optional.ofNullable(container.getEnv()).orElse(List.of())) {
                    if (env.getValueFrom() == null) {
                        continue;
                    }
                    var configKey = env.getValueFrom().getConfigMapKeyRef();
                    if (configKey != null) {
                        problems.addAll(configMapKey(
                                render,
                                at + " env " + env.getName(),
                                configKey.getName(),
                                configKey.getKey(),
                                configKey.getOptional()));
                    }
                    var secretKey = env.getValueFrom().getSecretKeyRef();
                    if (secretKey != null) {
                        problems.addAll(secretKey(
                                render, at + " env " + env.getName(), secretKey.getName(), secretKey.getKey()));
                    }
                }
                for (EnvFromSource from :
                        Optional.ofNullable(container.getEnvFrom()).orElse(List.of())) {
                    if (from.getConfigMapRef() != null) {
                        problems.addAll(configMapKey(
                                render,
                                at + " envFrom",
                                from.getConfigMapRef().getName(),
                                null,
                                from.getConfigMapRef().getOptional()));
                    }
                    if (from.getSecretRef() != null) {
                        problems.addAll(secretKey(
                                render, at + " envFrom", from.getSecretRef().getName(), null));
                    }
                }
            }
            for (Volume volume : Optional.ofNullable(pod.getVolumes()).orElse(List.of())) {
                String at = Render.id(deployment) + " volume " + volume.getName();
                if (volume.getConfigMap() != null) {
                    problems.addAll(configMapKey(
                            render,
                            at,
                            volume.getConfigMap().getName(),
                            null,
                            volume.getConfigMap().getOptional()));
                }
                if (volume.getSecret() != null) {
                    problems.addAll(secretKey(render, at, volume.getSecret().getSecretName(), null));
                }
            }
        }
        return problems;
    }

    private static List<String> configMapKey(Render render, String at, String name, String key, Boolean optional) {
        if (Boolean.TRUE.equals(optional)) {
            return List.of(at + ": optional reference to config map " + name + " hides a missing key");
        }
        Optional<ConfigMap> map = render.find(ConfigMap.class, name);
        if (map.isEmpty()) {
            return List.of(at + ": config map " + name + " is not in the render");
        }
        if (key != null && (map.get().getData() == null || !map.get().getData().containsKey(key))) {
            return List.of(at + ": config map " + name + " has no key " + key);
        }
        return List.of();
    }

    static List<String> secretKey(Render render, String at, String name, String key) {
        Optional<Secret> secret = render.find(Secret.class, name);
        if (secret.isPresent()) {
            return List.of(); // only a Secret without values could be here; its keys are set outside git
        }
        Set<String> keys;
        if (name.endsWith("-app")
                && render.custom(CNPG, "Cluster", name.substring(0, name.length() - 4))
                        .isPresent()) {
            keys = CNPG_APP_SECRET_KEYS;
        } else if (EXTERNAL_SECRETS.containsKey(name)) {
            keys = EXTERNAL_SECRETS.get(name).keys();
        } else {
            return List.of(at + ": secret " + name + " is neither in the render, nor the -app secret of a "
                    + "CloudNativePG Cluster in the render, nor a documented external secret");
        }
        if (key != null && !keys.contains(key)) {
            return List.of(at + ": secret " + name + " has no key " + key + " (it has " + new TreeSet<>(keys) + ")");
        }
        return List.of();
    }

    List<String> environmentIsComplete(Render render) {
        List<String> problems = new ArrayList<>();
        for (ServiceConfig service : services) {
            Optional<Deployment> deployment = render.find(Deployment.class, service.name());
            if (deployment.isEmpty()) {
                continue; // reported by everyServiceIsDeployed
            }
            Container container = deployment
                    .get()
                    .getSpec()
                    .getTemplate()
                    .getSpec()
                    .getContainers()
                    .get(0);
            Set<String> set = new TreeSet<>();
            Optional.ofNullable(container.getEnv()).orElse(List.of()).forEach(env -> set.add(env.getName()));
            Set<String> needed = new TreeSet<>(service.placeholders());
            needed.removeAll(set);
            if (!needed.isEmpty()) {
                problems.add(service.name() + ": the Deployment leaves unset " + needed
                        + " (application.properties or identity's microprofile-config.properties would fall back to "
                        + "its local defaults)");
            }
            Set<String> overriding = new TreeSet<>(IdentityChecks.OVERRIDING_VARIABLES);
            overriding.retainAll(set);
            if (!overriding.isEmpty()) {
                problems.add(service.name() + ": the Deployment sets " + overriding + ", which would override "
                        + "identity's VINHDANH_JWKS_URL, VINHDANH_JWT_ISSUER and VINHDANH_JWT_AUDIENCE");
            }
            if (containerPort(container, new IntOrString(service.httpPort())).isEmpty()) {
                problems.add(service.name() + ": no container port " + service.httpPort()
                        + " (quarkus.http.port in application.properties)");
            }
        }
        return problems;
    }

    List<String> servicesMatchPods(Render render) {
        List<String> problems = new ArrayList<>();
        for (Service service : render.all(Service.class)) {
            Map<String, String> selector = service.getSpec().getSelector();
            if (selector == null || selector.isEmpty()) {
                problems.add(Render.id(service) + ": no selector");
                continue;
            }
            List<Deployment> selected = render.all(Deployment.class).stream()
                    .filter(d -> matches(
                            selector, d.getSpec().getTemplate().getMetadata().getLabels()))
                    .toList();
            if (selected.isEmpty()) {
                problems.add(Render.id(service) + ": selector " + selector + " matches no Deployment's pods");
            }
            for (ServicePort port : service.getSpec().getPorts()) {
                IntOrString target =
                        port.getTargetPort() != null ? port.getTargetPort() : new IntOrString(port.getPort());
                for (Deployment deployment : selected) {
                    boolean found = deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                            .anyMatch(c -> containerPort(c, target).isPresent());
                    if (!found) {
                        problems.add(Render.id(service) + " port " + port.getName() + ": targetPort " + portText(target)
                                + " is no container port of " + Render.id(deployment));
                    }
                }
            }
        }
        return problems;
    }

    List<String> autoscalingFits(Render render) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> partitions = partitionsByTopic(render);
        Map<String, Integer> minReplicas = new TreeMap<>();
        for (HorizontalPodAutoscaler hpa : render.all(HorizontalPodAutoscaler.class)) {
            var target = hpa.getSpec().getScaleTargetRef();
            String at = Render.id(hpa);
            if (!"Deployment".equals(target.getKind())
                    || render.find(Deployment.class, target.getName()).isEmpty()) {
                problems.add(at + ": targets " + target.getKind() + "/" + target.getName() + ", not a Deployment here");
                continue;
            }
            int min = hpa.getSpec().getMinReplicas() == null ? 1 : hpa.getSpec().getMinReplicas();
            int max = hpa.getSpec().getMaxReplicas();
            minReplicas.put(target.getName(), min);
            if (min > max) {
                problems.add(at + ": minReplicas " + min + " > maxReplicas " + max);
            }
            if (render.find(Deployment.class, target.getName()).get().getSpec().getReplicas() != null) {
                problems.add(Render.id(
                                render.find(Deployment.class, target.getName()).get())
                        + ": sets spec.replicas although an HPA scales it (each apply would reset the count)");
            }
            services.stream()
                    .filter(s -> s.name().equals(target.getName()))
                    .findFirst()
                    .ifPresent(service -> {
                        for (String topic : service.inputTopics()) {
                            Integer count = partitions.get(topic);
                            if (count != null && max > count) {
                                problems.add(at + ": maxReplicas " + max + " > " + count + " partitions of input topic "
                                        + topic + " (the extra consumers would get no partition)");
                            }
                        }
                    });
        }
        for (PodDisruptionBudget pdb : render.all(PodDisruptionBudget.class)) {
            String at = Render.id(pdb);
            Map<String, String> selector = pdb.getSpec().getSelector() == null
                    ? null
                    : pdb.getSpec().getSelector().getMatchLabels();
            List<Deployment> selected = selector == null
                    ? List.of()
                    : render.all(Deployment.class).stream()
                            .filter(d -> matches(
                                    selector,
                                    d.getSpec().getTemplate().getMetadata().getLabels()))
                            .toList();
            if (selected.size() != 1) {
                problems.add(at + ": selects " + selected.size() + " Deployments, expected exactly one");
                continue;
            }
            IntOrString minAvailable = pdb.getSpec().getMinAvailable();
            Integer min = minReplicas.get(selected.get(0).getMetadata().getName());
            if (minAvailable != null
                    && minAvailable.getIntVal() != null
                    && min != null
                    && minAvailable.getIntVal() >= min) {
                problems.add(at + ": minAvailable " + minAvailable.getIntVal() + " >= the HPA's minReplicas " + min
                        + ": a node drain could never evict a pod");
            }
            if (minAvailable == null && pdb.getSpec().getMaxUnavailable() == null) {
                problems.add(at + ": neither minAvailable nor maxUnavailable");
            }
        }
        return problems;
    }

    /** Both policy types and no rule: nothing in, nothing out, for the pods it selects. */
    private static boolean isDefaultDeny(NetworkPolicy policy) {
        return (policy.getSpec().getIngress() == null
                        || policy.getSpec().getIngress().isEmpty())
                && (policy.getSpec().getEgress() == null
                        || policy.getSpec().getEgress().isEmpty())
                && policy.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"));
    }

    List<String> networkPoliciesFit(Render render) {
        List<String> problems = new ArrayList<>();
        boolean defaultDeny = render.all(NetworkPolicy.class).stream().anyMatch(ManifestsTest::isDefaultDeny);
        if (!defaultDeny) {
            problems.add("no default-deny NetworkPolicy (Ingress and Egress, no rules)");
        }
        for (Deployment deployment : render.all(Deployment.class)) {
            Map<String, String> labels =
                    deployment.getSpec().getTemplate().getMetadata().getLabels();
            String at = Render.id(deployment);
            List<NetworkPolicy> policies = render.all(NetworkPolicy.class).stream()
                    .filter(p -> matches(p.getSpec().getPodSelector().getMatchLabels(), labels))
                    .toList();
            if (policies.stream().noneMatch(ManifestsTest::isDefaultDeny)) {
                problems.add(at + ": its pods are not under the default deny");
            }
            Container container =
                    deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            List<NetworkPolicyIngressRule> ingress = policies.stream()
                    .flatMap(p -> Optional.ofNullable(p.getSpec().getIngress()).orElse(List.of()).stream())
                    .toList();
            for (NetworkPolicyIngressRule rule : ingress) {
                for (NetworkPolicyPort port :
                        Optional.ofNullable(rule.getPorts()).orElse(List.of())) {
                    if (containerPort(container, port.getPort()).isEmpty()) {
                        problems.add(at + ": ingress allowed on " + portText(port.getPort()) + ", no container port");
                    }
                }
                if (rule.getPorts() == null || rule.getPorts().isEmpty()) {
                    problems.add(at + ": an ingress rule allows every port");
                }
                if (rule.getFrom() == null || rule.getFrom().isEmpty()) {
                    problems.add(at + ": an ingress rule allows every source");
                }
            }
            if (ingress.isEmpty()) {
                problems.add(at + ": no ingress allowed at all (the ingress controller and Prometheus need it)");
            }
            List<NetworkPolicyEgressRule> egress = policies.stream()
                    .flatMap(p -> Optional.ofNullable(p.getSpec().getEgress()).orElse(List.of()).stream())
                    .toList();
            if (egress.stream()
                    .anyMatch(rule -> rule.getTo() == null || rule.getTo().isEmpty())) {
                problems.add(at + ": an egress rule allows every destination");
            }
            Set<String> clusters = new TreeSet<>();
            egress.stream()
                    .flatMap(rule -> rule.getTo().stream())
                    .map(NetworkPolicyPeer::getPodSelector)
                    .filter(Objects::nonNull)
                    .map(selector -> selector.getMatchLabels() == null
                            ? null
                            : selector.getMatchLabels().get("cnpg.io/cluster"))
                    .filter(Objects::nonNull)
                    .forEach(clusters::add);
            String database = databaseCluster(render, container);
            if (database == null) {
                problems.add(at + ": cannot tell its database cluster (VINHDANH_DB_HOST is not <cluster>-rw)");
            } else if (!clusters.equals(Set.of(database))) {
                problems.add(
                        at + ": egress to PostgreSQL clusters " + clusters + ", expected only its own " + database);
            }
            Set<String> kafkaClusters = render.custom(STRIMZI, "Kafka").stream()
                    .map(k -> k.getMetadata().getName())
                    .collect(Collectors.toCollection(TreeSet::new));
            boolean toKafka = egress.stream()
                    .flatMap(rule -> rule.getTo().stream())
                    .map(NetworkPolicyPeer::getPodSelector)
                    .filter(Objects::nonNull)
                    .map(selector -> selector.getMatchLabels() == null
                            ? null
                            : selector.getMatchLabels().get("strimzi.io/cluster"))
                    .filter(Objects::nonNull)
                    .anyMatch(kafkaClusters::contains);
            if (!toKafka) {
                problems.add(at + ": no egress to the pods of a Kafka cluster of the render " + kafkaClusters);
            }
            boolean dns = egress.stream()
                    .anyMatch(rule -> Optional.ofNullable(rule.getPorts()).orElse(List.of()).stream()
                            .anyMatch(p -> p.getPort() != null
                                    && Integer.valueOf(53).equals(p.getPort().getIntVal())));
            if (!dns) {
                problems.add(at + ": no egress to DNS (port 53)");
            }
        }
        return problems;
    }

    List<String> topicsExist(Render render) {
        List<String> problems = new ArrayList<>();
        List<GenericKubernetesResource> kafkas = render.custom(STRIMZI, "Kafka");
        if (kafkas.size() != 1) {
            return List.of("expected one Strimzi Kafka, found " + kafkas.size());
        }
        String cluster = kafkas.get(0).getMetadata().getName();
        int brokers = 0;
        for (GenericKubernetesResource pool : render.custom(STRIMZI, "KafkaNodePool")) {
            if (!cluster.equals(pool.getMetadata().getLabels().get("strimzi.io/cluster"))) {
                problems.add(Render.id(pool) + ": not labelled for the Kafka cluster " + cluster);
            }
            Object roles = Render.at(pool, "spec", "roles");
            if (roles instanceof List<?> list && list.contains("broker")) {
                brokers += ((Number) Render.at(pool, "spec", "replicas")).intValue();
            }
        }
        if (render.custom(STRIMZI, "KafkaNodePool").stream()
                .noneMatch(
                        p -> Render.at(p, "spec", "roles") instanceof List<?> roles && roles.contains("controller"))) {
            problems.add("no KafkaNodePool with the controller role (KRaft)");
        }
        Map<String, GenericKubernetesResource> topics = new TreeMap<>();
        for (GenericKubernetesResource topic : render.custom(STRIMZI, "KafkaTopic")) {
            Object topicName = Render.at(topic, "spec", "topicName");
            topics.put(
                    topicName != null
                            ? topicName.toString()
                            : topic.getMetadata().getName(),
                    topic);
        }
        for (String name : topicsInUse) {
            GenericKubernetesResource topic = topics.get(name);
            if (topic == null) {
                problems.add("topic " + name + " is used by the services but has no KafkaTopic");
                continue;
            }
            String at = "KafkaTopic " + name;
            if (!cluster.equals(topic.getMetadata().getLabels().get("strimzi.io/cluster"))) {
                problems.add(at + ": label strimzi.io/cluster is not " + cluster);
            }
            Object partitions = Render.at(topic, "spec", "partitions");
            Object replicas = Render.at(topic, "spec", "replicas");
            Object minIsr = Render.at(topic, "spec", "config", "min.insync.replicas");
            Object retention = Render.at(topic, "spec", "config", "retention.ms");
            if (!(partitions instanceof Number p) || p.intValue() < 1) {
                problems.add(at + ": partitions not set");
            }
            if (retention == null) {
                problems.add(at + ": retention.ms not chosen");
            }
            if (!(replicas instanceof Number) || minIsr == null) {
                problems.add(at + ": replicas and min.insync.replicas must both be set");
                continue;
            }
            int r = ((Number) replicas).intValue();
            int isr = Integer.parseInt(minIsr.toString());
            if (r > brokers) {
                problems.add(at + ": " + r + " replicas but only " + brokers + " brokers");
            }
            if (isr > r || r > 1 && isr >= r) {
                problems.add(at + ": min.insync.replicas " + isr + " with " + r
                        + " replicas: acks=all writes would stop when one broker is down");
            }
        }
        for (ServiceConfig service : services) {
            render.find(Deployment.class, service.name()).ifPresent(deployment -> {
                String bootstrap = envValue(
                        render,
                        deployment
                                .getSpec()
                                .getTemplate()
                                .getSpec()
                                .getContainers()
                                .get(0),
                        "KAFKA_BOOTSTRAP_SERVERS");
                List<String> listeners = new ArrayList<>();
                if (Render.at(kafkas.get(0), "spec", "kafka", "listeners") instanceof List<?> list) {
                    list.forEach(l -> listeners.add(cluster + "-kafka-bootstrap:" + ((Map<?, ?>) l).get("port")));
                }
                if (!listeners.contains(bootstrap)) {
                    problems.add(Render.id(deployment) + ": KAFKA_BOOTSTRAP_SERVERS " + bootstrap
                            + " is none of the cluster's bootstrap addresses " + listeners);
                }
            });
        }
        return problems;
    }

    List<String> databasesExist(Render render) {
        List<String> problems = new ArrayList<>();
        for (ServiceConfig service : services) {
            Optional<Deployment> deployment = render.find(Deployment.class, service.name());
            if (deployment.isEmpty()) {
                continue;
            }
            Container container = deployment
                    .get()
                    .getSpec()
                    .getTemplate()
                    .getSpec()
                    .getContainers()
                    .get(0);
            String cluster = databaseCluster(render, container);
            if (cluster == null) {
                problems.add(service.name() + ": VINHDANH_DB_HOST " + envValue(render, container, "VINHDANH_DB_HOST")
                        + " is not the -rw service of a CloudNativePG Cluster in the render");
                continue;
            }
            GenericKubernetesResource db =
                    render.custom(CNPG, "Cluster", cluster).orElseThrow();
            Object database = Render.at(db, "spec", "bootstrap", "initdb", "database");
            String dbName = envValue(render, container, "VINHDANH_DB_NAME");
            if (dbName == null || !dbName.equals(database)) {
                problems.add(service.name() + ": VINHDANH_DB_NAME " + dbName + " but Cluster " + cluster
                        + " creates database " + database);
            }
            for (EnvVar env : container.getEnv()) {
                if (env.getValueFrom() != null
                        && env.getValueFrom().getSecretKeyRef() != null
                        && env.getName().startsWith("VINHDANH_DB_")
                        && !(cluster + "-app")
                                .equals(env.getValueFrom().getSecretKeyRef().getName())) {
                    problems.add(service.name() + ": " + env.getName() + " comes from "
                            + env.getValueFrom().getSecretKeyRef().getName() + ", not " + cluster + "-app");
                }
            }
        }
        Set<String> used = new TreeSet<>();
        for (GenericKubernetesResource db : render.custom(CNPG, "Cluster")) {
            if (Render.at(db, "spec", "plugins") instanceof List<?> plugins) {
                for (Object plugin : plugins) {
                    Object store = ((Map<?, ?>) ((Map<?, ?>) plugin).get("parameters")).get("barmanObjectName");
                    used.add(String.valueOf(store));
                    if (render.custom("barmancloud.cnpg.io", "ObjectStore", String.valueOf(store))
                            .isEmpty()) {
                        problems.add(Render.id(db) + ": backup ObjectStore " + store + " is not in the render");
                    }
                }
            }
        }
        for (GenericKubernetesResource backup : render.custom(CNPG, "ScheduledBackup")) {
            Object cluster = Render.at(backup, "spec", "cluster", "name");
            if (render.custom(CNPG, "Cluster", String.valueOf(cluster)).isEmpty()) {
                problems.add(Render.id(backup) + ": cluster " + cluster + " is not in the render");
            }
        }
        return problems;
    }

    // --- helpers

    /** The CloudNativePG Cluster whose read-write service VINHDANH_DB_HOST names, if it is in the render. */
    private static String databaseCluster(Render render, Container container) {
        String host = envValue(render, container, "VINHDANH_DB_HOST");
        if (host == null || !host.endsWith("-rw")) {
            return null;
        }
        String cluster = host.substring(0, host.length() - 3);
        return render.custom(CNPG, "Cluster", cluster).isPresent() ? cluster : null;
    }

    private static Map<String, Integer> partitionsByTopic(Render render) {
        Map<String, Integer> partitions = new TreeMap<>();
        for (GenericKubernetesResource topic : render.custom(STRIMZI, "KafkaTopic")) {
            Object topicName = Render.at(topic, "spec", "topicName");
            if (Render.at(topic, "spec", "partitions") instanceof Number count) {
                partitions.put(
                        topicName != null
                                ? topicName.toString()
                                : topic.getMetadata().getName(),
                        count.intValue());
            }
        }
        return partitions;
    }

    private static Optional<ContainerPort> containerPort(Container container, IntOrString port) {
        if (port == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(container.getPorts()).orElse(List.of()).stream()
                .filter(p -> port.getStrVal() != null
                        ? port.getStrVal().equals(p.getName())
                        : port.getIntVal() != null && port.getIntVal().equals(p.getContainerPort()))
                .findFirst();
    }

    private static String portText(IntOrString port) {
        return port == null ? "(none)" : port.getStrVal() != null ? port.getStrVal() : String.valueOf(port.getIntVal());
    }

    static boolean matches(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && labels != null && labels.entrySet().containsAll(selector.entrySet());
    }

    /** The topics the services produce to: every constant of event-contracts' Topics. */
    private static Set<String> producedTopics() {
        Set<String> topics = new TreeSet<>();
        for (Field field : Topics.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == String.class) {
                try {
                    topics.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return topics;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static Map<String, Long> census(Render render) {
        Map<String, Long> counts = new TreeMap<>();
        render.objects.forEach(o -> counts.merge(o.getKind(), 1L, Long::sum));
        return counts;
    }
}
