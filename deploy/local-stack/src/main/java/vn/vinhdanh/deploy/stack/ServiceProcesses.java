package vn.vinhdanh.deploy.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vinhdanh.deploy.infra.KeycloakServer;
import vn.vinhdanh.deploy.infra.ManagedProcess;
import vn.vinhdanh.deploy.infra.PostgresServer;

/**
 * The services' JVMs: how one is launched (its command line and environment), which are running, and stopping them.
 * Each service has its main process on its port; fault tests may add further instances of a service by name.
 *
 * <p>One lock guards the processes and the closed flag, so a shutdown cannot miss a service being launched.</p>
 */
final class ServiceProcesses {

    static final Duration STOP_GRACE = Duration.ofSeconds(15);

    private final PlatformOptions options;
    private final Infrastructure infrastructure;
    /** Every service's main port: each service's header links the four desks. */
    private final Map<Service, Integer> ports;

    private final Object lock = new Object();
    private final Map<Service, ManagedProcess> processes = new EnumMap<>(Service.class);
    /** Further processes of a service, by instance name ({@code <module>-<name>}). */
    private final Map<String, ManagedProcess> extraInstances = new LinkedHashMap<>();

    private boolean closed;

    ServiceProcesses(PlatformOptions options, Infrastructure infrastructure, Map<Service, Integer> ports) {
        this.options = options;
        this.infrastructure = infrastructure;
        this.ports = Map.copyOf(ports);
    }

    /** Launches the main process of {@code service} on {@code port}; its log is appended to or started afresh. */
    void launch(Service service, int port, boolean appendToLog) {
        synchronized (lock) {
            requireOpen(service.moduleName());
            processes.put(service, spawn(service, service.moduleName(), port, options.logFile(service), appendToLog));
        }
    }

    /** Launches one more process of {@code service}, logging to {@code logs/<key>.log}. */
    ManagedProcess launchExtra(Service service, String key, int port) {
        synchronized (lock) {
            requireOpen(key);
            ManagedProcess existing = extraInstances.get(key);
            if (existing != null && existing.isAlive()) {
                throw new IllegalStateException(key + " is already running");
            }
            ManagedProcess process = spawn(service, key, port, options.logsDir().resolve(key + ".log"), true);
            extraInstances.put(key, process);
            return process;
        }
    }

    boolean isRunning(Service service) {
        synchronized (lock) {
            ManagedProcess process = processes.get(service);
            return process != null && process.isAlive();
        }
    }

    /** The main process of a service that is being started; fails if a shutdown has taken it meanwhile. */
    ManagedProcess running(Service service) {
        synchronized (lock) {
            ManagedProcess process = processes.get(service);
            if (process == null) {
                throw new IllegalStateException(
                        service.moduleName() + " is no longer managed: the platform was" + " stopped while it started");
            }
            return process;
        }
    }

    /** Clean shutdown (SIGTERM, SIGKILL after {@link #STOP_GRACE}) of a service's main process, or a SIGKILL. */
    void stop(Service service, boolean kill) {
        ManagedProcess process;
        synchronized (lock) {
            process = processes.remove(service);
        }
        end(process, kill);
    }

    /** As {@link #stop(Service, boolean)}, for an instance started by {@link #launchExtra}. */
    void stopExtra(String key, boolean kill) {
        ManagedProcess process;
        synchronized (lock) {
            process = extraInstances.remove(key);
        }
        end(process, kill);
    }

    /**
     * Stops every process, all at once (SIGTERM to each, then the wait), and refuses launches from then on.
     *
     * @return false if this had been done already
     */
    boolean stopAll() {
        List<ManagedProcess> running;
        synchronized (lock) {
            if (closed) {
                return false;
            }
            closed = true;
            running = new ArrayList<>(processes.values());
            running.addAll(extraInstances.values());
            processes.clear();
            extraInstances.clear();
        }
        running.forEach(ManagedProcess::requestStop);
        for (ManagedProcess process : running) {
            process.stop(STOP_GRACE);
        }
        return true;
    }

