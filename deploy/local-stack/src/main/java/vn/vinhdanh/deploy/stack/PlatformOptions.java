package vn.vinhdanh.deploy.stack;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.vinhdanh.deploy.infra.KafkaBroker;
import vn.vinhdanh.deploy.infra.Ports;

/**
 * What {@link PlatformLauncher} starts where. {@link #localStack(Path)} and {@link #isolated} cover the two uses: the
 * developer's stack and a run (test, benchmark) that shares nothing with it.
 *
 * @param databases   the database of each service; every service has its own
 * @param ports       HTTP port of each service; 0 picks a free one
 * @param progress    where progress lines go
 * @param registerShutdownHook whether JVM exit stops the platform
 */
public record PlatformOptions(Path repoRoot, Path runDir, Map<Service, String> databases,
                              boolean dropDatabasesOnClose, boolean ephemeralPostgres, Map<Service, Integer> ports,
                              int kafkaPort, int kafkaControllerPort, Path kafkaDataDir, Path kafkaLibDir,
                              Duration readyTimeout, List<String> serviceJvmOptions, PrintStream progress,
                              boolean registerShutdownHook) {

    /**
     * Four services, a broker and PostgreSQL share a laptop's cores and memory here, so the services run small:
     * a 96 MB heap with a 24 MB young generation (live data stays ~20-40 MB), the serial collector, and only the
     * C1 compiler, which on two cores halved the CPU per nomination of a 2,000-nomination run and took ~100 MB
     * per service off (C2's compiler threads and arenas; docs/benchmarks.md). Kubernetes keeps the JVM's
     * defaults (deploy/k8s).
     */
    public static final List<String> DEFAULT_SERVICE_JVM_OPTIONS = List.of("-Xmx96m", "-Xmn24m", "-Xss512k",
            "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=48m");

    public PlatformOptions {
        databases = Collections.unmodifiableMap(new EnumMap<>(databases));
        ports = Collections.unmodifiableMap(new EnumMap<>(ports));
        serviceJvmOptions = List.copyOf(serviceJvmOptions);
    }

    /**
     * The developer's stack: run directory {@code <repo>/.run}, default ports (services 8081-8084, Kafka
     * 9092/9093), databases {@code vinhdanh_*}; data in PostgreSQL and Kafka persists between runs.
     */
    public static Builder localStack(Path repoRoot) {
        Path root = repoRoot.toAbsolutePath().normalize();
        return new Builder(root, root.resolve(".run"));
    }

    /**
     * A platform that shares nothing with the local stack or another test run: free ports, a fresh broker
     * under {@code runDir}, databases {@code <databasePrefix>_<service>} dropped on close, and a throw-away
     * embedded PostgreSQL if no server is running.
     */
    public static Builder isolated(Path repoRoot, Path runDir, String databasePrefix) {
        Builder builder = new Builder(repoRoot.toAbsolutePath().normalize(), runDir.toAbsolutePath().normalize())
                .databasePrefix(databasePrefix)
                .dropDatabasesOnClose(true)
                .ephemeralPostgres(true)
                .kafkaPort(0)
                .kafkaControllerPort(0);
        for (Service service : Service.values()) {
            builder.port(service, 0);
        }
        return builder;
    }

    /** Where the local key pair lives: {@code <run dir>/jwt}. */
    public Path jwtDir() {
        return runDir.resolve("jwt");
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
        for (Service service : Service.values()) {
            int port = ports.get(service);
            if (port != 0 && !Ports.isFree(port)) {
                throw new IllegalStateException("Port " + port + " for " + service.moduleName()
                        + " is already in use. Is the local stack already running? Stop it (Ctrl+C in its"
                        + " terminal), or stop whatever listens on that port.");
            }
        }
    }

    /** The HTTP port of each service, a free one where the options say 0. */
    Map<Service, Integer> resolvePorts() {
        long wanted = ports.values().stream().filter(port -> port == 0).count();
        List<Integer> free = new ArrayList<>(Ports.freePorts((int) wanted));
        free.removeAll(ports.values());
        Map<Service, Integer> resolved = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            int port = ports.get(service);
            resolved.put(service, port != 0 ? port : free.isEmpty() ? Ports.freePort() : free.remove(0));
        }
        return resolved;
    }

    public static final class Builder {

        private final Path repoRoot;
        private final Path runDir;
        private final Map<Service, String> databases = new EnumMap<>(Service.class);
        private final Map<Service, Integer> ports = new EnumMap<>(Service.class);
        private boolean dropDatabasesOnClose;
        private boolean ephemeralPostgres;
        private int kafkaPort = 9092;
        private int kafkaControllerPort = 9093;
        private Path kafkaDataDir;
        private Path kafkaLibDir;
        private Duration readyTimeout = Duration.ofSeconds(120);
        private List<String> serviceJvmOptions = DEFAULT_SERVICE_JVM_OPTIONS;
        private PrintStream progress = System.out;
        private boolean registerShutdownHook = true;

        private Builder(Path repoRoot, Path runDir) {
            this.repoRoot = repoRoot;
            this.runDir = runDir;
            for (Service service : Service.values()) {
                databases.put(service, service.defaultDatabase());
                ports.put(service, service.defaultPort());
            }
        }

        public Builder database(Service service, String name) {
            databases.put(service, Objects.requireNonNull(name, "name"));
            return this;
        }

        /** Databases {@code <prefix>_nomination}, {@code <prefix>_review}, ... */
        public Builder databasePrefix(String prefix) {
            for (Service service : Service.values()) {
                databases.put(service, prefix + "_" + service.shortName());
            }
            return this;
        }

        public Builder dropDatabasesOnClose(boolean drop) {
            this.dropDatabasesOnClose = drop;
            return this;
        }

        /** Whether an embedded PostgreSQL (when one is needed) keeps its data in the run directory or not. */
        public Builder ephemeralPostgres(boolean ephemeral) {
            this.ephemeralPostgres = ephemeral;
            return this;
        }

        /** HTTP port of a service; 0 picks a free one. */
        public Builder port(Service service, int port) {
            ports.put(service, port);
            return this;
        }

        /** 0 picks a free port. */
        public Builder kafkaPort(int port) {
            this.kafkaPort = port;
            return this;
        }

        /** 0 picks a free port. */
        public Builder kafkaControllerPort(int port) {
            this.kafkaControllerPort = port;
            return this;
        }

        /** Default {@code <run dir>/kafka}; reusing it keeps topics and offsets. */
        public Builder kafkaDataDir(Path dir) {
            this.kafkaDataDir = dir;
            return this;
        }

        /**
         * The broker's jars; default the {@value KafkaBroker#LIB_DIR_PROPERTY} system property, else
         * {@code <repo>/deploy/kafka-dist/target/lib}.
         */
        public Builder kafkaLibDir(Path dir) {
            this.kafkaLibDir = dir;
            return this;
        }

        /** How long each service may take to report ready; default 120 s. */
        public Builder readyTimeout(Duration timeout) {
            this.readyTimeout = Objects.requireNonNull(timeout, "timeout");
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

        /** Whether JVM exit stops the platform (default true). */
        public Builder registerShutdownHook(boolean register) {
            this.registerShutdownHook = register;
            return this;
        }

        public PlatformOptions build() {
            Collection<String> names = databases.values();
            if (Set.copyOf(names).size() != names.size()) {
                throw new IllegalArgumentException("Each service needs its own database: " + databases);
            }
            return new PlatformOptions(repoRoot, runDir, databases, dropDatabasesOnClose, ephemeralPostgres, ports,
                    kafkaPort, kafkaControllerPort, kafkaDataDir != null ? kafkaDataDir : runDir.resolve("kafka"),
                    kafkaLibDir != null ? kafkaLibDir : KafkaBroker.libDirOf(repoRoot), readyTimeout,
                    serviceJvmOptions, progress, registerShutdownHook);
        }
    }
}
