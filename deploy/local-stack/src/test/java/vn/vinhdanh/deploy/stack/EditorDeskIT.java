package vn.vinhdanh.deploy.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vinhdanh.deploy.stack.DeskBrowser.assertAccessible;
import static vn.vinhdanh.deploy.stack.DeskBrowser.signIn;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vinhdanh.deploy.infra.HeadlessChromium;

/**
 * The editor's desk in a real browser: a draft arriving on the live list while the desk is open (server-sent events),
 * a story whose nominee did not consent shown as blocked, an edit that another editor's change overtook shown as
 * "changed meanwhile" with both texts and saved deliberately, the revision history with its diff, then review,
 * approval and publication, and the story on the public news page. Every page is checked with axe-core.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorDeskIT {

    private PlatformLauncher platform;
    private PlatformClient client;
    private String desk;
    private String run;
    private String movementId;

    @BeforeAll
    void startPlatform() {
        DeskFixture fixture = DeskFixture.start();
        platform = fixture.platform();
        client = fixture.client();
        run = fixture.run();
        desk = fixture.desk(Service.PUBLICITY);
        movementId = client.createMovement(PlatformRequests.movement(
                        "BT-" + run.toUpperCase(), "Phong trào thi đua \"Vì người nghèo\" " + run, 2026))
                .path("id")
                .asText();
    }

    @Test
    void theEditorSeesDraftsArriveEditsAgainstAConcurrentChangeAndPublishes() throws IOException {
        String name = "Sùng A Páo " + run;
        String nominationId = approvedAndAwarded(name, true);
        JsonNode feature = client.awaitPublishableDraft(nominationId);
        String featureId = feature.path("id").asText();

        try (HeadlessChromium chromium = HeadlessChromium.desktop()) {
            WebDriver browser = chromium.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            signIn(browser, platform, desk, "bien-tap-vien");
            assertTrue(
                    browser.findElement(By.cssSelector("header.site")).getText().contains("Biên tập viên"));
            assertTrue(browser.findElement(By.tagName("main")).getText().contains(name));
            assertAccessible(browser, "the editor's desk");

            // a second approval while the desk is open: its draft appears on the live list without a reload
            String withoutConsent = "Vàng Thị Sính " + run;
            String secondId = approved(withoutConsent, false);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live"), withoutConsent));
            chromium.screenshot("desk-editor-live");
            String secondFeature = client.features(secondId).get(0).path("id").asText();
            browser.get(desk + "/features/" + secondFeature);
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("chưa đồng ý tuyên truyền"));
            assertAccessible(browser, "a story without consent");

            // the editor opens the story; another editor changes it meanwhile through the API
            browser.get(desk + "/features/" + featureId);
            ApiResponse current = client.as(PlatformApi.EDITOR, null)
                    .get(platform.baseUrl(Service.PUBLICITY).resolve("/api/v1/features/" + featureId));
            String etag = current.header("ETag").orElseThrow();
            client.as(PlatformApi.EDITOR, null)
                    .withHeader("If-Match", () -> etag)
                    .send(
                            "PUT",
                            platform.baseUrl(Service.PUBLICITY).resolve("/api/v1/features/" + featureId),
                            Map.of(
                                    "title",
                                    current.json().path("title").asText(),
                                    "summary",
                                    "Sapo của biên tập viên khác " + run,
                                    "body",
                                    current.json().path("body").asText(),
                                    "note",
                                    "sửa sapo"),
                            "application/json")
                    .expect(200);
            String myTitle = "Người giữ rừng ở Bát Xát " + run;
            browser.findElement(By.id("f-title")).clear();
            browser.findElement(By.id("f-title")).sendKeys(myTitle);
            browser.findElement(By.cssSelector("form[action$='/edit'] button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("changed-meanwhile")));
            String meanwhile = browser.findElement(By.id("changed-meanwhile")).getText();
            assertTrue(meanwhile.contains("Sapo của biên tập viên khác " + run), meanwhile);
            assertEquals(
                    myTitle, browser.findElement(By.id("f-title")).getAttribute("value"), "the editor's text kept");
            assertAccessible(browser, "changed meanwhile");
            chromium.screenshot("desk-editor-changed-meanwhile");
            browser.findElement(By.cssSelector("form[action$='/edit'] button")).click();
            wait.until(ExpectedConditions.urlContains("done=edited"));
            assertEquals(myTitle, browser.findElement(By.tagName("h1")).getText());
            // two edits, two revisions; the latest shows what the editor changed
            assertEquals(
                    2,
                    browser.findElements(By.cssSelector("details summary")).stream()
                            .filter(s -> s.getText().startsWith("Phiên bản"))
                            .count());
            browser.findElements(By.cssSelector("details summary")).stream()
                    .filter(s -> s.getText().startsWith("Phiên bản"))
                    .findFirst()
                    .orElseThrow()
                    .click();
            assertTrue(browser.findElement(By.cssSelector("ol.diff li.added"))
                    .getText()
                    .contains(myTitle));

            // review, approval, publication
            browser.findElement(By.cssSelector("button[name=action][value=submit]"))
                    .click();
            wait.until(ExpectedConditions.urlContains("done=submit"));
            browser.findElement(By.cssSelector("button[name=action][value=approve]"))
                    .click();
            wait.until(ExpectedConditions.urlContains("done=approve"));
            assertAccessible(browser, "an approved story");
            browser.findElement(By.cssSelector("button[name=action][value=publish]"))
                    .click();
            wait.until(ExpectedConditions.urlContains("done=publish"));
            chromium.screenshot("desk-editor-published");
            browser.findElement(By.linkText("xem trên trang tin")).click();
            wait.until(ExpectedConditions.urlContains("/news/"));
            assertEquals(myTitle, browser.findElement(By.tagName("h1")).getText());
        }
        client.awaitStatus(nominationId, "PUBLICIZED");
        assertFalse(client.atomFeed().isEmpty());
    }

    /** A nomination of this movement approved by the council; its id. */
    private String approved(String name, boolean consent) {
        Map<String, Object> nomination = PlatformRequests.nomination(
                movementId,
                "SO-GDDT",
                PlatformRequests.individual(
                        name, "MALE", 1979, "Mông", "Tổ trưởng tổ bảo vệ rừng", "Thôn Tả Phìn, xã Bát Xát", "CITIZEN"),
                "PROVINCE",
                "AGRICULTURE",
                "BANG_KHEN_CHU_TICH_UBND_TINH",
                "Mười năm giữ 300 ha rừng đầu nguồn không để cháy.",
                "Tổ tuần rừng luân phiên của thôn.");
        nomination.put("publicityConsent", consent);
        String id = client.submitNomination(nomination).path("id").asText();
        client.approveByCouncil(
                List.of(client.awaitOpenReviewCase(id).path("id").asText()));
        return id;
    }

    private String approvedAndAwarded(String name, boolean consent) {
        String id = approved(name, consent);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        client.setBudget(today.getYear(), "QTDKT-TINH", 500_000_000L);
        client.signDecision(client.createDecision(
                        today,
                        "Chủ tịch UBND tỉnh Lào Cai",
                        null,
                        List.of(client.awaitAward(id).path("id").asText()))
                .path("id")
                .asText());
        return id;
    }
}
