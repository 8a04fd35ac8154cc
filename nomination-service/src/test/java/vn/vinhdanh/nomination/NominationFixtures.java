package vn.vinhdanh.nomination;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.deploy.infra.Callers.as;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import vn.vinhdanh.deploy.infra.KafkaTestClient;

/**
 * The scene the timeline, webhook and desk tests share: a nomination submitted through the API in a movement of its
 * own, and what review-, award- and publicity-service report about it, as their events' payloads say it, sent over the
 * broker as they send it.
 */
public final class NominationFixtures {

    /** The title {@link #submitNomination} proposes. */
    public static final String PROVINCE_CERTIFICATE = "BANG_KHEN_CHU_TICH_UBND_TINH";

    public static final String PROVINCE_CERTIFICATE_VI = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh";

    /** Who {@link #submitNomination} nominates. */
    public static final String NOMINEE = "Lò Thị Mai";

    private static final Duration STEP_WAIT = Duration.ofSeconds(20);

    private NominationFixtures() {}

    /** An individual proposed for {@link #PROVINCE_CERTIFICATE} by {@code agencyCode}, in a 2025 movement of its own. */
    public static String submitNomination(String agencyCode) {
        String movementId = as("admin")
                .contentType(ContentType.JSON)
                .body("""
                        {"code":"LC-FX-%s","name":"Phong trào thi đua","kind":"REGULAR","level":"PROVINCE",
                         "year":2025}""".formatted(UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/movements")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return agency(agencyCode)
                .contentType(ContentType.JSON)
                .body("""
                        {"movementId":"%s","agencyCode":"%s",
                         "nominee":{"kind":"INDIVIDUAL","name":"%s","organization":"Trạm y tế xã Bản Lầu",
                                    "targetGroup":"PUBLIC_EMPLOYEE"},
                         "level":"PROVINCE","sector":"HEALTH","proposedAward":"%s",
                         "achievements":"Khám chữa bệnh cho đồng bào vùng cao.","publicityConsent":true}""".formatted(movementId, agencyCode, NOMINEE, PROVINCE_CERTIFICATE))
                .post("/api/v1/nominations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** {@code review.opened.v1}: the council's case for the nomination, round 1. */
    public static String reviewOpened(String nominationId) {
        return """
                {"caseId":"%s","nominationId":"%s","round":1,"openedAt":"%s"}""".formatted(UUID.randomUUID(), nominationId, Instant.now());
    }

    /** {@code review.decided.v1}: the council approves, decided by {@code council-secretary} on 20/11/2025. */
    public static String reviewApproved(String nominationId) {
        return """
                {"caseId":"%s","nominationId":"%s","outcome":"APPROVED","reason":null,
                 "decisionDate":"2025-11-20","decidedAt":"%s","decidedBy":"council-secretary",
                 "nomination":null}""".formatted(UUID.randomUUID(), nominationId, Instant.now());
    }

    /** {@code review.decided.v1}: the council returns it for information, decided by {@code council-secretary:thu-ky}. */
    public static String reviewReturned(String nominationId, String reason) {
        return """
                {"caseId":"%s","nominationId":"%s","outcome":"RETURNED","reason":"%s",
                 "decisionDate":"2025-11-20","decidedAt":"%s","decidedBy":"council-secretary:thu-ky",
                 "nomination":null}""".formatted(UUID.randomUUID(), nominationId, reason, Instant.now());
    }

    /** {@code award.blocked.v1} of {@link #PROVINCE_CERTIFICATE} for an individual. */
    public static String awardBlocked(String nominationId, String cause, String reasonVi, Instant blockedAt) {
        return """
                {"nominationId":"%s","caseId":"%s","awardCode":"%s","nomineeKind":"INDIVIDUAL","cause":"%s",
                 "reason":"award-service cannot draft the award","reasonVi":"%s","blockedAt":"%s"}""".formatted(nominationId, UUID.randomUUID(), PROVINCE_CERTIFICATE, cause, reasonVi, blockedAt);
    }

    /** {@code award.granted.v1}: {@link #PROVINCE_CERTIFICATE} to {@code recipientName}, decision 7/QĐ-UBND. */
    private static String awardGranted(String nominationId, String recipientName) {
        return """
                {"awardId":"%s","nominationId":"%s","awardCode":"%s","awardName":"%s","recipientKind":"INDIVIDUAL",
                 "recipientName":"%s","decisionNumber":"7/QĐ-UBND","decisionDate":"2025-11-20",
                 "legalBasis":"NĐ 152/2025/NĐ-CP","multiplier":1.5,"baseSalaryVnd":2340000,"amountVnd":3510000,
                 "grantedAt":"%s"}""".formatted(
                        UUID.randomUUID(),
                        nominationId,
                        PROVINCE_CERTIFICATE,
                        PROVINCE_CERTIFICATE_VI,
                        recipientName,
                        Instant.now());
    }

    /** {@code feature.published.v1}: the story "Gương điển hình: {@code recipientName}" at {@code slug}. */
    private static String featurePublished(String nominationId, String slug, String recipientName) {
        return """
                {"featureId":"%s","nominationId":"%s","slug":"%s","title":"Gương điển hình: %s",
                 "publishedAt":"%s"}""".formatted(UUID.randomUUID(), nominationId, slug, recipientName, Instant.now());
    }

    /** The council's approval, sent; returns once the nomination is APPROVED. */
    public static void approve(KafkaTestClient kafka, String agencyCode, String nominationId) {
        send(kafka, "review.events", "review.decided.v1", nominationId, reviewApproved(nominationId));
        awaitStatus(agencyCode, nominationId, "APPROVED");
    }

    /** The council's return for information, sent; returns once the nomination is RETURNED. */
    public static void sendBack(KafkaTestClient kafka, String agencyCode, String nominationId, String reason) {
        send(kafka, "review.events", "review.decided.v1", nominationId, reviewReturned(nominationId, reason));
        awaitStatus(agencyCode, nominationId, "RETURNED");
    }

    /** award-service's block, sent; returns once the nomination shows it. */
    public static void block(
            KafkaTestClient kafka, String agencyCode, String nominationId, String cause, String reasonVi) {
        send(
                kafka,
                "award.events",
                "award.blocked.v1",
                nominationId,
                awardBlocked(nominationId, cause, reasonVi, Instant.now()));
        awaitNomination(
                agencyCode,
                nominationId,
                nomination -> nomination
                        .body("status", equalTo("APPROVED"))
                        .body("awardBlock.cause", equalTo(cause))
                        .body("awardBlock.reason", equalTo(reasonVi))
                        .body("awardBlock.blockedAt", notNullValue()));
    }

    /** award-service's grant of {@link #PROVINCE_CERTIFICATE}, sent; returns once the nomination is AWARDED. */
    public static void grant(KafkaTestClient kafka, String agencyCode, String nominationId, String recipientName) {
        send(kafka, "award.events", "award.granted.v1", nominationId, awardGranted(nominationId, recipientName));
        awaitStatus(agencyCode, nominationId, "AWARDED");
    }

    /** publicity-service's published story, sent; returns once the nomination is PUBLICIZED. */
    public static void publicize(
            KafkaTestClient kafka, String agencyCode, String nominationId, String slug, String recipientName) {
        send(
                kafka,
                "publicity.events",
                "feature.published.v1",
                nominationId,
                featurePublished(nominationId, slug, recipientName));
        awaitStatus(agencyCode, nominationId, "PUBLICIZED");
    }

    /** One event about the nomination, under an id of its own, as the service that publishes it sends it. */
    private static void send(KafkaTestClient kafka, String topic, String type, String nominationId, String payload) {
        kafka.sendCloudEvent(topic, nominationId, UUID.randomUUID(), type, payload);
    }

    /** Waits until the nomination, read by its agency, has {@code status}. */
    public static void awaitStatus(String agencyCode, String nominationId, String status) {
        awaitNomination(agencyCode, nominationId, nomination -> nomination.body("status", equalTo(status)));
    }

    /** Waits until the nomination, read by its agency (200), is what {@code expected} asserts. */
    private static void awaitNomination(
            String agencyCode, String nominationId, Consumer<ValidatableResponse> expected) {
        await().atMost(STEP_WAIT)
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> expected.accept(agency(agencyCode)
                        .get("/api/v1/nominations/" + nominationId)
                        .then()
                        .statusCode(200)));
    }
}
