package vn.vinhdanh.deploy.stack;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import vn.vinhdanh.deploy.infra.DevRealm;
import vn.vinhdanh.deploy.infra.KafkaBroker;
import vn.vinhdanh.deploy.infra.KafkaBrokerBuilder;
import vn.vinhdanh.deploy.infra.KeycloakServer;
import vn.vinhdanh.deploy.infra.KeycloakTokens;
import vn.vinhdanh.deploy.infra.Ports;
import vn.vinhdanh.deploy.infra.PostgresServer;

/**
 * What the services stand on: PostgreSQL with one database per service, the Kafka broker, and Keycloak, the identity
 * provider whose tokens they verify. Started before the services and stopped after them, so that they can flush their
 * outboxes and commit their offsets on the way out.
 */
final class Infrastructure {

    private final PlatformOptions options;
    private final PrintStream out;

    private volatile PostgresServer postgres;
    private volatile KafkaBroker broker;
    private volatile KeycloakServer keycloak;
    private volatile CompletableFuture<KeycloakServer> keycloakStart;
    private volatile boolean ownsKeycloak;

    Infrastructure(PlatformOptions options) {
        this.options = options;
        this.out = options.progress();
    }

    /** The configured PostgreSQL (or an embedded one) with every service's database created if missing. */
    void startPostgres() {
        long started = System.nanoTime();
        postgres = options.isolated()
                ? PostgresServer.ensureRunningEphemeral()
                : PostgresServer.ensureRunning(options.runDir());
        out.printf(
                Locale.ROOT,
                "  PostgreSQL    %s:%d, %s (%.1f s)%n",
                postgres.host(),
                postgres.port(),
                postgres.isEmbedded() ? "embedded, started by this launcher" : "already running",
                Readiness.seconds(started));
        List<String> created = new ArrayList<>();
        for (String database : options.databases().values()) {
            if (postgres.createDatabaseIfMissing(database)) {
                created.add(database);
            }
        }
        out.println("  Databases     " + String.join(", ", options.databases().values())
                + (created.isEmpty()
                        ? " (all existed)"
                        : created.size() == options.databases().size()
                                ? " (created)"
                                : " (created " + String.join(", ", created) + ")"));
    }

    void startBroker() {
        long started = System.nanoTime();
        KafkaBrokerBuilder builder = KafkaBroker.builder()
                .libDir(options.kafkaLibDir())
                .dataDir(options.kafkaDataDir())
                .port(options.kafkaPort())
                .controllerPort(options.kafkaControllerPort())
                .logFile(options.logsDir().resolve("kafka.log"))
                // the launcher's own hook stops the broker, after the services
                .registerShutdownHook(false);
        // assigned before start() so that a shutdown arriving during the start still finds and stops it
        broker = builder.build();
        broker.start();
        out.printf(
                Locale.ROOT,
                "  Kafka         %s, data in %s (%.1f s)%n",
                broker.bootstrapServers(),
                broker.dataDir(),
                Readiness.seconds(started));
    }

    /**
     * Starts Keycloak in the background (it takes longer than anything else; the services need it only for their
     * first token, which {@link #awaitKeycloak} makes sure comes later). The developer's stack runs its own on port
     * {@value PlatformOptions#KEYCLOAK_PORT} with database {@value PlatformOptions#KEYCLOAK_DATABASE}; isolated
     * platforms share one per JVM ({@link SharedKeycloak}), since a test suite's platforms need no realm of their own,
     * unless one asks for its own ({@link PlatformOptions.Builder#ownKeycloak}).
     */
    void startKeycloak() {
        long started = System.nanoTime();
        if (!options.ownKeycloak()) {
            ownsKeycloak = false;
            keycloak = SharedKeycloak.server(options);
        } else {
            ownsKeycloak = true;
            postgres().createDatabaseIfMissing(options.keycloakDatabase());
            List<Integer> ports = options.isolated()
                    ? Ports.freePorts(2)
                    : List.of(PlatformOptions.KEYCLOAK_PORT, PlatformOptions.KEYCLOAK_MANAGEMENT_PORT);
            keycloak = KeycloakServer.builder()
                    .home(options.keycloakHome())
                    .realmFile(options.realmFile())
                    .port(ports.get(0))
                    .managementPort(ports.get(1))
                    .database(
                            postgres().jdbcUrl(options.keycloakDatabase()),
                            postgres().username(),
                            postgres().password())
                    .logFile(options.logsDir().resolve("keycloak.log"))
                    .build();
        }
        KeycloakServer server = keycloak;
        keycloakStart = CompletableFuture.supplyAsync(() -> {
            server.start();
            out.printf(
                    Locale.ROOT,
                    "  Keycloak      %s%s (%.1f s)%n",
                    server.issuer(),
                    ownsKeycloak ? ", database " + options.keycloakDatabase() : ", shared by this JVM",
                    Readiness.seconds(started));
            return server;
        });
    }

    /** Waits for the Keycloak start begun by {@link #startKeycloak}; rethrows its failure. */
    KeycloakServer awaitKeycloak() {
        try {
            return keycloakStart.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Tokens of the realm's portals and demo people, as the demo loader, the tests and the benchmark use them. */
    KeycloakTokens tokens() {
        KeycloakServer server = requireStarted(keycloak, "Keycloak");
        return new KeycloakTokens(server.tokenEndpoint(), realm());
    }

    /** The realm file's portals, people and development secrets. */
    DevRealm realm() {
        return DevRealm.read(options.realmFile());
    }

    KeycloakServer keycloak() {
        return requireStarted(keycloak, "Keycloak");
    }

    PostgresServer postgres() {
        return requireStarted(postgres, "PostgreSQL");
    }

    KafkaBroker broker() {
        return requireStarted(broker, "Kafka");
    }

    /**
     * Stops the broker, drops the databases of an isolated platform, and stops an embedded PostgreSQL; every step is
     * tried even if an earlier one failed.
     *
     * @return the first failure, the later ones suppressed in it; null if all went well
     */
    RuntimeException stop() {
        RuntimeException failure = null;
        if (keycloak != null && ownsKeycloak) {
            if (keycloakStart != null) {
                keycloakStart.cancel(false);
            }
            failure = attempt(keycloak::stop, failure);
        }
        if (broker != null) {
            failure = attempt(broker::close, failure);
        }
        if (postgres != null) {
            if (options.isolated()) {
                for (String database : options.databases().values()) {
                    failure = attempt(() -> postgres.dropDatabase(database), failure);
                }
                if (ownsKeycloak) {
                    failure = attempt(() -> postgres.dropDatabase(options.keycloakDatabase()), failure);
                }
            }
            failure = attempt(postgres::close, failure);
        }
        return failure;
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

    private static <T> T requireStarted(T component, String name) {
        if (component == null) {
            throw new IllegalStateException(name + " has not been started");
        }
        return component;
    }
}
