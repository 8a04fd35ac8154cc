package vn.vinhdanh.deploy.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vinhdanh.deploy.stack.DeskBrowser.assertAccessible;
import static vn.vinhdanh.deploy.stack.DeskBrowser.signIn;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vinhdanh.deploy.infra.HeadlessChromium;

/**
 * The award officer's desk in a real browser: the draft award an approval left, a decision composed with each amount
 * previewed under the rules of its date (legal basis, base salary), refused without a signer, the year's budget set,
 * the decision signed, the certificate downloaded, the statistics drawn, a ceremony scheduled on the sector's traditional day with the award, then the award
 * revoked (it leaves the ceremony) and its amount repaid. Every page is checked with axe-core.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwardDeskIT {

    private PlatformLauncher platform;
    private PlatformClient client;
    private String desk;
    private String run;

    @BeforeAll
    void startPlatform() {
        DeskFixture fixture = DeskFixture.start();
        platform = fixture.platform();
        client = fixture.client();
        run = fixture.run();
        desk = fixture.desk(Service.AWARD);
    }

    @Test
    void theOfficerComposesADecisionPreviewsItsAmountsAndSignsIt() throws IOException {
        String movementId = client.createMovement(PlatformRequests.movement(
                        "KT-" + run.toUpperCase(), "Phong trào thi đua \"Dân vận khéo\" " + run, 2026))
                .path("id")
                .asText();
        String nominee = "Giàng Thị Dua " + run;
        String nominationId = client.submitNomination(PlatformRequests.nomination(
                        movementId,
                        "SO-GDDT",
                        PlatformRequests.individual(
                                nominee,
                                "FEMALE",
                                1990,
                                "Mông",
                                "Giáo viên",
                                "Trường PTDTBT Tiểu học Bản Xèo",
                                "PUBLIC_EMPLOYEE"),
                        "PROVINCE",
                        "EDUCATION_TRAINING",
                        "BANG_KHEN_CHU_TICH_UBND_TINH",
                        "Vận động 27 học sinh trở lại lớp.",
                        "Lớp học tình thương buổi tối."))
                .path("id")
                .asText();
        client.approveByCouncil(
                List.of(client.awaitOpenReviewCase(nominationId).path("id").asText()));
        String awardId = client.awaitAward(nominationId).path("id").asText();
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();

        try (HeadlessChromium chromium = HeadlessChromium.desktop()) {
            WebDriver browser = chromium.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            signIn(browser, platform, desk, "can-bo-khen-thuong");
            assertTrue(browser.findElement(By.cssSelector("header.site"))
                    .getText()
                    .contains("Cán bộ Ban Thi đua – Khen thưởng"));
            assertAccessible(browser, "the officer's desk");
            chromium.screenshot("desk-award-home");

            // the year's budget first, typed as officers write amounts
            browser.get(desk + "/budgets?year=" + year);
            browser.findElement(By.id("f-amountVnd")).sendKeys("mười triệu");
            browser.findElement(By.cssSelector("form[method=post] button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("err-f-amountVnd")));
            assertEquals("mười triệu", browser.findElement(By.id("f-amountVnd")).getAttribute("value"));
            assertAccessible(browser, "the refused budget");
            browser.findElement(By.id("f-amountVnd")).clear();
            browser.findElement(By.id("f-amountVnd")).sendKeys("500.000.000");
            browser.findElement(By.cssSelector("form[method=post] button")).click();
            wait.until(ExpectedConditions.urlContains("done=set"));
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("500.000.000 đồng"));

            // the draft award, ticked into a new decision: its amount previewed with what it is computed from
            browser.get(desk);
            browser.findElement(By.id("award-" + awardId)).click();
            browser.findElement(By.cssSelector("form[action='/desk/decisions/new'] button"))
                    .click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-signer")));
            String preview = browser.findElement(By.tagName("main")).getText();
            assertTrue(preview.contains(nominee), preview);
            assertTrue(preview.contains("3.510.000 đồng"), preview);
            assertTrue(preview.contains("2.340.000 đồng"), "the base salary: " + preview);
            assertAccessible(browser, "the new decision");
            chromium.screenshot("desk-award-decision-preview");

            // without a signer it is refused, the date kept
            browser.findElement(By.cssSelector("button[name=intent][value=create]"))
                    .click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("err-f-signer")));
            assertAccessible(browser, "the refused decision");
            browser.findElement(By.id("f-signer")).sendKeys("Chủ tịch UBND tỉnh Lào Cai");
            browser.findElement(By.cssSelector("button[name=intent][value=create]"))
                    .click();
            wait.until(ExpectedConditions.urlContains("done=created"));
            assertAccessible(browser, "the draft decision");

            browser.findElement(By.cssSelector("form[action$='/sign'] button")).click();
            wait.until(ExpectedConditions.urlContains("done=signed"));
            String signed = browser.findElement(By.tagName("h1")).getText();
            assertTrue(signed.matches("Quyết định số \\d+/QĐ-UBND"), signed);
            assertAccessible(browser, "the signed decision");
            chromium.screenshot("desk-award-decision-signed");

            Object pdf = ((JavascriptExecutor) browser)
                    .executeAsyncScript(
                            "const done = arguments[arguments.length - 1];"
                                    + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                                    + " + r.headers.get('content-type') + ' ' + String.fromCharCode(...new"
                                    + " Uint8Array(b.slice(0, 5))))));",
                            "/desk/awards/" + awardId + "/certificate.pdf");
            assertEquals("200 application/pdf %PDF-", String.valueOf(pdf));

            browser.get(desk + "/statistics?year=" + year);
            assertTrue(browser.findElements(By.cssSelector("svg rect")).size() >= 1);
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("Bằng khen"));
            assertAccessible(browser, "the statistics");
            chromium.screenshot("desk-award-statistics");
            assertEquals(
                    "GRANTED", client.awaitAward(nominationId).path("status").asText());
            client.awaitStatus(nominationId, "AWARDED");

            // the award is to be presented at the sector's next traditional day: the desk proposes 20 November
            browser.get(desk + "/ceremonies?sector=EDUCATION_TRAINING");
            assertTrue(browser.findElement(By.id("f-ceremonyDate"))
                    .getAttribute("value")
                    .endsWith("-11-20"));
            browser.findElement(By.cssSelector("form[method=post] button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("err-f-place")));
            assertAccessible(browser, "the refused ceremony");
            browser.findElement(By.id("f-place")).sendKeys("Hội trường UBND tỉnh Lào Cai " + run);
            browser.findElement(By.cssSelector("form[method=post] button")).click();
            wait.until(ExpectedConditions.urlContains("done=scheduled"));
            String ceremony = browser.getCurrentUrl().replaceAll("\\?.*", "");
            browser.findElement(By.id("award-" + awardId)).click();
            browser.findElement(By.cssSelector("form[action$='/awards'] button"))
                    .click();
            wait.until(ExpectedConditions.urlContains("done=attached"));
            assertTrue(browser.findElement(By.tagName("main")).getText().contains(nominee + ":"));
            assertAccessible(browser, "the ceremony");
            chromium.screenshot("desk-award-ceremony");

            // later the dossier turns out false: the award is revoked and what it paid is recovered
            browser.get(desk + "/awards/" + awardId);
            browser.findElement(By.id("category-FALSE_DOSSIER")).click();
            browser.findElement(By.cssSelector("form[action$='/revoke'] button"))
                    .click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("err-f-reason")));
            assertTrue(browser.findElement(By.id("category-FALSE_DOSSIER")).isSelected(), "the choice is kept");
            assertAccessible(browser, "the refused revocation");
            browser.findElement(By.id("f-reason")).sendKeys("Thanh tra tỉnh kết luận minh chứng không đúng sự thật.");
            browser.findElement(By.cssSelector("form[action$='/revoke'] button"))
                    .click();
            wait.until(ExpectedConditions.urlContains("done=revoked"));
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("Phải thu hồi"));
            browser.findElement(By.id("f-amountVnd")).sendKeys("3.510.000");
            // a date input takes its value in the browser's locale when typed; set it as the form sends it
            ((JavascriptExecutor) browser)
                    .executeScript(
                            "arguments[0].value = arguments[1]",
                            browser.findElement(By.id("f-paidOn")),
                            LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString());
            browser.findElement(By.cssSelector("form[action$='/repayments'] button"))
                    .click();
            wait.until(driver -> driver.getCurrentUrl().contains("done=repaid")
                    || !driver.findElements(By.id("error-summary")).isEmpty());
            assertTrue(
                    browser.getCurrentUrl().contains("done=repaid"),
                    () -> browser.findElement(By.tagName("main")).getText());
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("đã nộp 3.510.000 đồng"));
            assertAccessible(browser, "the revoked award");
            chromium.screenshot("desk-award-revoked");
            // a revoked award is not presented: it has left the ceremony
            browser.get(ceremony);
            assertTrue(!browser.findElement(By.tagName("main")).getText().contains(nominee + ":"));
        }
        JsonNode award = client.awaitAward(nominationId);
        assertEquals("REVOKED", award.path("status").asText());
        assertEquals(3_510_000L, award.path("recoveredVnd").asLong(), award.toString());
    }
}
