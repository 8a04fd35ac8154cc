package vn.vinhdanh.publicity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static vn.vinhdanh.deploy.infra.Callers.as;
import static vn.vinhdanh.publicity.EditorialSteps.FEATURES;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/** Every transition of the editorial workflow, allowed and refused, and what the public feeds show of each. */
@QuarkusTest
class EditorialWorkflowTest {

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
    void editsNeedTheCurrentEtagAndKeepTheOldText() {
        String id = draft("Lù Văn Páo");
        Response read = as("editor").get(FEATURES + id);
        String etag = read.header("ETag");
        assertThat(etag).isNotBlank();
        String edit = """
                {"title":"Người thầy của bản Lùng Khấu Nhin","summary":"Lù Văn Páo và 20 năm gieo chữ",
                 "body":"Thầy Lù Văn Páo đã dạy ba thế hệ học trò người Mông.","note":"biên tập lần 1"}""";

        as("editor")
                .contentType(ContentType.JSON)
                .body(edit)
                .put(FEATURES + id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        as("editor")
                .contentType(ContentType.JSON)
                .header("If-Match", "\"999\"")
                .body(edit)
                .put(FEATURES + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", endsWith("/stale-version"));
        String newEtag = as("editor")
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(edit)
                .put(FEATURES + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Người thầy của bản Lùng Khấu Nhin"))
                .extract()
                .header("ETag");
        assertThat(newEtag).isNotEqualTo(etag);
        // the first editor, still holding the old ETag, cannot overwrite the second edit
        as("editor")
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(edit)
                .put(FEATURES + id)
                .then()
                .statusCode(412);

        as("editor")
                .get(FEATURES + id + "/revisions")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].title", containsString("Lù Văn Páo"))
                .body("[0].note", equalTo("biên tập lần 1"));
    }

    @Test
    void transitionsOutOfOrderAreRefused() {
        String id = draft("Sùng A Chứ");
        for (String action : new String[] {"approve", "publish", "request-changes"}) {
            as("editor")
                    .contentType(ContentType.JSON)
                    .body("{}")
                    .post(FEATURES + id + "/" + action)
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/invalid-transition"));
        }
        as("editor")
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"sai\"}")
                .post(FEATURES + id + "/kill")
                .then()
                .statusCode(409);
        as("editor")
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body("{\"note\":\"sửa\"}")
                .post(FEATURES + id + "/corrections")
                .then()
                .statusCode(409);
        as("editor")
                .contentType(ContentType.JSON)
                .body("{\"publishAt\":\"" + Instant.now().plusSeconds(60) + "\"}")
                .post(FEATURES + id + "/schedule")
                .then()
                .statusCode(409);

        as("editor").post(FEATURES + id + "/submit-for-review").then().statusCode(200);
        as("editor")
                .contentType(ContentType.JSON)
                .body("{\"comment\":\"Bổ sung số liệu năm 2025\"}")
                .post(FEATURES + id + "/request-changes")
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"));
        as("editor").get(FEATURES + id + "/comments").then().body("[0].body", equalTo("Bổ sung số liệu năm 2025"));
        as("editor")
                .contentType(ContentType.JSON)
                .body("{\"assignee\":\"bien-tap-vien-1\"}")
                .put(FEATURES + id + "/assignee")
                .then()
                .statusCode(200)
                .body("assignee", equalTo("bien-tap-vien-1"));
        as("agency").post(FEATURES + id + "/submit-for-review").then().statusCode(403);
    }

    @Test
    void aScheduledStoryStaysOutOfTheFeedsUntilItsEmbargoThenPublishesItself() {
        String id = approved("Vàng A Dơ", "SPORTS");
        Instant embargo = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.MILLIS);
        as("editor")
                .contentType(ContentType.JSON)
                .body("{\"publishAt\":\"" + embargo + "\"}")
                .post(FEATURES + id + "/schedule")
                .then()
                .statusCode(200)
                .body("status", equalTo("SCHEDULED"));
        as("editor")
                .contentType(ContentType.JSON)
                .body("{\"publishAt\":\"" + Instant.now().minusSeconds(5) + "\"}")
                .post(FEATURES + id + "/schedule")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("publishAt"));

