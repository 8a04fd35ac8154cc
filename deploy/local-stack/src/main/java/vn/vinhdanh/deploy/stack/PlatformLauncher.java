package vn.vinhdanh.deploy.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.vinhdanh.deploy.infra.KafkaBroker;
import vn.vinhdanh.deploy.infra.KeycloakServer;
import vn.vinhdanh.deploy.infra.KeycloakTokens;
import vn.vinhdanh.deploy.infra.ManagedProcess;
import vn.vinhdanh.deploy.infra.Ports;
import vn.vinhdanh.deploy.infra.PostgresServer;

/**
 * Starts the whole platform on this machine: PostgreSQL with one database per service, a Kafka broker, Keycloak with
 * the realm {@code vinhdanh}, and the four services as separate JVMs running their {@code quarkus-run.jar}. Used by {@link LocalStack}, the end-to-end and
 * fault tests and the benchmark, which differ only in {@link PlatformOptions}.
 *
 * <p>The work is shared out: {@link Infrastructure} starts PostgreSQL, Keycloak and the broker, {@link ServiceProcesses} launches
 * and stops the services' JVMs, {@link Readiness} waits for them. This class says in which order.</p>
 *
 * <p>{@link #close()} stops everything this launcher started, services first (they flush their outboxes and
 * commit offsets while the broker is still there), then the broker, then an embedded PostgreSQL. A JVM shutdown
 * hook does the same, so Ctrl+C or a SIGTERM to the launching JVM leaves no process behind.</p>
 */
public final class PlatformLauncher implements AutoCloseable {

    private final PlatformOptions options;
    private final PrintStream out;
    private final Map<Service, Integer> ports;
    private final Thread shutdownHook;
    private final Infrastructure infrastructure;
    private final ServiceProcesses processes;
    private final Readiness readiness;

    private volatile KeycloakTokens tokens;

    private PlatformLauncher(PlatformOptions options) {
        this.options = options;
        this.out = options.progress();
        this.ports = options.resolvePorts();
        this.shutdownHook = new Thread(this::closeOnJvmExit, "vinhdanh-platform-shutdown");
        this.infrastructure = new Infrastructure(options);
        this.processes = new ServiceProcesses(options, infrastructure, ports);
        this.readiness = new Readiness(out, PlatformOptions.READY_TIMEOUT);
    }

    /**
     * Starts PostgreSQL, Kafka and the services and returns once every service reports ready. On failure,
     * whatever was already started is stopped again before the exception propagates.
     *
     * @throws IllegalStateException with the reason and, for a service that did not come up, the end of its log
     */
    public static PlatformLauncher start(PlatformOptions options) {
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
        return infrastructure.broker().bootstrapServers();
    }

    /** The broker, e.g. for a fault test that kills or restarts it. */
    public KafkaBroker broker() {
        return infrastructure.broker();
    }

    /** The identity provider whose tokens the services verify. */
    public KeycloakServer keycloak() {
        return infrastructure.keycloak();
    }

    /** Tokens of the realm's agency portals and demo people, fetched from {@link #keycloak()}. */
    public KeycloakTokens tokens() {
        return tokens;
    }

    public PostgresServer postgres() {
        return infrastructure.postgres();
    }

    public String database(Service service) {
        return options.databases().get(service);
    }

    public Path logsDir() {
        return options.logsDir();
    }

    public boolean isRunning(Service service) {
        return processes.isRunning(service);
    }

    /** Clean shutdown of one service (SIGTERM, SIGKILL after 15 s); the rest of the platform keeps running. */
    public void stopService(Service service) {
        processes.stop(service, false);
    }

    /** SIGKILL one service, as a crash would: no graceful shutdown, in-flight work is lost or redelivered. */
    public void killService(Service service) {
        processes.stop(service, true);
    }

    /** Starts a service that was stopped or killed and waits until it is ready; its log is appended to. */
    public void startService(Service service) {
        if (isRunning(service)) {
            return;
        }
        long launchedAt = System.nanoTime();
        processes.launch(service, port(service), true);
        readiness.await(List.of(starting(service, launchedAt)));
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
        String key = extraInstanceKey(service, name);
        int port = Ports.freePort();
        long launchedAt = System.nanoTime();
        ManagedProcess process = processes.launchExtra(service, key, port);
        URI baseUrl = URI.create("http://127.0.0.1:" + port);
        readiness.await(List.of(new Readiness.Starting(key, () -> process, baseUrl, baseUrl.toString(), launchedAt)));
        return baseUrl;
    }

    /** SIGKILL of an instance started by {@link #startExtraInstance}. */
    public void killExtraInstance(Service service, String name) {
        processes.stopExtra(extraInstanceKey(service, name), true);
    }

    /** Clean shutdown of an instance started by {@link #startExtraInstance}. */
    public void stopExtraInstance(Service service, String name) {
        processes.stopExtra(extraInstanceKey(service, name), false);
    }

    /**
     * Stops the services (in parallel, SIGTERM then SIGKILL after 15 s), then the broker, drops the databases of an
     * isolated platform, and stops an embedded PostgreSQL. Idempotent.
     */
    @Override
    public void close() {
        try {
            shutdown();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException | IllegalArgumentException alreadyExitingOrNeverAdded) {
                // either the hook is running this very shutdown, or start() failed before adding it
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
        if (!processes.stopAll()) {
            return;
        }
        RuntimeException failure = infrastructure.stop();
        if (failure != null) {
            throw failure;
        }
    }

    private void startAll() {
        long started = System.nanoTime();
        // everything that can be checked without starting anything comes first, so a mistake costs no wait
        options.requireStartable();
        try {
            Files.createDirectories(logsDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + logsDir(), e);
        }
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        out.println("Starting the Vinh Danh platform (run directory " + options.runDir() + ")");
        infrastructure.startPostgres();
        infrastructure.startKeycloak();
        infrastructure.startBroker();

        List<Readiness.Starting> starting = new ArrayList<>();
        for (Service service : Service.values()) {
            starting.add(starting(service, System.nanoTime()));
            processes.launch(service, port(service), false);
        }
        out.println("  Services      starting " + Service.values().length + " JVMs, logs in " + logsDir());
        readiness.await(starting);
        readiness.awaitCatalogue(baseUrl(Service.NOMINATION));
        infrastructure.awaitKeycloak();
        tokens = infrastructure.tokens();
        out.printf(Locale.ROOT, "Platform ready in %.1f s%n", Readiness.seconds(started));
    }

    private Readiness.Starting starting(Service service, long launchedAt) {
        return new Readiness.Starting(
                service.moduleName(),
                () -> processes.running(service),
                baseUrl(service),
                "http://localhost:" + port(service),
                launchedAt);
    }

    private static String extraInstanceKey(Service service, String name) {
        return service.moduleName() + "-" + name;
    }
}
