package vn.vinhdanh.publicity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static vn.vinhdanh.deploy.infra.Callers.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/** The public news pages: what is listed and shown, what answers 410 or 404, paging, filters and the honour roll. */
@QuarkusTest
class NewsPagesTest {

    private static final String FEATURES = "/api/v1/features/";

    @Test
    void publishedStoriesAreListedNewestFirstCorrectedOnesShowTheNoteAndKilledOnesAreGone() {
        String older = Stories.published("INDIVIDUAL", "Hoàng Văn Thắng", "SECURITY", "COMMUNE");
        String newer = Stories.published("COLLECTIVE", "Đồn Biên phòng Bát Xát", "SECURITY", "COMMUNE");
        String embargoed =
                Stories.draft(UUID.randomUUID().toString(), "INDIVIDUAL", "Lý Seo Chứ", "SECURITY", "COMMUNE");
        as("editor").post(FEATURES + embargoed + "/submit-for-review").then().statusCode(200);
        as("editor").post(FEATURES + embargoed + "/approve").then().statusCode(200);
        as("editor")
                .contentType(ContentType.JSON)
                .body("{\"publishAt\":\"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}")
                .post(FEATURES + embargoed + "/schedule")
                .then()
                .statusCode(200);
        String draft = Stories.draft(UUID.randomUUID().toString(), "INDIVIDUAL", "Vừ A Dính", "SECURITY", "COMMUNE");

        String list = given().queryParam("sector", "SECURITY")
                .queryParam("level", "COMMUNE")
                .get("/news")
                .then()
                .statusCode(200)
                .contentType("text/html;charset=UTF-8")
                .extract()
                .asString();
        assertThat(list)
                .startsWith("<!DOCTYPE html>")
                .contains("<html lang=\"vi\">")
                .contains("<meta charset=\"utf-8\">")
                .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .doesNotContainIgnoringCase("<script")
                .contains("Gương sáng bảo vệ an ninh trật tự: Hoàng Văn Thắng")
                .contains("Tập thể tiêu biểu bảo vệ an ninh trật tự: Đồn Biên phòng Bát Xát")
                .doesNotContain("Lý Seo Chứ", "Vừ A Dính")
                .contains("<option value=\"SECURITY\" selected>");
        assertThat(list.indexOf("Đồn Biên phòng Bát Xát"))
                .as("newest first")
                .isLessThan(list.indexOf("Hoàng Văn Thắng"));

        String slug = Stories.slugOf(older);
        assertThat(slug).matches("hoang-van-thang-[0-9a-f]{8}");
        String etag = as("editor").get(FEATURES + older).then().extract().header("ETag");
        as("editor")
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"note\":\"Sửa tên xã: Bản Lầu, không phải Bản Xen.\"}")
                .post(FEATURES + older + "/corrections")
                .then()
                .statusCode(200);
        String story = given().get("/news/" + slug)
                .then()
                .statusCode(200)
                .contentType("text/html;charset=UTF-8")
                .extract()
                .asString();
        assertThat(story)
                .contains("<html lang=\"vi\">")
                .containsPattern("<link rel=\"canonical\" href=\"http://[^\"]+/news/" + slug + "\">")
                .contains("<meta property=\"og:title\" content=\"Gương sáng bảo vệ an ninh trật tự: Hoàng Văn Thắng")
                .contains("<h1>Gương sáng bảo vệ an ninh trật tự: Hoàng Văn Thắng – Xã Bản Lầu, Mường Khương</h1>")
                .contains("<h2>Thành tích nổi bật</h2>")
                .contains("Mười năm liền hoàn thành xuất sắc nhiệm vụ.")
                .containsPattern(
                        "Đính chính \\(\\d{2}/\\d{2}/\\d{4}\\):</strong> Sửa tên xã: Bản Lầu, không phải Bản Xen\\.");
        given().queryParam("sector", "SECURITY").get("/news").then().body(containsString("Đã đính chính"));

