package vn.vinhdanh.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.vinhdanh.deploy.infra.Callers.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vinhdanh.deploy.infra.HeadlessChromium;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/**
 * A reader on a phone, in a real headless browser: Debian's chromium driven by its chromedriver (both from the
 * distribution; {@code .ci/run} installs them). The paths are given, so Selenium Manager never downloads anything, and
 * a missing browser fails the test instead of skipping it.
 */
@QuarkusTest
class NewsBrowserTest {

    private static final String FEATURES = "/api/v1/features/";

    @TestHTTPResource("/news")
    URL news;

    @Test
    void aReaderListsTheNewsOpensAStorySeesTheHonourRollAndNoLongerFindsAKilledStory() throws IOException {
        String nominationId = UUID.randomUUID().toString();
        String storyId = Stories.draft(nominationId, "INDIVIDUAL", "Nguyễn Thị Hằng Nga", "HEALTH", "PROVINCE");
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            kafka.sendCloudEvent(
                    "award.events",
                    nominationId,
                    UUID.randomUUID(),
                    "award.granted.v1",
                    Stories.awardGranted(
                            nominationId, "Chiến sĩ thi đua cấp tỉnh", "321/QĐ-UBND", LocalDate.of(2026, 1, 10)));
        }
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() ->
                        as("editor").get(FEATURES + storyId).then().body("decisionNumber", equalTo("321/QĐ-UBND")));
        for (String step : new String[] {"submit-for-review", "approve", "publish"}) {
            as("editor").post(FEATURES + storyId + "/" + step).then().statusCode(200);
        }
        String title = as("editor").get(FEATURES + storyId).then().extract().path("title");
        String slug = Stories.slugOf(storyId);
        String killedId = Stories.published("INDIVIDUAL", "Phạm Văn Đức", "HEALTH", "PROVINCE");
        String killedSlug = Stories.slugOf(killedId);
        as("editor")
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"Khen thưởng bị thu hồi\"}")
                .post(FEATURES + killedId + "/kill")
                .then()
                .statusCode(200);

        try (HeadlessChromium chromium = HeadlessChromium.phone()) {
            WebDriver browser = chromium.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            JavascriptExecutor js = (JavascriptExecutor) browser;

            // the list, as a phone shows it: no horizontal scrolling
            browser.get(news.toString());
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("vi");
            assertThat(browser.getTitle()).isEqualTo("Gương điển hình tiên tiến – Vinh Danh");
            List<String> listed = browser.findElements(By.cssSelector("ol.stories li.story h2 a")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat((Long) js.executeScript("return window.innerWidth")).isEqualTo(390L);
            assertThat(listed).contains(title).noneMatch(text -> text.contains("Phạm Văn Đức"));
            assertThat((Long) js.executeScript("return document.documentElement.scrollWidth"))
                    .isLessThanOrEqualTo((Long) js.executeScript("return window.innerWidth"));

            chromium.screenshot("news-list");

            // open the story from the list
            browser.findElement(By.linkText(title)).click();
            wait.until(ExpectedConditions.urlContains("/news/" + slug));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
            String text = browser.findElement(By.tagName("body")).getText();
            assertThat(text)
                    .contains("Chiến sĩ thi đua cấp tỉnh")
                    .contains("Nguyễn Thị Hằng Nga")
                    .contains("Thành tích nổi bật")
                    .contains("Lương y phải như từ mẫu");
            assertThat((Boolean) js.executeScript("return document.body.innerText.includes('Chiến sĩ thi đua')"))
                    .isTrue();
            assertThat((Long) js.executeScript("return document.documentElement.scrollWidth"))
                    .isLessThanOrEqualTo((Long) js.executeScript("return window.innerWidth"));

            chromium.screenshot("news-story");

            // the honour roll: three SVG charts, each with its title, and the table of the same numbers
            browser.findElement(By.linkText("Bảng vàng")).click();
            wait.until(ExpectedConditions.urlContains("/news/honour-roll"));
            List<WebElement> charts = browser.findElements(By.cssSelector("svg.chart"));
            assertThat(charts).hasSize(3);
            for (WebElement chart : charts) {
                assertThat(chart.getAttribute("role")).isEqualTo("img");
                assertThat(chart.getSize().getWidth()).isBetween(1, 390);
                assertThat(chart.findElements(By.tagName("rect"))).isNotEmpty();
            }
            assertThat(browser.findElement(By.cssSelector("svg#by-sector > title"))
                            .getAttribute("textContent"))
                    .isEqualTo("Số bài theo lĩnh vực");
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("Y tế");
            chromium.screenshot("news-honour-roll");
            assertThat((Long) js.executeScript("return document.documentElement.scrollWidth"))
                    .isLessThanOrEqualTo((Long) js.executeScript("return window.innerWidth"));

            // the killed story is gone: not listed, and its address says so
            browser.get(news.toString());
            assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Phạm Văn Đức");
            browser.get(news.toString() + "/" + killedSlug);
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bài viết đã được gỡ bỏ");
        }
    }
}
