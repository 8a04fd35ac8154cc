package vn.vinhdanh.publicity;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.vinhdanh.deploy.infra.Callers.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;
import vn.vinhdanh.publicity.domain.PublicationRules;

/**
 * A household (hộ gia đình) approved by the council: its draft is written as a family's story, in the household
 * wording, and like an individual's it needs the publicity consent recorded on the nomination.
 */
@QuarkusTest
class HouseholdFeatureTest {

    private static final String FEATURES = "/api/v1/features/";

    @BeforeEach
    void daysArrived() {
        // Family Day comes from award-service's table of days
        TestTraditionalDays.ensurePublished();
    }

    @Test
    void aHouseholdsApprovalDraftsAFamilysStoryThatIsPublishedOnFamilyDay() {
        String nominationId = UUID.randomUUID().toString();
        String featureId = EditorialSteps.draft(nominationId, approval(nominationId, "OTHER", true));
        as("editor")
                .get(FEATURES + featureId)
                .then()
                .statusCode(200)
                .body("nomineeKind", equalTo("HOUSEHOLD"))
                .body("title", equalTo("Gia đình tiêu biểu: Hộ ông Vàng A Sử – thôn Lao Chải, xã Y Tý"))
                .body(
                        "body",
                        startsWith("Ở thôn Lao Chải, xã Y Tý, nhắc đến Hộ ông Vàng A Sử, bà con nhắc đến một gia đình"
                                + " nền nếp, chăm chỉ làm ăn, sống đoàn kết, nghĩa tình với xóm giềng."))
                .body("body", containsString("Chủ hộ là người dân tộc Mông, sinh năm 1968."))
                .body("body", containsString("Thành tích nổi bật\nGia đình nhiều năm liền đạt danh hiệu"))
                .body("body", endsWith("góp phần xây dựng gia đình no ấm, tiến bộ, hạnh phúc, văn minh."))
                .body("body", not(containsString("thành viên")))
                .body("body", not(containsString("Anh là")))
                .body("publicationBlocker", nullValue());

        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            kafka.sendCloudEvent("award.events", nominationId, UUID.randomUUID(), "award.granted.v1", """
                    {"awardId":"%s","nominationId":"%s","awardCode":"GIAY_KHEN_CHU_TICH_UBND_XA",
                     "awardName":"Giấy khen của Chủ tịch Ủy ban nhân dân xã Y Tý","recipientKind":"HOUSEHOLD",
                     "recipientName":"Hộ ông Vàng A Sử","decisionNumber":"56/QĐ-UBND","decisionDate":"2025-11-20",
                     "legalBasis":"NĐ 152/2025/NĐ-CP","multiplier":0.45,"baseSalaryVnd":2340000,
                     "amountVnd":1060000,"grantedAt":"%s"}""".formatted(
                            UUID.randomUUID(), nominationId, Instant.now()));
        }
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> as("editor")
                        .get(FEATURES + featureId)
                        .then()
                        .body(
                                "body",
                                containsString("Ghi nhận những nỗ lực đó, Hộ ông Vàng A Sử đã được tặng Giấy khen của"
                                        + " Chủ tịch Ủy ban nhân dân xã Y Tý theo Quyết định số 56/QĐ-UBND."))
                        // a family's story: Family Day, not 11 June
                        .body("suggestedPublishDate", equalTo("2026-06-28"))
                        .body("suggestionNote", equalTo("Ngày Gia đình Việt Nam (28/6)")));

        EditorialSteps.published(featureId);
    }

    @Test
    void aHouseholdInAgricultureIsWrittenAsAFarmingFamily() {
        String nominationId = UUID.randomUUID().toString();
        String featureId = EditorialSteps.draft(nominationId, approval(nominationId, "AGRICULTURE", true));
        as("editor")
                .get(FEATURES + featureId)
                .then()
                .body("title", equalTo("Gia đình sản xuất, kinh doanh giỏi: Hộ ông Vàng A Sử – thôn Lao Chải, xã Y Tý"))
                .body(
                        "body",
                        startsWith("Bằng sự cần cù và cách làm ăn bài bản, Hộ ông Vàng A Sử (thôn Lao Chải, xã Y Tý)"
                                + " đã vươn lên thành hộ sản xuất, kinh doanh giỏi"))
                .body("body", endsWith("làm giàu chính đáng trên chính quê hương mình."));
    }

    @Test
    void aHouseholdWithoutConsentIsDraftedButCannotBeApprovedOrPublished() {
        String nominationId = UUID.randomUUID().toString();
        String featureId = EditorialSteps.draft(nominationId, approval(nominationId, "OTHER", false));
        as("editor")
                .get(FEATURES + featureId)
                .then()
                .body("publicationBlocker", containsString("the household did not consent to publicity"));
        EditorialSteps.submitted(featureId);
        as("editor")
                .post(FEATURES + featureId + "/approve")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/consent-missing"))
                .body("detail", containsString("a household's story needs it"));
        as("editor")
                .header("Accept-Language", "vi")
                .post(FEATURES + featureId + "/approve")
                .then()
                .statusCode(409)
                .body("detail", equalTo(PublicationRules.HOUSEHOLD_CONSENT_MISSING_VI));
        as("editor")
                .post(FEATURES + featureId + "/publish")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    /** The council's approval of a household, as review-service passes the nomination on. */
    private static String approval(String nominationId, String sector, boolean consent) {
        return """
                {"caseId":"%s","nominationId":"%s","outcome":"APPROVED","reason":null,"decisionDate":"2025-11-20",
                 "decidedAt":"%s","decidedBy":"council-secretary",
                 "nomination":{"nominationId":"%s","revision":1,"agencyCode":"UBND-XA-YTY","movementId":"%s",
                   "movementName":"Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm 2025",
                   "movementYear":2025,"level":"COMMUNE","sector":"%s","proposedAward":"GIAY_KHEN_CHU_TICH_UBND_XA",
                   "nominee":{"kind":"HOUSEHOLD","name":"Hộ ông Vàng A Sử","gender":"MALE","birthYear":1968,
                              "ethnicity":"Mông","position":null,"organization":"thôn Lao Chải, xã Y Tý",
                              "targetGroup":"HOUSEHOLD","memberCount":null},
                   "achievements":"Gia đình nhiều năm liền đạt danh hiệu Gia đình văn hóa, các con đều học hết THPT.",
                   "goodPractices":"Vận động bà con trong thôn bỏ tục thách cưới, làm chuồng trại xa nhà.",
                   "publicityConsent":%s,"submittedAt":"%s"}}""".formatted(
                        UUID.randomUUID(),
                        nominationId,
                        Instant.now(),
                        nominationId,
                        UUID.randomUUID(),
                        sector,
                        consent,
                        Instant.now());
    }
}
