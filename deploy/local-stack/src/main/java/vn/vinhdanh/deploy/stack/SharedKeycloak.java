package vn.vinhdanh.deploy.stack;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import vn.vinhdanh.deploy.infra.KeycloakServer;
import vn.vinhdanh.deploy.infra.Ports;
import vn.vinhdanh.deploy.infra.PostgresServer;

/**
 * One Keycloak for every isolated platform of this JVM: a test suite (the end-to-end and fault tests run several
 * platforms one after the other) or the benchmark. Its start costs half a minute and its realm is the same for all, so
 * it is started once, on free ports with a fresh database {@code vd_kc_<hex>}, and stopped and dropped when the JVM
 * exits.
 */
final class SharedKeycloak {

    private static KeycloakServer server;

    private SharedKeycloak() {}

    /** The JVM's shared server, made on first use (the caller starts it; {@link KeycloakServer#start} is idempotent). */
    static synchronized KeycloakServer server(PlatformOptions options) {
        if (server != null) {
            return server;
        }
        PostgresServer postgres = PostgresServer.ensureRunningEphemeral();
        String database = "vd_kc_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
        postgres.createDatabaseIfMissing(database);
        List<Integer> ports = Ports.freePorts(2);
        Path logFile = options.runDir().resolve("logs").resolve("keycloak-" + database + ".log");
        KeycloakServer created = KeycloakServer.builder()
                .home(options.keycloakHome())
                .realmFile(options.realmFile())
                .port(ports.get(0))
                .managementPort(ports.get(1))
                .database(postgres.jdbcUrl(database), postgres.username(), postgres.password())
                .logFile(logFile)
                .build();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            created.stop();
                            try {
                                postgres.dropDatabase(database);
                            } finally {
                                postgres.close();
                            }
                        },
                        "vinhdanh-shared-keycloak-shutdown"));
        server = created;
        return server;
    }
}