        given().get("/feed.atom").then().statusCode(200).body(not(containsString(id)));
        given().get("/feed.json").then().statusCode(200).body(not(containsString(id)));

        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> as("editor").get(FEATURES + id).then().body("status", equalTo("PUBLISHED")));
        Instant publishedAt =
                Instant.parse(as("editor").get(FEATURES + id).then().extract().path("publishedAt"));
        assertThat(publishedAt).isEqualTo(embargo);
        assertThat(Instant.now()).isAfterOrEqualTo(embargo);
        given().get("/feed.atom").then().body(containsString("urn:uuid:" + id));
        given().get("/feed.json").then().body("items.id", hasItem("urn:uuid:" + id));
    }

    @Test
    void aCorrectionIsShownAndAKillLeavesATombstone() {
        String id = published("Hoàng Thị Dinh", "HEALTH");
        String etag = as("editor").get(FEATURES + id).header("ETag");
        as("editor")
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"note\":\"Sửa năm công tác: 12 năm, không phải 21 năm.\"}")
                .post(FEATURES + id + "/corrections")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        given().get("/feed.json")
                .then()
                .body("items.find { it.id == 'urn:uuid:" + id + "' }.content_text", containsString("Đính chính"));
        kafka.await(
                "publicity.events",
                r -> "feature.corrected.v1".equals(KafkaTestClient.header(r, "ce_type"))
                        && r.value().contains(id),
                Duration.ofSeconds(20));

        as("editor")
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"Khen thưởng bị thu hồi\"}")
                .post(FEATURES + id + "/kill")
                .then()
                .statusCode(200)
                .body("status", equalTo("KILLED"));
        as("editor")
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"lần nữa\"}")
                .post(FEATURES + id + "/kill")
                .then()
                .statusCode(409);
        as("editor")
                .post(FEATURES + id + "/publish")
                .then()
                .statusCode(409)
                .body("type", endsWith("/invalid-transition"));

        String atom = given().get("/feed.atom").then().statusCode(200).extract().asString();
        assertThat(atom)
                .contains("xmlns:at=\"http://purl.org/atompub/tombstones/1.0\"")
                .contains("<at:deleted-entry ref=\"urn:uuid:" + id + "\"")
                .doesNotContain("<id>urn:uuid:" + id + "</id>");
        given().get("/feed.json").then().body("items.id", not(hasItem("urn:uuid:" + id)));
    }

    @Test
    void feedsAnswerConditionalRequestsAndFilter() {
        String health = published("Lò Thị Xuân", "HEALTH");
        Response first = given().get("/feed.atom");
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        assertThat(etag).isNotBlank();
        assertThat(lastModified).isNotBlank();
        given().header("If-None-Match", etag).get("/feed.atom").then().statusCode(304);
        given().header("If-Modified-Since", lastModified)
                .get("/feed.atom")
                .then()
                .statusCode(304);

        given().queryParam("sector", "HEALTH")
                .get("/feed.json")
                .then()
                .statusCode(200)
                .contentType(containsString("application/feed+json"))
                .body("version", equalTo("https://jsonfeed.org/version/1.1"))
                .body("items.id", hasItem("urn:uuid:" + health));
        given().queryParam("sector", "PRESS")
                .get("/feed.json")
                .then()
                .body("items.id", not(hasItem("urn:uuid:" + health)));
        given().queryParam("sector", "POETRY")
                .get("/feed.atom")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("page", -1).get("/feed.json").then().statusCode(400).contentType("application/problem+json");

        published("Giàng Thị Chu", "HEALTH");
        given().header("If-None-Match", etag).get("/feed.atom").then().statusCode(200);
    }

    @Test
    void aRevokedAwardTakesItsPublishedStoryDown() {
        String id = published("Tráng A Tủa", "SECURITY");
        String nominationId = as("editor").get(FEATURES + id).then().extract().path("nominationId");
        kafka.sendCloudEvent("award.events", nominationId, UUID.randomUUID(), "award.revoked.v1", """
                {"awardId":"%s","nominationId":"%s","awardCode":"BANG_KHEN_CHU_TICH_UBND_TINH",
                 "awardName":"Bằng khen của Chủ tịch UBND tỉnh","recipientName":"Tráng A Tủa",
                 "decisionNumber":"15/QĐ-UBND","category":"FALSE_DOSSIER","reason":"Hồ sơ kê khai không trung thực",
                 "recoveryAmountVnd":3510000,"revokedAt":"%s","revokedBy":"award-officer:x"}""".formatted(
                        UUID.randomUUID(), nominationId, Instant.now()));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> as("editor")
                        .get(FEATURES + id)
                        .then()
                        .body("status", equalTo("KILLED"))
                        .body("killReason", containsString("15/QĐ-UBND")));
        given().get("/feed.atom").then().body(containsString("<at:deleted-entry ref=\"urn:uuid:" + id + "\""));
        kafka.await(
                "publicity.events",
                r -> "feature.killed.v1".equals(KafkaTestClient.header(r, "ce_type"))
                        && r.value().contains(id),
                Duration.ofSeconds(20));
    }

    private String draft(String name) {
        return draft(name, "HEALTH");
    }

    private String draft(String name, String sector) {
        String nominationId = UUID.randomUUID().toString();
        return EditorialSteps.draft(
                nominationId,
                FeatureFlowTest.approved(nominationId, "INDIVIDUAL", name, true)
                        .replace("\"HEALTH\"", "\"" + sector + "\""));
    }

    private String approved(String name, String sector) {
        return EditorialSteps.approved(draft(name, sector));
    }

    private String published(String name, String sector) {
        return EditorialSteps.published(draft(name, sector));
    }
}