    private static void end(ManagedProcess process, boolean kill) {
        if (process == null) {
            return;
        }
        if (kill) {
            process.kill();
        } else {
            process.stop(STOP_GRACE);
        }
    }

    private void requireOpen(String name) {
        if (closed) {
            throw new IllegalStateException("The platform is shutting down; not starting " + name);
        }
    }

    /** Launches one process of a service; the caller holds {@link #lock} and records it. */
    private ManagedProcess spawn(Service service, String name, int httpPort, Path log, boolean appendToLog) {
        PostgresServer postgres = infrastructure.postgres();
        List<String> command = new ArrayList<>();
        command.add(ManagedProcess.javaExecutable().toString());
        command.addAll(options.serviceJvmOptions());
        command.add("-Dquarkus.http.port=" + httpPort);
        command.add("-Dkafka.bootstrap.servers=" + infrastructure.broker().bootstrapServers());
        command.add("-Dquarkus.datasource.jdbc.url="
                + postgres.jdbcUrl(options.databases().get(service)));
        command.add("-Dquarkus.datasource.username=" + postgres.username());
        // the realm's keys, issuer and audience: the same Keycloak signs every token the platform's callers bring
        command.add("-Dmp.jwt.verify.publickey.location="
                + infrastructure.keycloak().jwksUrl());
        command.add("-Dmp.jwt.verify.issuer=" + infrastructure.keycloak().issuer());
        command.add("-Dmp.jwt.verify.audiences=" + KeycloakServer.AUDIENCE);
        // and whether a person's token is still active (disabled, signed out), asked as the realm's client vinhdanh-api
        command.add("-Dvinhdanh.identity.introspection.url="
                + infrastructure.keycloak().introspectionEndpoint());
        // the desk: people sign in at the same realm (authorization code, client vinhdanh-desk); the header links the
        // four desks on their ports (a browser reaches them as localhost, the name the desk client redirects to)
        command.add(
                "-Dquarkus.oidc.auth-server-url=" + infrastructure.keycloak().issuer());
        ports.forEach((other, port) ->
                command.add("-Dvinhdanh.desk." + other.shortName() + "-url=http://localhost:" + port + "/desk"));
        if (System.getenv("OTEL_EXPORTER_OTLP_ENDPOINT") == null) {
            // no trace collector on this machine: trace ids still reach the logs and the Kafka headers, but the
            // exporter's "connection refused" would only be noise
            command.add("-Dquarkus.log.category.\"io.quarkus.opentelemetry.runtime.exporter.otlp\".level=ERROR");
        }
        // production serves no Swagger UI (%prod in each service's configuration); on this machine it is the
        // README's way to try the API
        command.add("-Dquarkus.swagger-ui.enabled=true");
        if (service == Service.NOMINATION) {
            // a portal team trying webhooks against this stack runs its receiver on this machine, over plain HTTP;
            // production refuses both (vinhdanh.webhooks.* in nomination-service's README)
            command.add("-Dvinhdanh.webhooks.allow-private-addresses=true");
            command.add("-Dvinhdanh.webhooks.allow-insecure-urls=true");
        }
        command.add("-jar");
        command.add(service.runnableJar(options.repoRoot()).toString());
        // the password goes through the environment: a command line is visible to every local user
        // glibc gives each thread that allocates its own 64 MB malloc arena; two are plenty for a service here
        Map<String, String> environment = Map.of(
                "QUARKUS_DATASOURCE_PASSWORD",
                postgres.password(),
                "VINHDANH_INTROSPECTION_CLIENT_SECRET",
                infrastructure.realm().secretOf(KeycloakServer.AUDIENCE),
                "MALLOC_ARENA_MAX",
                "2");
        try {
            return ManagedProcess.start(name, command, environment, options.runDir(), log, appendToLog);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot launch " + name, e);
        }
    }
}
