package vn.vinhdanh.deploy.stack;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.vinhdanh.deploy.infra.KafkaBroker;
import vn.vinhdanh.deploy.infra.KeycloakServer;
import vn.vinhdanh.deploy.infra.Ports;

/**
 * What {@link PlatformLauncher} starts where. There are two kinds of platform, and {@link #localStack(Path)} and
 * {@link #isolated} build them: the developer's stack, whose data persists between runs on fixed ports, and a run (a
 * test, the benchmark) that shares nothing with it.
 *
 * @param databases the database of each service, each its own
 * @param isolated  free ports for everything, the databases dropped on close, a throw-away embedded PostgreSQL if
 *                  one is needed
 * @param progress  where progress lines go
 */
public record PlatformOptions(
        Path repoRoot,
        Path runDir,
        Map<Service, String> databases,
        boolean isolated,
        String keycloakDatabase,
        boolean ownKeycloak,
        List<String> serviceJvmOptions,
        PrintStream progress) {

    /**
     * Four services, a broker and PostgreSQL share a laptop's cores and memory here, so the services run small:
     * a 96 MB heap with a 24 MB young generation (live data stays ~20-40 MB), the serial collector, and only the
     * C1 compiler, which on two cores halved the CPU per nomination of a 2,000-nomination run and took ~100 MB
     * per service off (C2's compiler threads and arenas; docs/benchmarks.md). Kubernetes keeps the JVM's
     * defaults (deploy/k8s).
     */
    public static final List<String> DEFAULT_SERVICE_JVM_OPTIONS = List.of(
            "-Xmx96m",
            "-Xmn24m",
            "-Xss512k",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-XX:ReservedCodeCacheSize=48m");

    /** The developer's stack's Keycloak: issuer {@code http://localhost:8180/realms/vinhdanh}. */
    public static final int KEYCLOAK_PORT = 8180;
    /** Keycloak's management interface (health); 9000 by default, which other tools like to take. */
    public static final int KEYCLOAK_MANAGEMENT_PORT = 9180;

    public static final String KEYCLOAK_DATABASE = "vinhdanh_keycloak";

    /** How long each service may take to report ready. */
    static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    public PlatformOptions {
        databases = Collections.unmodifiableMap(new EnumMap<>(databases));
        if (Set.copyOf(databases.values()).size() != databases.size()) {
            throw new IllegalArgumentException("Each service needs its own database: " + databases);
        }
        serviceJvmOptions = List.copyOf(serviceJvmOptions);
    }

    /**
     * The developer's stack: run directory {@code <repo>/.run}, default ports (services 8081-8084, Kafka
     * 9092/9093), databases {@code vinhdanh_*}; data in PostgreSQL and Kafka persists between runs.
     */
    public static Builder localStack(Path repoRoot) {
        Path root = repoRoot.toAbsolutePath().normalize();
        Map<Service, String> databases = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            databases.put(service, service.defaultDatabase());
        }
        return new Builder(root, root.resolve(".run"), databases, false, KEYCLOAK_DATABASE, true);
    }

    /**
     * A platform that shares nothing with the local stack or another test run: free ports, a fresh broker
     * under {@code runDir}, databases {@code <databasePrefix>_<service>} dropped on close, and a throw-away
     * embedded PostgreSQL if no server is running.
     */
    public static Builder isolated(Path repoRoot, Path runDir, String databasePrefix) {
        Map<Service, String> databases = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            databases.put(service, databasePrefix + "_" + service.shortName());
        }
        return new Builder(
                repoRoot.toAbsolutePath().normalize(),
                runDir.toAbsolutePath().normalize(),
                databases,
                true,
                databasePrefix + "_kc",
                false);
    }

    /** The HTTP port asked for a service; 0 picks a free one. */
    int requestedPort(Service service) {
        return isolated ? 0 : service.defaultPort();
    }

    /** Kafka's client port; 0 picks a free one. */
    int kafkaPort() {
        return isolated ? 0 : 9092;
    }

    /** Kafka's KRaft controller port; 0 picks a free one. */
    int kafkaControllerPort() {
        return isolated ? 0 : 9093;
    }

    /** {@code <run dir>/kafka}; reusing it keeps topics and offsets. */
    Path kafkaDataDir() {
        return runDir.resolve("kafka");
    }

    /** The broker's jars: {@link KafkaBroker#libDirOf}. */
    Path kafkaLibDir() {
        return KafkaBroker.libDirOf(repoRoot);
    }

    /** The unpacked Keycloak distribution ({@code deploy/keycloak}). */
    Path keycloakHome() {
        return KeycloakServer.defaultHome(repoRoot);
    }

    /** The realm as code, {@code deploy/keycloak/realm/vinhdanh-realm.json}. */
    Path realmFile() {
        return KeycloakServer.defaultRealmFile(repoRoot);
    }

    public Path logsDir() {
        return runDir.resolve("logs");
    }

    public Path logFile(Service service) {
        return logsDir().resolve(service.moduleName() + ".log");
    }

    /**
     * What can be checked before anything starts, so that a mistake costs no wait: the services are built, and no
     * fixed port is taken.
     */
    void requireStartable() {
        List<String> missing = new ArrayList<>();
        for (Service service : Service.values()) {
            if (!Files.isRegularFile(service.runnableJar(repoRoot))) {
                missing.add(repoRoot.relativize(service.runnableJar(repoRoot)).toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The services are not built; missing " + String.join(", ", missing)
                    + " under " + repoRoot + ". Build them first: ./mvnw -DskipTests package");
        }
        keycloakHome(); // fails with how to build it when deploy/keycloak is not unpacked
        if (!isolated && !Ports.isFree(KEYCLOAK_PORT)) {
            throw new IllegalStateException("Port " + KEYCLOAK_PORT + " for Keycloak is already in use. Is the local"
                    + " stack already running? Stop it (Ctrl+C in its terminal), or stop whatever listens on it.");
        }
        for (Service service : Service.values()) {
            int port = requestedPort(service);
            if (port != 0 && !Ports.isFree(port)) {
                throw new IllegalStateException("Port " + port + " for " + service.moduleName()
                        + " is already in use. Is the local stack already running? Stop it (Ctrl+C in its"
                        + " terminal), or stop whatever listens on that port.");
            }
        }
    }

    /** The HTTP port of each service: its default one, or a free one in an isolated platform. */
    Map<Service, Integer> resolvePorts() {
        List<Integer> free = isolated ? Ports.freePorts(Service.values().length) : List.of();
        Map<Service, Integer> resolved = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            resolved.put(service, isolated ? free.get(service.ordinal()) : service.defaultPort());
        }
        return resolved;
    }

    /** The two settings a caller may change; the kind of platform is chosen by the factory. */
    public static final class Builder {

        private final Path repoRoot;
        private final Path runDir;
        private final Map<Service, String> databases;
        private final boolean isolated;
        private final String keycloakDatabase;
        private boolean ownKeycloak;
        private List<String> serviceJvmOptions = DEFAULT_SERVICE_JVM_OPTIONS;
        private PrintStream progress = System.out;

        private Builder(
                Path repoRoot,
                Path runDir,
                Map<Service, String> databases,
                boolean isolated,
                String keycloakDatabase,
                boolean ownKeycloak) {
            this.repoRoot = repoRoot;
            this.runDir = runDir;
            this.databases = databases;
            this.isolated = isolated;
            this.keycloakDatabase = keycloakDatabase;
            this.ownKeycloak = ownKeycloak;
        }

        /**
         * An isolated platform with a Keycloak of its own (free ports, database {@code <databasePrefix>_kc}, dropped on
         * close) instead of the JVM's shared one: for a run beside other tests that change the shared realm while it
         * runs (people disabled, passwords tried wrong, signing keys rotated).
         */
        public Builder ownKeycloak() {
            this.ownKeycloak = true;
            return this;
        }

        /** JVM flags for every service; default {@link #DEFAULT_SERVICE_JVM_OPTIONS}. */
        public Builder serviceJvmOptions(List<String> jvmOptions) {
            this.serviceJvmOptions = List.copyOf(jvmOptions);
            return this;
        }

        /** Where progress lines go; default standard output. */
        public Builder progress(PrintStream progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        public PlatformOptions build() {
            return new PlatformOptions(
                    repoRoot, runDir, databases, isolated, keycloakDatabase, ownKeycloak, serviceJvmOptions, progress);
        }
    }
}
