package vn.vinhdanh.benchmark;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.vinhdanh.deploy.infra.DevRealm;
import vn.vinhdanh.deploy.infra.KeycloakServer;
import vn.vinhdanh.deploy.infra.KeycloakTokens;
import vn.vinhdanh.deploy.infra.PostgresServer;
import vn.vinhdanh.deploy.stack.PlatformLauncher;
import vn.vinhdanh.deploy.stack.PlatformOptions;
import vn.vinhdanh.deploy.stack.Service;

/**
 * The platform the benchmark measures: an isolated stack it starts itself, or the running one of
 * {@code ./run-local.sh} ({@code --use-running}).
 *
 * @param platform null for the running stack, which the benchmark neither started nor stops
 */
record StackUnderTest(
        PlatformLauncher platform,
        PostgresServer postgres,
        Map<Service, URI> urls,
        Map<Service, String> databases,
        KeycloakTokens tokens,
        String bootstrapServers) {

    /** The stack of {@code ./run-local.sh}: its default ports, the {@code vinhdanh_*} databases, its Keycloak. */
    static StackUnderTest running(Path repoRoot) {
        Map<Service, URI> urls = new EnumMap<>(Service.class);
        Map<Service, String> databases = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            urls.put(service, URI.create("http://127.0.0.1:" + service.defaultPort()));
            databases.put(service, service.defaultDatabase());
        }
        return new StackUnderTest(
                null,
                PostgresServer.ensureRunning(repoRoot.resolve(".run")),
                urls,
                databases,
                new KeycloakTokens(
                        "http://localhost:" + PlatformOptions.KEYCLOAK_PORT + "/realms/" + KeycloakServer.REALM
                                + "/protocol/openid-connect/token",
                        DevRealm.read(KeycloakServer.defaultRealmFile(repoRoot))),
                "127.0.0.1:9092");
    }

    /** A stack of its own: fresh databases {@code <prefix>_*}, a fresh broker, free ports. */
    static StackUnderTest isolated(
            Path repoRoot, Path runDir, String prefix, List<String> serviceJvmOptions, PrintStream out) {
        out.println("Starting an isolated stack (fresh databases " + prefix + "_*, free ports)");
        PlatformLauncher platform = PlatformLauncher.start(PlatformOptions.isolated(repoRoot, runDir, prefix)
                .serviceJvmOptions(serviceJvmOptions)
                .progress(out)
                .build());
        Map<Service, String> databases = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            databases.put(service, platform.database(service));
        }
        return new StackUnderTest(
                platform,
                platform.postgres(),
                platform.baseUrls(),
                databases,
                platform.tokens(),
                platform.bootstrapServers());
    }

    ServiceDatabases serviceDatabases() {
        Map<Service, String> jdbcUrls = new EnumMap<>(Service.class);
        databases.forEach((service, name) -> jdbcUrls.put(service, postgres.jdbcUrl(name)));
        return new ServiceDatabases(jdbcUrls, postgres.username(), postgres.password());
    }

    int kafkaPort() {
        return Integer.parseInt(bootstrapServers.substring(bootstrapServers.lastIndexOf(':') + 1));
    }
}
