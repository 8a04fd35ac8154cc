package vn.vinhdanh.publicity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.vinhdanh.deploy.infra.Callers.as;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

@QuarkusTest
class FeatureFlowTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void anApprovalOpensAVietnameseDraftThatTheAwardCompletesAndPublishingPutsInTheFeed() throws Exception {
        String nominationId = UUID.randomUUID().toString();
        UUID approval = UUID.randomUUID();
        String decided = approved(nominationId, "INDIVIDUAL", "Vàng Thị Sinh", true);
        kafka.sendCloudEvent("review.events", nominationId, approval, "review.decided.v1", decided);
        kafka.sendCloudEvent("review.events", nominationId, approval, "review.decided.v1", decided);

        String featureId = Stories.awaitFeature(nominationId);
        as("editor")
                .get("/api/v1/features/" + featureId)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("title", containsString("Vàng Thị Sinh"))
                .body("body", containsString("Thành tích nổi bật"))
                .body("body", containsString("Cách làm hay, sáng tạo"))
                .body("body", containsString("Chị là người dân tộc Dao"))
                .body("publicationBlocker", nullValue());
        as("editor")
                .queryParam("nominationId", nominationId)
                .get("/api/v1/features")
                .then()
                .body("$", hasSize(1));

        kafka.sendCloudEvent("award.events", nominationId, UUID.randomUUID(), "award.granted.v1", """
                {"awardId":"%s","nominationId":"%s","awardCode":"BANG_KHEN_CHU_TICH_UBND_TINH",
                 "awardName":"Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh","recipientKind":"INDIVIDUAL",
                 "recipientName":"Vàng Thị Sinh","decisionNumber":"1234/QĐ-UBND","decisionDate":"2025-11-20",
                 "legalBasis":"NĐ 152/2025/NĐ-CP","multiplier":1.5,"baseSalaryVnd":2340000,"amountVnd":3510000,
                 "grantedAt":"%s"}""".formatted(
                        UUID.randomUUID(), nominationId, Instant.now()));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> as("editor")
                        .get("/api/v1/features/" + featureId)
                        .then()
                        .body("decisionNumber", equalTo("1234/QĐ-UBND"))
                        .body("body", containsString("theo Quyết định số 1234/QĐ-UBND")));

        as("editor")
                .post("/api/v1/features/" + featureId + "/publish")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/invalid-transition"));
        as("editor")
                .post("/api/v1/features/" + featureId + "/submit-for-review")
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_REVIEW"));
        as("editor")
                .post("/api/v1/features/" + featureId + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
        as("editor")
                .post("/api/v1/features/" + featureId + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        as("editor")
                .post("/api/v1/features/" + featureId + "/publish")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/invalid-transition"));

        kafka.await(
                "publicity.events",
                r -> nominationId.equals(r.key())
                        && "feature.published.v1".equals(KafkaTestClient.header(r, "ce_type")),
                Duration.ofSeconds(20));

        byte[] feed = given().get("/feed.atom")
                .then()
                .statusCode(200)
                .contentType(containsString("application/atom+xml"))
                .extract()
                .asByteArray();
        Document atom = parse(feed);
        Element root = atom.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(text(root, "id")).isNotBlank();
        assertThat(text(root, "title")).contains("Gương điển hình tiên tiến");
        OffsetDateTime.parse(text(root, "updated"));
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        Element entry = null;
        for (int i = 0; i < entries.getLength(); i++) {
            Element candidate = (Element) entries.item(i);
            if (text(candidate, "id").equals("urn:uuid:" + featureId)) {
                entry = candidate;
            }
        }
        assertThat(entry).as("feed entry for the published feature").isNotNull();
        assertThat(text(entry, "title")).contains("Vàng Thị Sinh");
        OffsetDateTime.parse(text(entry, "updated"));
        OffsetDateTime.parse(text(entry, "published"));
        Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
        assertThat(link.getAttribute("href")).contains("/news/vang-thi-sinh-");
    }

    @Test
    void anIndividualWithoutConsentIsDraftedButCannotBePublished() {
        String nominationId = UUID.randomUUID().toString();
        kafka.sendCloudEvent(
                "review.events",
                nominationId,
                UUID.randomUUID(),
                "review.decided.v1",
                approved(nominationId, "INDIVIDUAL", "Sần Văn Tín", false));
        String featureId = Stories.awaitFeature(nominationId);
        as("editor").get("/api/v1/features/" + featureId).then().body("publicationBlocker", containsString("consent"));
        as("editor")
                .post("/api/v1/features/" + featureId + "/submit-for-review")
                .then()
                .statusCode(200);
        as("editor")
                .post("/api/v1/features/" + featureId + "/approve")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/consent-missing"))
                .body("detail", containsString("consent"));
        as("editor")
                .post("/api/v1/features/" + featureId + "/publish")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().get("/feed.atom").then().body(org.hamcrest.Matchers.not(containsString(featureId)));
    }

    @Test
    void aCollectiveGetsTheCollectiveTemplateAndARejectionGetsNoFeature() {
        String rejected = UUID.randomUUID().toString();
        kafka.sendCloudEvent(
                "review.events",
                rejected,
                UUID.randomUUID(),
                "review.decided.v1",
                approved(rejected, "COLLECTIVE", "Hợp tác xã Mận Tam hoa Bắc Hà", true)
                        .replace("\"APPROVED\"", "\"REJECTED\""));
        String nominationId = UUID.randomUUID().toString();
        kafka.sendCloudEvent(
                "review.events",
                nominationId,
                UUID.randomUUID(),
                "review.decided.v1",
                approved(nominationId, "COLLECTIVE", "Hợp tác xã Mận Tam hoa Bắc Hà", true));
        String featureId = Stories.awaitFeature(nominationId);
        as("editor")
                .get("/api/v1/features/" + featureId)
                .then()
                .body("title", equalTo("Tập thể tiêu biểu ngành y tế: Hợp tác xã Mận Tam hoa Bắc Hà"))
                .body("body", containsString("42 thành viên"));
        as("editor")
                .queryParam("nominationId", rejected)
                .get("/api/v1/features")
                .then()
                .body("$", hasSize(0));
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String text(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode() == parent) {
                return nodes.item(i).getTextContent();
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getLocalName() + ">");
    }

    static String approved(String nominationId, String kind, String name, boolean consent) {
        boolean collective = kind.equals("COLLECTIVE");
        return """
                {"caseId":"%s","nominationId":"%s","outcome":"APPROVED","reason":null,"decisionDate":"2025-11-20",
                 "decidedAt":"%s","decidedBy":"council-secretary",
                 "nomination":{"nominationId":"%s","revision":1,"agencyCode":"SO-YTE","movementId":"%s",
                   "movementName":"Phong trào thi đua yêu nước tỉnh Lào Cai năm 2025","movementYear":2025,
                   "level":"PROVINCE","sector":"HEALTH","proposedAward":"BANG_KHEN_CHU_TICH_UBND_TINH",
                   "nominee":{"kind":"%s","name":"%s","gender":"FEMALE","birthYear":1990,"ethnicity":%s,
                              "position":%s,"organization":"Trạm Y tế xã Tả Phìn, Sa Pa","targetGroup":"%s",
                              "memberCount":%s},
                   "achievements":"Đỡ đẻ an toàn cho hơn 300 sản phụ người Dao đỏ.\\nVận động bà con sinh con tại trạm.",
                   "goodPractices":"Lập nhóm Zalo tư vấn sức khỏe bằng tiếng Dao.","publicityConsent":%s,
                   "submittedAt":"%s"}}""".formatted(
                        UUID.randomUUID(),
                        nominationId,
                        Instant.now(),
                        nominationId,
                        UUID.randomUUID(),
                        kind,
                        name,
                        collective ? "null" : "\"Dao\"",
                        collective ? "null" : "\"Nữ hộ sinh\"",
                        collective ? "COLLECTIVE" : "PUBLIC_EMPLOYEE",
                        collective ? "42" : "null",
                        consent,
                        Instant.now());
    }
}
