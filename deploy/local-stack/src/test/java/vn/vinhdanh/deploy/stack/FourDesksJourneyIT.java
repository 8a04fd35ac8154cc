package vn.vinhdanh.deploy.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vinhdanh.deploy.stack.DeskBrowser.signIn;

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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vinhdanh.deploy.infra.HeadlessChromium;

/**
 * One nomination's whole way through the four desks, every human step in a browser: the agency officer submits it, the
 * secretary puts it on a meeting's agenda, the seven voting members approve it on a 390 px phone, the secretary closes
 * the ballot and decides, the award officer signs the decision, the editor publishes the story, and the public news
 * page shows it. The API is used only to set up the movement and the year's budget and to wait for events.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FourDesksJourneyIT {

    private static final List<String> VOTERS = List.of(
            "hd-chu-tich",
            "hd-pho-chu-tich-1",
            "hd-pho-chu-tich-2",
            "hd-uy-vien-thuong-truc",
            "hd-uy-vien-1",
            "hd-uy-vien-2",
            "hd-uy-vien-3");

    private DeskFixture fixture;
    private PlatformLauncher platform;
    private PlatformClient client;
    private String run;

    @BeforeAll
    void startPlatform() {
        fixture = DeskFixture.start();
        platform = fixture.platform();
        client = fixture.client();
        run = fixture.run();
    }

    private String desk(Service service) {
        return fixture.desk(service);
    }

    @Test
    void aNominationTravelsFromTheAgencyDeskToThePublicNewsPage() throws IOException {
        String councilId = client.ensureCouncil("PROVINCE");
        String movementId = client.createMovement(PlatformRequests.movement(
                        "HT-" + run.toUpperCase(), "Phong trào thi đua \"Xây dựng trường học hạnh phúc\" " + run, 2026))
                .path("id")
                .asText();
        client.as(PlatformApi.ADMIN, null)
                .send(
                        "PUT",
                        platform.baseUrl(Service.NOMINATION).resolve("/api/v1/movements/" + movementId + "/criteria"),
                        Map.of(
                                "criteria",
                                List.of(Map.of(
                                        "targetGroup", "PUBLIC_EMPLOYEE",
                                        "code", "TC1",
                                        "description", "Hoàn thành xuất sắc nhiệm vụ năm học",
                                        "weight", 100,
                                        "required", true))),
                        "application/json")
                .expect(200);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        client.setBudget(today.getYear(), "QTDKT-TINH", 500_000_000L);
        String nominee = "Lù Thị Mỷ " + run;

        // 1. the agency officer submits the nomination
        String nominationId;
        try (HeadlessChromium chromium = HeadlessChromium.desktop()) {
            WebDriver browser = chromium.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            signIn(browser, platform, desk(Service.NOMINATION), "can-bo-so-gddt");
            browser.findElement(By.cssSelector("a[href='/desk/movements/" + movementId + "/nominate']"))
                    .click();
            browser.findElement(By.id("tg-PUBLIC_EMPLOYEE")).click();
            browser.findElement(By.cssSelector("form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-nominee-name")));
            browser.findElement(By.id("kind-INDIVIDUAL")).click();
            browser.findElement(By.id("f-nominee-name")).sendKeys(nominee);
            browser.findElement(By.id("f-nominee-organization")).sendKeys("Trường Mầm non Sơn Ca, Sa Pa");
            new Select(browser.findElement(By.id("f-level"))).selectByValue("PROVINCE");
            new Select(browser.findElement(By.id("f-sector"))).selectByValue("EDUCATION_TRAINING");
            new Select(browser.findElement(By.id("f-proposedAward"))).selectByValue("BANG_KHEN_CHU_TICH_UBND_TINH");
            browser.findElement(By.id("f-achievements"))
                    .sendKeys("Mở lớp mẫu giáo song ngữ Dao – Việt cho 40 trẻ ở bản xa.");
            browser.findElement(By.id("f-evidence-0--text")).sendKeys("Giáo viên dạy giỏi cấp tỉnh năm học 2025–2026.");
            browser.findElement(By.id("consent-yes")).click();
            browser.findElement(By.cssSelector("form[method=post] button[type=submit]"))
                    .click();
            wait.until(ExpectedConditions.urlContains("submitted=1"));
            nominationId = browser.getCurrentUrl().replaceAll(".*/desk/nominations/([0-9a-f-]{36}).*", "$1");
            chromium.screenshot("journey-1-agency");
        }
        String caseId = client.awaitOpenReviewCase(nominationId).path("id").asText();

        try (HeadlessChromium secretaryBrowser = HeadlessChromium.desktop()) {
            // 2. the secretary opens a meeting with the case on its agenda
            WebDriver secretary = secretaryBrowser.driver();
            WebDriverWait wait = new WebDriverWait(secretary, Duration.ofSeconds(30));
            signIn(secretary, platform, desk(Service.REVIEW) + "/meetings/new?council=" + councilId, "thu-ky-hoi-dong");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-" + caseId)));
            secretary.findElement(By.id("case-" + caseId)).click();
            secretary
                    .findElement(By.cssSelector("form[method=post] .actions button"))
                    .click();
            wait.until(ExpectedConditions.urlContains("done=opened"));
            String meetingId = secretary.getCurrentUrl().replaceAll(".*/desk/meetings/([0-9a-f-]{36}).*", "$1");
            secretaryBrowser.screenshot("journey-2-meeting");

            // 3. the seven voting members approve it, each on a phone
            for (String seat : VOTERS) {
                try (HeadlessChromium phone = HeadlessChromium.phone()) {
                    WebDriver member = phone.driver();
                    signIn(member, platform, desk(Service.REVIEW) + "/meetings/" + meetingId + "/ballot", seat);
                    member.findElement(By.id("vote-" + caseId + "-APPROVE")).click();
                    member.findElement(By.cssSelector("form.ballot button[type=submit]"))
                            .click();
                    new WebDriverWait(member, Duration.ofSeconds(30))
                            .until(ExpectedConditions.urlContains("done=voted"));
                    if (seat.equals(VOTERS.get(0))) {
                        phone.screenshot("journey-3-ballot");
                    }
                }
            }

            // 4. the secretary closes the ballot and decides from it
            secretary.get(desk(Service.REVIEW) + "/meetings/" + meetingId);
            assertEquals(
                    "7/7", secretary.findElement(By.cssSelector(".turnout")).getText());
            secretary
                    .findElement(By.cssSelector("form[action$='/close'] button"))
                    .click();
            wait.until(ExpectedConditions.urlContains("done=closed"));
            secretary
                    .findElement(By.cssSelector("form[action$='/decisions'] button"))
                    .click();
            wait.until(ExpectedConditions.urlContains("done=decided"));
            secretaryBrowser.screenshot("journey-4-decided");
        }
        client.awaitStatus(nominationId, "APPROVED");
        String awardId = client.awaitAward(nominationId).path("id").asText();

        // 5. the award officer signs the decision
        try (HeadlessChromium chromium = HeadlessChromium.desktop()) {
            WebDriver browser = chromium.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            signIn(browser, platform, desk(Service.AWARD), "can-bo-khen-thuong");
            browser.findElement(By.id("award-" + awardId)).click();
            browser.findElement(By.cssSelector("form[action='/desk/decisions/new'] button"))
                    .click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-signer")));
            browser.findElement(By.id("f-signer")).sendKeys("Chủ tịch UBND tỉnh Lào Cai");
            browser.findElement(By.cssSelector("button[name=intent][value=create]"))
                    .click();
            wait.until(ExpectedConditions.urlContains("done=created"));
            browser.findElement(By.cssSelector("form[action$='/sign'] button")).click();
            wait.until(ExpectedConditions.urlContains("done=signed"));
            chromium.screenshot("journey-5-signed");
        }
        String featureId = client.awaitPublishableDraft(nominationId).path("id").asText();

        // 6. the editor publishes the story, and 7. the public news page shows it
        try (HeadlessChromium chromium = HeadlessChromium.desktop()) {
            WebDriver browser = chromium.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            signIn(browser, platform, desk(Service.PUBLICITY) + "/features/" + featureId, "bien-tap-vien");
            String title = browser.findElement(By.tagName("h1")).getText();
            browser.findElement(By.cssSelector("button[name=action][value=submit]"))
                    .click();
            wait.until(ExpectedConditions.urlContains("done=submit"));
            browser.findElement(By.cssSelector("button[name=action][value=approve]"))
                    .click();
            wait.until(ExpectedConditions.urlContains("done=approve"));
            browser.findElement(By.cssSelector("button[name=action][value=publish]"))
                    .click();
            wait.until(ExpectedConditions.urlContains("done=publish"));
            chromium.screenshot("journey-6-published");
            browser.get("http://localhost:" + platform.port(Service.PUBLICITY) + "/news");
            assertTrue(browser.findElement(By.tagName("main")).getText().contains(title), "the story on /news");
            chromium.screenshot("journey-7-news");
        }
        client.awaitStatus(nominationId, "PUBLICIZED");
    }
}
