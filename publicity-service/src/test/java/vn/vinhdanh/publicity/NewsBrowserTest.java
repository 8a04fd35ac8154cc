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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/**
 * A reader on a phone, in a real headless browser: Debian's chromium driven by its chromedriver (both from the
 * distribution; {@code .ci/run} installs them). The paths are given, so Selenium Manager never downloads anything, and
 * a missing browser fails the test instead of skipping it.
 */
@QuarkusTest
class NewsBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String FEATURES = "/api/v1/features/";

    @TestHTTPResource("/news")
    URL news;

    /** Kept in target/browser for a human to look at; the assertions do not depend on them. */
    private static void screenshot(WebDriver browser, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "browser"));
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aReaderListsTheNewsOpensAStorySeesTheHonourRollAndNoLongerFindsAKilledStory() throws IOException {
        assertThat(CHROMIUM)
                .as("Debian's chromium (apt-get install chromium; .ci/run installs it)")
                .isExecutable();
        assertThat(CHROMEDRIVER)
                .as("Debian's chromedriver (apt-get install chromium-driver; .ci/run installs it)")
                .isExecutable();

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

        Path profile = Files.createTempDirectory("chromium-profile-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--lang=vi");
        // a phone's screen: 390 CSS pixels wide, and the page's viewport meta tag is honoured
        options.setExperimentalOption(
                "mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 3.0, "mobile", true)));
        WebDriver browser = new ChromeDriver(service, options);
        try {
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
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

            screenshot(browser, "news-list");

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

            screenshot(browser, "news-story");

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
            screenshot(browser, "news-honour-roll");
            assertThat((Long) js.executeScript("return document.documentElement.scrollWidth"))
                    .isLessThanOrEqualTo((Long) js.executeScript("return window.innerWidth"));

            // the killed story is gone: not listed, and its address says so
            browser.get(news.toString());
            assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Phạm Văn Đức");
            browser.get(news.toString() + "/" + killedSlug);
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bài viết đã được gỡ bỏ");
        } finally {
            browser.quit();
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }
}
