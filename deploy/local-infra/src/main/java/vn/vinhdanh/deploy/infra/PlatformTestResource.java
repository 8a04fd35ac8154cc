package vn.vinhdanh.deploy.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Real Kafka and PostgreSQL for a service's {@code @QuarkusTest}s:
 *
 * <pre>{@code
 * @QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
 *         initArgs = @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "nomination"))
 * }</pre>
 *
 * <p>One broker serves the whole test JVM (fresh data directory, free ports) because a broker start costs a few
 * seconds. Each start of the application gets its own fresh database {@code vd_<prefix>_t<8 hex>}, dropped again
 * in {@link #stop()}, so Flyway always migrates an empty schema and test runs cannot see each other's rows.</p>
 *
 * <p>Tests reach the same infrastructure through the static accessors. Their values are also kept in system
 * properties, because Quarkus may load this class in more than one class loader: the values, and the one broker,
 * are per JVM, not per class loader.</p>
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

    /** Init arg: prefix for the test database name, e.g. {@code nomination}. */
    public static final String DATABASE_ARG = "database";

    private static final String BOOTSTRAP_PROPERTY = "vinhdanh.test.kafka.bootstrap-servers";
    private static final String DB_HOST_PROPERTY = "vinhdanh.test.db.host";
    private static final String DB_PORT_PROPERTY = "vinhdanh.test.db.port";
    private static final String JDBC_URL_PROPERTY = "vinhdanh.test.db.jdbc-url";
    private static final String DB_USER_PROPERTY = "vinhdanh.test.db.username";
    private static final String DB_PASSWORD_PROPERTY = "vinhdanh.test.db.password";
    private static final String JWT_PRIVATE_KEY_PROPERTY = "vinhdanh.test.jwt.private-key";
    private static final String JWT_PUBLIC_KEY_PROPERTY = "vinhdanh.test.jwt.public-key";

    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,40}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Held only by the class loader that started them; other loaders find them through the properties. */
    private static KafkaBroker broker;

    private static PostgresServer postgres;

    private String prefix = "test";
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        String requested = initArgs.get(DATABASE_ARG);
        if (requested != null && !requested.isBlank()) {
            if (!PREFIX.matcher(requested).matches()) {
                throw new IllegalArgumentException("'" + DATABASE_ARG + "' must be a short lower-case name such as"
                        + " 'nomination', not: " + requested);
            }
            prefix = requested;
        }
    }

    @Override
    public Map<String, String> start() {
        String bootstrapServers = ensureBroker();
        PostgresServer server = ensurePostgres();
        database = "vd_" + prefix + "_t" + HexFormat.of().formatHex(randomBytes(4));
        server.createDatabaseIfMissing(database);
        String jdbcUrl = server.jdbcUrl(database);
        System.setProperty(JDBC_URL_PROPERTY, jdbcUrl);
        return Map.of(
                "kafka.bootstrap.servers",
                bootstrapServers,
                "quarkus.datasource.jdbc.url",
                jdbcUrl,
                "quarkus.datasource.username",
                server.username(),
                "quarkus.datasource.password",
                server.password(),
                // the test key, which smallrye-jwt prefers to the realm's JWKS location (the identity module's
                // default):
                // these tests need a caller, not a sign-in, which is tested against the real Keycloak (local-stack)
                "mp.jwt.verify.publickey",
                jwt().publicKeyPem(),
                "mp.jwt.verify.issuer",
                LocalJwt.ISSUER);
    }

    /**
     * Drops this start's database. The broker keeps running for the next application start in this JVM and is
     * stopped by its shutdown hook when the JVM exits.
     */
    @Override
    public void stop() {
        if (database != null) {
            String dropped = database;
            database = null;
            ensurePostgres().dropDatabase(dropped);
            if (System.getProperty(JDBC_URL_PROPERTY, "").endsWith("/" + dropped)) {
                System.clearProperty(JDBC_URL_PROPERTY);
            }
        }
    }

    /** A signed token for a caller in {@code role}, acting for {@code agencyCode} when the role is agency. */
    public static String token(String subject, String role, String agencyCode) {
        return jwt().issue(subject, role, agencyCode, java.time.Duration.ofHours(1));
    }

    /**
     * A token signed with the key the application trusts, but expired an hour ago: the application must refuse it
     * as it would any other invalid token.
     */
    public static String expiredToken(String subject, String role, String agencyCode) {
        java.time.Instant now = java.time.Instant.now();
        return jwt().issue(
                        subject,
                        role,
                        agencyCode,
                        now.minus(java.time.Duration.ofHours(2)),
                        now.minus(java.time.Duration.ofHours(1)));
    }

    /** A signed token valid from {@code issuedAt} until {@code expiresAt}. */
    public static String issue(
            String subject, String role, String agencyCode, java.time.Instant issuedAt, java.time.Instant expiresAt) {
        return jwt().issue(subject, role, agencyCode, issuedAt, expiresAt);
    }

    /** One key pair per test JVM, shared across class loaders through system properties. */
    private static synchronized LocalJwt jwt() {
        String privateKey = System.getProperty(JWT_PRIVATE_KEY_PROPERTY);
        if (privateKey != null) {
            return LocalJwt.fromPem(privateKey, System.getProperty(JWT_PUBLIC_KEY_PROPERTY));
        }
        LocalJwt generated = LocalJwt.generate();
        System.setProperty(JWT_PRIVATE_KEY_PROPERTY, generated.privateKeyPem());
        System.setProperty(JWT_PUBLIC_KEY_PROPERTY, generated.publicKeyPem());
        return generated;
    }

    /** {@code host:port} of the test JVM's broker, for a test's own producers, consumers and admin clients. */
    public static String bootstrapServers() {
        return requireProperty(BOOTSTRAP_PROPERTY);
    }

    /** JDBC URL of the database the application under test currently uses. */
    public static String jdbcUrl() {
        return requireProperty(JDBC_URL_PROPERTY);
    }

    public static String jdbcUsername() {
        return requireProperty(DB_USER_PROPERTY);
    }

    /** Empty for trust authentication. */
    public static String jdbcPassword() {
        return System.getProperty(DB_PASSWORD_PROPERTY, "");
    }

    /**
     * The broker itself, for fault tests that kill or restart it. Empty when called from a class loader other
     * than the one that started it.
     */
    public static synchronized Optional<KafkaBroker> broker() {
        return Optional.ofNullable(broker);
    }

    private static synchronized String ensureBroker() {
        String running = System.getProperty(BOOTSTRAP_PROPERTY);
        if (running != null) {
            return running;
        }
        // the broker's own shutdown hook stops it and deletes its temporary data directory at JVM exit
        broker = KafkaBroker.builder().build().start();
        System.setProperty(BOOTSTRAP_PROPERTY, broker.bootstrapServers());
        return broker.bootstrapServers();
    }

    private static synchronized PostgresServer ensurePostgres() {
        if (postgres != null) {
            return postgres;
        }
        String host = System.getProperty(DB_HOST_PROPERTY);
        if (host != null) {
            postgres = PostgresServer.connect(
                    host,
                    Integer.parseInt(System.getProperty(DB_PORT_PROPERTY)),
                    System.getProperty(DB_USER_PROPERTY),
                    System.getProperty(DB_PASSWORD_PROPERTY, ""));
            return postgres;
        }
        // an embedded server is stopped, and its throw-away data deleted, by zonky's shutdown hook
        postgres = PostgresServer.ensureRunningEphemeral();
        System.setProperty(DB_HOST_PROPERTY, postgres.host());
        System.setProperty(DB_PORT_PROPERTY, Integer.toString(postgres.port()));
        System.setProperty(DB_USER_PROPERTY, postgres.username());
        System.setProperty(DB_PASSWORD_PROPERTY, postgres.password());
        return postgres;
    }

    private static String requireProperty(String name) {
        return Objects.requireNonNull(
                System.getProperty(name),
                () -> "Not available before PlatformTestResource has started (" + name + " is not set). Is the test"
                        + " class annotated, or another test resource with restrictToAnnotatedClass = false active?");
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
