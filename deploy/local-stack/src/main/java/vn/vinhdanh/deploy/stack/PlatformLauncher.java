package vn.vinhdanh.deploy.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import vn.vinhdanh.deploy.infra.KafkaBroker;
import vn.vinhdanh.deploy.infra.LocalJwt;
import vn.vinhdanh.deploy.infra.ManagedProcess;
import vn.vinhdanh.deploy.infra.Ports;
import vn.vinhdanh.deploy.infra.PostgresServer;

/**
 * Starts the whole platform on this machine: PostgreSQL with one database per service, a Kafka broker, and the four
 * services as separate JVMs running their {@code quarkus-run.jar}. Used by {@link LocalStack} and by the
 * end-to-end test, which differ only in {@link Options}.
 *
 * <p>{@link #close()} stops everything this launcher started, services first (they flush their outboxes and
 * commit offsets while the broker is still there), then the broker, then an embedded PostgreSQL. A JVM shutdown
 * hook does the same, so Ctrl+C or a SIGTERM to the launching JVM leaves no process behind.</p>
 */
public final class PlatformLauncher implements AutoCloseable {

    private static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(15);
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(5);
    private static final Duration READY_POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration READY_REQUEST_TIMEOUT = Duration.ofSeconds(2);
    private static final int LOG_TAIL_LINES = 60;

    private final Options options;
    private final PrintStream out;
    private final Map<Service, Integer> ports;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();
    private final Thread shutdownHook;

    /** Guards {@link #processes} and {@link #closed}, so a shutdown cannot miss a service being launched. */
    private final Object lock = new Object();
    private final Map<Service, ManagedProcess> processes = new EnumMap<>(Service.class);
    /** Further processes of a service ({@link #startExtraInstance}), by instance name. */
    private final Map<String, ManagedProcess> extraInstances = new LinkedHashMap<>();
    private boolean closed;

    private volatile PostgresServer postgres;
    private volatile KafkaBroker broker;
    private volatile LocalJwt jwt;

    private PlatformLauncher(Options options) {
        this.options = options;
        this.out = options.progress;
        this.ports = resolvePorts(options.ports);
        this.shutdownHook = options.registerShutdownHook
                ? new Thread(this::closeOnJvmExit, "vinhdanh-platform-shutdown")
                : null;
    }

    /**
     * Starts PostgreSQL, Kafka and the services and returns once every service reports ready. On failure,
     * whatever was already started is stopped again before the exception propagates.
     *
     * @throws IllegalStateException with the reason and, for a service that did not come up, the end of its log
     */
    public static PlatformLauncher start(Options options) {
        PlatformLauncher launcher = new PlatformLauncher(options);
        try {
            launcher.startAll();
            return launcher;
        } catch (RuntimeException | Error e) {
            try {
                launcher.close();
            } catch (RuntimeException cleanupFailure) {
                e.addSuppressed(cleanupFailure);
            }
            throw e;
        }
    }

    /** Base URL of a service for HTTP calls, e.g. {@code http://127.0.0.1:8081}. */
    public URI baseUrl(Service service) {
        return URI.create("http://127.0.0.1:" + port(service));
    }

