package vn.vinhdanh.review;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/**
 * award-service's catalogue as these tests need it: award-service does not run here, so a test publishes the
 * {@code award-type.published.v1} events of the codes it sets vote rules for on {@code award.catalogue} itself, and
 * waits until the consumer has recorded them. A code is published once per test run.
 */
public final class TestCatalogue {

    public static final String TOPIC = "award.catalogue";
    public static final String TYPE = "award-type.published.v1";

    private static final Set<String> PUBLISHED = ConcurrentHashMap.newKeySet();

    private TestCatalogue() {}

    /** Publishes the codes not published yet and returns once the read model holds every one. */
    public static void publish(String... codes) {
        List<String> fresh = List.of(codes).stream().filter(PUBLISHED::add).toList();
        if (!fresh.isEmpty()) {
            try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
                fresh.forEach(code -> kafka.sendCloudEvent(TOPIC, code, UUID.randomUUID(), TYPE, entry(code, 1)));
            }
        }
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> List.of(codes).stream().allMatch(TestCatalogue::recorded));
    }

    /** A random code of a title nobody else uses, published. */
    public static String freshTitle() {
        String code =
                "THU_NGHIEM_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        publish(code);
        return code;
    }

    public static String entry(String code, long revision) {
        return entry(code, revision, "Danh hiệu " + code);
    }

    public static String entry(String code, long revision, String nameVi) {
        return """
                {"code":"%s","nameVi":"%s","nameEn":"Title %s","recipientKinds":["INDIVIDUAL"],
                 "grants":[{"level":"PROVINCE","authority":"PROVINCE_CHAIRMAN",
                            "authorityNameVi":"Chủ tịch Ủy ban nhân dân tỉnh","validFrom":"1900-01-01","validTo":null}],
                 "revision":%d,"publishedAt":"%s"}""".formatted(code, nameVi, code, revision, Instant.now());
    }

    public static boolean recorded(String code) {
        return nameVi(code) != null;
    }

    /** The Vietnamese name the read model holds for the code; null when it holds none. */
    public static String nameVi(String code) {
        try (Connection connection = DriverManager.getConnection(
                        PlatformTestResource.jdbcUrl(),
                        PlatformTestResource.jdbcUsername(),
                        PlatformTestResource.jdbcPassword());
                PreparedStatement statement =
                        connection.prepareStatement("select name_vi from award_catalogue where code = ?")) {
            statement.setString(1, code);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