        String killedSlug = Stories.slugOf(newer);
        as("editor")
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"Thông tin chưa được xác minh\"}")
                .post(FEATURES + newer + "/kill")
                .then()
                .statusCode(200);
        given().get("/news/" + killedSlug)
                .then()
                .statusCode(410)
                .contentType("text/html;charset=UTF-8")
                .body(containsString("Bài viết đã được gỡ bỏ"))
                .body(containsString("Thông tin chưa được xác minh"));
        given().queryParam("sector", "SECURITY")
                .queryParam("level", "COMMUNE")
                .get("/news")
                .then()
                .statusCode(200)
                .body(not(containsString("Đồn Biên phòng Bát Xát")))
                .body(containsString("Hoàng Văn Thắng"));

        // not yet public: the embargo holds, a draft is unknown, as is a slug nobody published
        given().get("/news/" + Stories.slugOf(embargoed))
                .then()
                .statusCode(404)
                .contentType("text/html;charset=UTF-8")
                .body(containsString("Không tìm thấy bài viết"));
        given().get("/news/" + Stories.slugOf(draft)).then().statusCode(404);
        given().get("/news/khong-co-bai-nay-12345678").then().statusCode(404);
    }

    @Test
    void theListIsPagedTwentyAtATimeAndKeepsItsFilters() {
        List<String> nominations = new ArrayList<>();
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            for (int i = 1; i <= 21; i++) {
                String nominationId = UUID.randomUUID().toString();
                nominations.add(nominationId);
                kafka.sendCloudEvent(
                        "review.events",
                        nominationId,
                        UUID.randomUUID(),
                        "review.decided.v1",
                        Stories.approval(
                                nominationId,
                                "COLLECTIVE",
                                "Phòng thí nghiệm số " + i,
                                "SCIENCE_TECHNOLOGY",
                                "ENTERPRISE",
                                "Phong trào thi đua đổi mới sáng tạo"));
            }
        }
        for (String nominationId : nominations) {
            String id = Stories.awaitFeature(nominationId);
            for (String step : new String[] {"submit-for-review", "approve", "publish"}) {
                as("editor").post(FEATURES + id + "/" + step).then().statusCode(200);
            }
        }
        String first = given().queryParam("sector", "SCIENCE_TECHNOLOGY")
                .queryParam("level", "ENTERPRISE")
                .get("/news")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(count(first, "<li class=\"story\">")).isEqualTo(20);
        assertThat(first)
                .contains("Phòng thí nghiệm số 21")
                .doesNotContain("Phòng thí nghiệm số 1<")
                .doesNotContain("rel=\"prev\"")
                .contains("Trang 1");
        Matcher next = Pattern.compile("<a rel=\"next\" href=\"([^\"]+)\"").matcher(first);
        assertThat(next.find()).isTrue();
        assertThat(next.group(1))
                .contains("sector=SCIENCE_TECHNOLOGY")
                .contains("level=ENTERPRISE")
                .contains("page=1");
        String second = given().urlEncodingEnabled(false)
                .get(next.group(1).replace("&amp;", "&"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(count(second, "<li class=\"story\">")).isEqualTo(1);
        assertThat(second)
                .contains("Phòng thí nghiệm số 1<")
                .contains("rel=\"prev\"")
                .doesNotContain("rel=\"next\"");

        given().queryParam("sector", "SCIENCE_TECHNOLOGY")
                .queryParam("level", "DISTRICT")
                .get("/news")
                .then()
                .statusCode(200)
                .body(containsString("Chưa có bài viết nào phù hợp với bộ lọc."));
    }

    @Test
    void theHonourRollCountsPublishedStoriesPerYearLevelAndSectorAsChartsAndATable() {
        int before = tableCount(honourRoll(), "Thể dục thể thao");
        Stories.published("INDIVIDUAL", "Sùng Seo Lử", "SPORTS", "DEPARTMENT");
        Stories.published("INDIVIDUAL", "Lò Thị Hoa", "SPORTS", "DEPARTMENT");
        String killed = Stories.published("INDIVIDUAL", "Tẩn Láo Lở", "SPORTS", "DEPARTMENT");
        as("editor")
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"Gỡ theo đề nghị\"}")
                .post(FEATURES + killed + "/kill")
                .then()
                .statusCode(200);

        String roll = honourRoll();
        int after = tableCount(roll, "Thể dục thể thao");
        assertThat(after - before)
                .as("published SPORTS stories; the killed one is not counted")
                .isEqualTo(2);
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        assertThat(tableCount(roll, "Năm " + year)).isGreaterThanOrEqualTo(2);
        assertThat(tableCount(roll, "Cấp sở, ban, ngành")).isGreaterThanOrEqualTo(2);
        for (String chart : List.of("by-year", "by-level", "by-sector")) {
            assertThat(roll)
                    .contains("<svg class=\"chart\" id=\"" + chart + "\"")
                    .contains("aria-labelledby=\"" + chart + "-title " + chart + "-desc\"")
                    .contains("<title id=\"" + chart + "-title\">");
        }
        assertThat(roll)
                .contains("role=\"img\"")
                .contains("<title>Thể dục thể thao: " + after + " bài</title>")
                .contains("<title id=\"by-sector-title\">Số bài theo lĩnh vực</title>")
                .contains("<html lang=\"vi\">")
                .doesNotContainIgnoringCase("<script");
        assertThat(count(roll, "<rect ")).isEqualTo(count(roll, "<tr><th scope=\"row\">"));
    }

    @Test
    void theFeedsLinkToTheNewsPages() {
        String id = Stories.published("INDIVIDUAL", "Ma Seo Chúng", "LITERATURE_ARTS", "PROVINCE");
        String slug = Stories.slugOf(id);
        String url = given().queryParam("sector", "LITERATURE_ARTS")
                .get("/feed.json")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.id == 'urn:uuid:" + id + "' }.url");
        assertThat(url).endsWith("/news/" + slug);
        given().get(url).then().statusCode(200).body(containsString("Ma Seo Chúng"));
        String home = given().get("/feed.json").then().extract().path("home_page_url");
        given().get(home).then().statusCode(200).body(containsString("Gương điển hình tiên tiến"));
        String atom = given().get("/feed.atom").then().statusCode(200).extract().asString();
        assertThat(atom).contains("href=\"" + url + "\"").contains("href=\"" + home + "\"");
    }

    private static String honourRoll() {
        return given().get("/news/honour-roll")
                .then()
                .statusCode(200)
                .contentType("text/html;charset=UTF-8")
                .extract()
                .asString();
    }

    /** The number in the table row of {@code label}, or 0 without such a row. */
    private static int tableCount(String html, String label) {
        Matcher row = Pattern.compile(
                        "<tr><th scope=\"row\">" + Pattern.quote(label) + "</th><td class=\"num\">(\\d+)</td></tr>")
                .matcher(html);
        return row.find() ? Integer.parseInt(row.group(1)) : 0;
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