    /** Base URLs of all services, in {@link Service} order. */
    public Map<Service, URI> baseUrls() {
        Map<Service, URI> urls = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            urls.put(service, baseUrl(service));
        }
        return urls;
    }

    public int port(Service service) {
        return ports.get(service);
    }

    public String bootstrapServers() {
        return requireStarted(broker, "Kafka").bootstrapServers();
    }

    /** The broker, e.g. for a fault test that kills or restarts it. */
    public KafkaBroker broker() {
        return requireStarted(broker, "Kafka");
    }

    /** Signs tokens the services accept: the local stand-in for the identity provider. */
    public LocalJwt jwt() {
        return jwt;
    }

    public PostgresServer postgres() {
        return requireStarted(postgres, "PostgreSQL");
    }

    public String database(Service service) {
        return options.databases.get(service);
    }

    public Path runDir() {
        return options.runDir;
    }

    /** Where the local key pair lives: {@code <run dir>/jwt}. */
    public Path jwtDir() {
        return options.runDir.resolve("jwt");
    }

    public Path logsDir() {
        return options.runDir.resolve("logs");
    }

    public Path logFile(Service service) {
        return logsDir().resolve(service.moduleName() + ".log");
    }

    public boolean isRunning(Service service) {
        synchronized (lock) {
            ManagedProcess process = processes.get(service);
            return process != null && process.isAlive();
        }
    }

    /** Clean shutdown of one service (SIGTERM, SIGKILL after 15 s); the rest of the platform keeps running. */
    public void stopService(Service service) {
        ManagedProcess process;
        synchronized (lock) {
            process = processes.remove(service);
        }
        if (process != null) {
            process.stop(SERVICE_STOP_GRACE);
        }
    }

    /** SIGKILL one service, as a crash would: no graceful shutdown, in-flight work is lost or redelivered. */
    public void killService(Service service) {
        ManagedProcess process;
        synchronized (lock) {
            process = processes.remove(service);
        }
        if (process != null) {
            process.kill();
        }
    }

    /** Starts a service that was stopped or killed and waits until it is ready; its log is appended to. */
    public void startService(Service service) {
        if (isRunning(service)) {
            return;
        }
        long launchedAt = System.nanoTime();
        launch(service, true);
        awaitReady(Map.of(service, launchedAt));
    }

    /** {@link #stopService} then {@link #startService}. */
    public void restartService(Service service) {
        stopService(service);
        startService(service);
    }

    /**
     * Starts one more process of {@code service} on a free HTTP port, against the same database and broker: it joins
     * the same consumer group and competes for the same outbox relay lock, as a scaled-out service would. Waits until
     * it is ready. Its log is {@code logs/<module>-<name>.log}. For fault tests.
     *
     * @param name unique among the extra instances, e.g. {@code "2"}
     * @return its base URL
     */
    public URI startExtraInstance(Service service, String name) {
        String key = service.moduleName() + "-" + name;
        int port = Ports.freePort();
        Path log = logsDir().resolve(key + ".log");
        long launchedAt = System.nanoTime();
        ManagedProcess process;
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("The platform is shutting down; not starting " + key);
            }
            if (extraInstances.containsKey(key) && extraInstances.get(key).isAlive()) {
                throw new IllegalStateException(key + " is already running");
            }
            process = spawn(service, key, port, log, true);
            extraInstances.put(key, process);
        }
        URI baseUrl = URI.create("http://127.0.0.1:" + port);
        URI health = baseUrl.resolve("/q/health/ready");
        while (!isReady(health, key)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(key + " exited during start-up (exit code "
                        + process.exitCode().orElse(-1) + "). Last lines of " + log + ":\n"
                        + process.logTail(LOG_TAIL_LINES));
            }
            if (seconds(launchedAt) > options.readyTimeout.toSeconds()) {
                throw new IllegalStateException(key + " was not ready within " + options.readyTimeout.toSeconds()
                        + " s. Last lines of " + log + ":\n" + process.logTail(LOG_TAIL_LINES));
            }
            sleep(READY_POLL_INTERVAL);
        }
        out.printf(Locale.ROOT, "  %-18s  ready  %s  (%.1f s)%n", key, baseUrl, seconds(launchedAt));
        return baseUrl;
    }

    /** SIGKILL of an instance started by {@link #startExtraInstance}. */
    public void killExtraInstance(Service service, String name) {
        ManagedProcess process;
        synchronized (lock) {
            process = extraInstances.remove(service.moduleName() + "-" + name);
        }
        if (process != null) {
            process.kill();
        }
    }

    /** Clean shutdown of an instance started by {@link #startExtraInstance}. */
    public void stopExtraInstance(Service service, String name) {
        ManagedProcess process;
        synchronized (lock) {
            process = extraInstances.remove(service.moduleName() + "-" + name);
        }
        if (process != null) {
            process.stop(SERVICE_STOP_GRACE);
        }
    }

    /**
     * Stops the services (in parallel, SIGTERM then SIGKILL after 15 s), then the broker, drops the databases if
     * the options say so, and stops an embedded PostgreSQL. Idempotent.
     */
    @Override
    public void close() {
        try {
            shutdown();
        } finally {
            if (shutdownHook != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (IllegalStateException | IllegalArgumentException alreadyExitingOrNeverAdded) {
                    // either the hook is running this very shutdown, or start() failed before adding it
                }
            }
        }
    }

    private void closeOnJvmExit() {
        out.println();
        out.println("Stopping the Vinh Danh platform...");
        try {
            shutdown();
            out.println("Stopped.");
        } catch (RuntimeException e) {
            out.println("Stopping did not go cleanly: " + e.getMessage());
        }
        out.flush();
    }

    private void shutdown() {
        List<ManagedProcess> running;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            running = new ArrayList<>(processes.values());
            running.addAll(extraInstances.values());
            processes.clear();
            extraInstances.clear();
        }
        RuntimeException failure = null;
        running.forEach(ManagedProcess::requestStop);
        for (ManagedProcess process : running) {
            process.stop(SERVICE_STOP_GRACE);
        }
        if (broker != null) {
            failure = attempt(broker::close, failure);
        }
        if (postgres != null) {
            if (options.dropDatabasesOnClose) {
                for (String database : options.databases.values()) {
                    failure = attempt(() -> postgres.dropDatabase(database), failure);
                }
            }
            failure = attempt(postgres::close, failure);
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static RuntimeException attempt(Runnable step, RuntimeException earlier) {
        try {
            step.run();
            return earlier;
        } catch (RuntimeException e) {
            if (earlier == null) {
                return e;
            }
            earlier.addSuppressed(e);
            return earlier;
        }
    }

    private void startAll() {
        long started = System.nanoTime();
        // everything that can be checked without starting anything comes first, so a mistake costs no wait
        requireRunnableJars();
        requireFixedPortsFree();
        try {
            Files.createDirectories(logsDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + logsDir(), e);
        }
        if (shutdownHook != null) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        out.println("Starting the Vinh Danh platform (run directory " + options.runDir + ")");
        startPostgres();
        startBroker();
        // kept in the run directory, so tokens printed by ./token.sh survive restarts of the stack
        jwt = LocalJwt.loadOrCreate(jwtDir());

        Map<Service, Long> launchedAt = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            launchedAt.put(service, System.nanoTime());
            launch(service, false);
        }
        out.println("  Services      starting " + Service.values().length + " JVMs, logs in " + logsDir());
        awaitReady(launchedAt);
        out.printf(Locale.ROOT, "Platform ready in %.1f s%n", seconds(started));
    }

    private void startPostgres() {
        long started = System.nanoTime();
        postgres = options.ephemeralPostgres
                ? PostgresServer.ensureRunningEphemeral()
                : PostgresServer.ensureRunning(options.runDir);
        out.printf(Locale.ROOT, "  PostgreSQL    %s:%d, %s (%.1f s)%n", postgres.host(), postgres.port(),
                postgres.isEmbedded() ? "embedded, started by this launcher" : "already running", seconds(started));
        List<String> created = new ArrayList<>();
        for (String database : options.databases.values()) {
            if (postgres.createDatabaseIfMissing(database)) {
                created.add(database);
            }
        }
        out.println("  Databases     " + String.join(", ", options.databases.values())
                + (created.isEmpty() ? " (all existed)" : created.size() == options.databases.size()
                        ? " (created)" : " (created " + String.join(", ", created) + ")"));
    }

    private void startBroker() {
        long started = System.nanoTime();
        KafkaBroker.Builder builder = KafkaBroker.builder()
                .libDir(options.kafkaLibDir)
                .dataDir(options.kafkaDataDir)
                .port(options.kafkaPort)
                .controllerPort(options.kafkaControllerPort)
                .logFile(logsDir().resolve("kafka.log"))
                // this launcher's own hook stops the broker, after the services
                .registerShutdownHook(false);
        // assigned before start() so that a shutdown arriving during the start still finds and stops it
        broker = builder.build();
        broker.start();
        out.printf(Locale.ROOT, "  Kafka         %s, data in %s (%.1f s)%n", broker.bootstrapServers(),
                broker.dataDir(), seconds(started));
    }

    private void launch(Service service, boolean appendToLog) {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("The platform is shutting down; not starting "
                        + service.moduleName());
            }
            processes.put(service, spawn(service, service.moduleName(), port(service), logFile(service),
                    appendToLog));
        }
    }

    /** Launches one process of a service; the caller holds {@link #lock} and records it. */
    private ManagedProcess spawn(Service service, String name, int httpPort, Path log, boolean appendToLog) {
        List<String> command = new ArrayList<>();
        command.add(ManagedProcess.javaExecutable().toString());
        command.addAll(options.serviceJvmOptions);
        command.add("-Dquarkus.http.port=" + httpPort);
        command.add("-Dkafka.bootstrap.servers=" + broker.bootstrapServers());
        command.add("-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl(database(service)));
        command.add("-Dquarkus.datasource.username=" + postgres.username());
        command.add("-Dmp.jwt.verify.publickey.location="
                + LocalJwt.publicKeyFile(jwtDir()).toAbsolutePath().toUri());
        command.add("-Dmp.jwt.verify.issuer=" + LocalJwt.ISSUER);
        if (System.getenv("OTEL_EXPORTER_OTLP_ENDPOINT") == null) {
            // no trace collector on this machine: trace ids still reach the logs and the Kafka headers, but the
            // exporter's "connection refused" would only be noise
            command.add("-Dquarkus.log.category.\"io.quarkus.opentelemetry.runtime.exporter.otlp\".level=ERROR");
        }
        command.add("-jar");
        command.add(service.runnableJar(options.repoRoot).toString());
        // the password goes through the environment: a command line is visible to every local user
        // glibc gives each thread that allocates its own 64 MB malloc arena; two are plenty for a service here
        Map<String, String> environment = Map.of("QUARKUS_DATASOURCE_PASSWORD", postgres.password(),
                "MALLOC_ARENA_MAX", "2");
        try {
            return ManagedProcess.start(name, command, environment, options.runDir, log, appendToLog);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot launch " + name, e);
        }
    }

    /**
     * Polls {@code /q/health/ready} of every service until each answers 200, printing a line per service as it
     * becomes ready and a waiting line every few seconds, so a slow start on a busy machine does not look like a
     * hang. Plain lines only: the output is often a CI log, not a terminal.
     */
    private void awaitReady(Map<Service, Long> launchedAt) {
        long waitStarted = System.nanoTime();
        long lastProgress = waitStarted;
        Set<Service> pending = new LinkedHashSet<>(launchedAt.keySet());
        while (!pending.isEmpty()) {
            for (Iterator<Service> it = pending.iterator(); it.hasNext(); ) {
                Service service = it.next();
                ManagedProcess process = runningProcess(service);
                if (!process.isAlive()) {
                    throw new IllegalStateException(service.moduleName() + " exited during start-up (exit code "
                            + process.exitCode().orElse(-1) + "). Last lines of " + process.logFile() + ":\n"
                            + process.logTail(LOG_TAIL_LINES));
                }
                double elapsed = seconds(launchedAt.get(service));
                if (isReady(service)) {
                    it.remove();
                    out.printf(Locale.ROOT, "  %-18s  ready  http://localhost:%d  (%.1f s)%n",
                            service.moduleName(), port(service), elapsed);
                } else if (elapsed > options.readyTimeout.toSeconds()) {
                    throw new IllegalStateException(service.moduleName() + " was not ready within "
                            + options.readyTimeout.toSeconds() + " s (GET " + healthUrl(service) + " did not answer"
                            + " 200). Last lines of " + process.logFile() + ":\n" + process.logTail(LOG_TAIL_LINES));
                }
            }
            if (pending.isEmpty()) {
                break;
            }
            if (System.nanoTime() - lastProgress >= PROGRESS_INTERVAL.toNanos()) {
                lastProgress = System.nanoTime();
                out.printf(Locale.ROOT, "  ... waiting for %s (%d s)%n",
                        pending.stream().map(Service::moduleName).collect(Collectors.joining(", ")),
                        Math.round(seconds(waitStarted)));
            }
            sleep(READY_POLL_INTERVAL);
        }
    }

    private boolean isReady(Service service) {
        return isReady(healthUrl(service), service.moduleName());
    }

    private boolean isReady(URI health, String name) {
        HttpRequest request = HttpRequest.newBuilder(health).timeout(READY_REQUEST_TIMEOUT).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + name, e);
        }
    }

    private URI healthUrl(Service service) {
        return baseUrl(service).resolve("/q/health/ready");
    }

    private ManagedProcess runningProcess(Service service) {
        synchronized (lock) {
            ManagedProcess process = processes.get(service);
            if (process == null) {
                throw new IllegalStateException(service.moduleName() + " is no longer managed: the platform was"
                        + " stopped while it started");
            }
            return process;
        }
    }

    private void requireRunnableJars() {
        List<String> missing = new ArrayList<>();
        for (Service service : Service.values()) {
            if (!Files.isRegularFile(service.runnableJar(options.repoRoot))) {
                missing.add(options.repoRoot.relativize(service.runnableJar(options.repoRoot)).toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The services are not built; missing " + String.join(", ", missing)
                    + " under " + options.repoRoot + ". Build them first: ./mvnw -DskipTests package");
        }
    }

    private void requireFixedPortsFree() {
        for (Service service : Service.values()) {
            if (options.ports.get(service) != 0 && !Ports.isFree(port(service))) {
                throw new IllegalStateException("Port " + port(service) + " for " + service.moduleName()
                        + " is already in use. Is the local stack already running? Stop it (Ctrl+C in its"
                        + " terminal), or stop whatever listens on that port.");
            }
        }
    }

    private static Map<Service, Integer> resolvePorts(Map<Service, Integer> requested) {
        long wanted = requested.values().stream().filter(port -> port == 0).count();
        List<Integer> free = new ArrayList<>(Ports.freePorts((int) wanted));
        free.removeAll(requested.values());
        Map<Service, Integer> resolved = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            int port = requested.get(service);
            resolved.put(service, port != 0 ? port : free.isEmpty() ? Ports.freePort() : free.remove(0));
        }
        return resolved;
    }

    private static <T> T requireStarted(T component, String name) {
        if (component == null) {
            throw new IllegalStateException(name + " has not been started");
        }
        return component;
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the platform", e);
        }
    }

    /** What to start where. {@link #localStack(Path)} and {@link #isolated} cover the two uses. */
    public static final class Options {

        private final Path repoRoot;
        private final Path runDir;
        private final Map<Service, String> databases;
        private final boolean dropDatabasesOnClose;
        private final boolean ephemeralPostgres;
        private final Map<Service, Integer> ports;
        private final int kafkaPort;
        private final int kafkaControllerPort;
        private final Path kafkaDataDir;
        private final Path kafkaLibDir;
        private final Duration readyTimeout;
        private final List<String> serviceJvmOptions;
        private final PrintStream progress;
        private final boolean registerShutdownHook;

        private Options(Builder builder) {
            this.repoRoot = builder.repoRoot;
            this.runDir = builder.runDir;
            this.databases = Collections.unmodifiableMap(new EnumMap<>(builder.databases));
            this.dropDatabasesOnClose = builder.dropDatabasesOnClose;
            this.ephemeralPostgres = builder.ephemeralPostgres;
            this.ports = Collections.unmodifiableMap(new EnumMap<>(builder.ports));
            this.kafkaPort = builder.kafkaPort;
            this.kafkaControllerPort = builder.kafkaControllerPort;
            this.kafkaDataDir = builder.kafkaDataDir != null ? builder.kafkaDataDir : runDir.resolve("kafka");
            this.kafkaLibDir = builder.kafkaLibDir != null ? builder.kafkaLibDir : defaultKafkaLibDir(repoRoot);
            this.readyTimeout = builder.readyTimeout;
            this.serviceJvmOptions = List.copyOf(builder.serviceJvmOptions);
            this.progress = builder.progress;
            this.registerShutdownHook = builder.registerShutdownHook;
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

        private static Path defaultKafkaLibDir(Path repoRoot) {
            String configured = System.getProperty(KafkaBroker.LIB_DIR_PROPERTY);
            return configured != null && !configured.isBlank()
                    ? Path.of(configured)
                    : repoRoot.resolve("deploy").resolve("kafka-dist").resolve("target").resolve("lib");
        }

        /**
         * Four services, a broker and PostgreSQL share a laptop's cores and memory here, so the services run small:
         * a 96 MB heap with a 24 MB young generation (live data stays ~20-40 MB), the serial collector, and only the
         * C1 compiler, which on two cores halved the CPU per nomination of a 2,000-nomination run and took ~100 MB
         * per service off (C2's compiler threads and arenas; docs/benchmarks.md). Kubernetes keeps the JVM's
         * defaults (deploy/k8s).
         */
        public static final List<String> DEFAULT_SERVICE_JVM_OPTIONS = List.of("-Xmx96m", "-Xmn24m", "-Xss512k",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=48m");

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

            public Options build() {
                Collection<String> names = databases.values();
                if (Set.copyOf(names).size() != names.size()) {
                    throw new IllegalArgumentException("Each service needs its own database: " + databases);
                }
                return new Options(this);
            }
        }
    }
}
