package vn.vinhdanh.publicity;

import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;
import vn.vinhdanh.publicity.domain.TraditionalDay;

/**
 * The traditional days as award-service's V18 seeds and publishes them, sent on award.catalogue the way award-service
 * sends them, for the tests whose stories are dated by a sector's day. Each start of the app has a fresh database,
 * so they are sent again whenever the read model lacks them.
 */
public final class TestTraditionalDays {

    public static final String TOPIC = "award.catalogue";
    public static final String TYPE = "traditional-day.published.v1";

    /** A day as the event says it. */
    public record Seeded(
            String code,
            String nameVi,
            int month,
            int day,
            List<String> sectors,
            boolean familiesDay,
            boolean everyOtherSector) {}

    public static final List<Seeded> SEEDED = List.of(
            new Seeded(
                    "PATRIOTIC_EMULATION_DAY",
                    "Ngày Bác Hồ ra Lời kêu gọi thi đua ái quốc",
                    6,
                    11,
                    List.of(),
                    false,
                    true),
            new Seeded("TEACHERS_DAY", "Ngày Nhà giáo Việt Nam", 11, 20, List.of("EDUCATION_TRAINING"), false, false),
            new Seeded("DOCTORS_DAY", "Ngày Thầy thuốc Việt Nam", 2, 27, List.of("HEALTH"), false, false),
            new Seeded(
                    "YOUTH_UNION_DAY", "Ngày thành lập Đoàn TNCS Hồ Chí Minh", 3, 26, List.of("YOUTH"), false, false),
            new Seeded("FAMILY_DAY", "Ngày Gia đình Việt Nam", 6, 28, List.of(), true, false),
            new Seeded("PRESS_DAY", "Ngày Báo chí cách mạng Việt Nam", 6, 21, List.of("PRESS"), false, false),
            new Seeded(
                    "PEOPLES_POLICE_DAY",
                    "Ngày truyền thống Công an nhân dân",
                    8,
                    19,
                    List.of("SECURITY"),
                    false,
                    false),
            new Seeded("SPORTS_DAY", "Ngày Thể thao Việt Nam", 3, 27, List.of("SPORTS"), false, false),
            new Seeded(
                    "SCIENCE_TECHNOLOGY_DAY",
                    "Ngày Khoa học và Công nghệ Việt Nam",
                    5,
                    18,
                    List.of("SCIENCE_TECHNOLOGY"),
                    false,
                    false),
            new Seeded(
                    "PEOPLES_ARMY_DAY", "Ngày thành lập Quân đội nhân dân Việt Nam", 12, 22, List.of(), false, false),
            new Seeded("ENTREPRENEURS_DAY", "Ngày Doanh nhân Việt Nam", 10, 13, List.of("ECONOMY"), false, false));

    private TestTraditionalDays() {}

    /** Sends the seeded days unless the read model holds them all, and waits until it does. */
    public static void ensurePublished() {
        if (stored() >= SEEDED.size()) {
            return;
        }
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            SEEDED.forEach(day -> send(kafka, day, 1));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> stored() >= SEEDED.size());
    }

    /** Sends one day as award-service would publish its revision. */
    public static UUID send(KafkaTestClient kafka, Seeded day, long revision) {
        UUID eventId = UUID.randomUUID();
        kafka.sendCloudEvent(TOPIC, "traditional-day:" + day.code(), eventId, TYPE, payload(day, revision));
        return eventId;
    }

    public static String payload(Seeded day, long revision) {
        return """
                {"code":"%s","nameVi":"%s","month":%d,"day":%d,"sectors":[%s],"familiesDay":%s,
                 "everyOtherSector":%s,"establishedBy":"test","revision":%d,"publishedAt":"%s"}""".formatted(
                        day.code(),
                        day.nameVi(),
                        day.month(),
                        day.day(),
                        day.sectors().stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(",")),
                        day.familiesDay(),
                        day.everyOtherSector(),
                        revision,
                        Instant.now());
    }

    public static Seeded seeded(String code) {
        return SEEDED.stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }

    /** The revision the read model holds of a day; 0 when it holds none. */
    public static long revision(String code) {
        return QuarkusTransaction.requiringNew().call(() -> {
            TraditionalDay day = TraditionalDay.findById(code);
            return day == null ? 0L : day.revision;
        });
    }

    private static long stored() {
        return QuarkusTransaction.requiringNew()
                .call(() -> TraditionalDay.count(
                        "code in ?1", SEEDED.stream().map(Seeded::code).toList()));
    }
}
