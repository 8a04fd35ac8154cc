package vn.vinhdanh.deploy.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vinhdanh.deploy.stack.DeskBrowser.assertAccessible;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vinhdanh.deploy.infra.HeadlessChromium;
import vn.vinhdanh.deploy.infra.KeycloakTokens;

/**
 * The agency officer's desk in a real browser: signing in on the real Keycloak login page (authorization code with
 * PKCE), the movements, the nomination form saved as a draft and resumed, refused with each message next to its field and the input kept, then
 * submitted, the nomination with its timeline, amended after the council's return and withdrawn. Every page is checked with axe-core for WCAG 2.1 AA.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgencyDeskIT {

    private PlatformLauncher platform;
    private KeycloakTokens tokens;
    private String run;

    @BeforeAll
    void startPlatform() {
        run = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        platform = SharedPlatform.get();
        tokens = platform.tokens();
        DeskBrowser.allowDeskRedirects(platform);
    }

    @Test
    void anAgencyOfficerSignsInFixesWhatTheFormRefusedAndSubmitsTheNomination() throws IOException {
        PlatformClient client = new PlatformClient(new ApiClient(), platform.baseUrls(), tokens);
        ApiClient admin = client.as("admin", null);
        String movement = admin.send(
                        "POST",
                        platform.baseUrl(Service.NOMINATION).resolve("/api/v1/movements"),
                        Map.of(
                                "code", "DESK-" + run.toUpperCase(),
                                "name", "Phong trào thi đua \"Dạy tốt, học tốt\" năm học 2025–2026",
                                "kind", "REGULAR",
                                "level", "PROVINCE",
                                "year", 2026,
                                "organizer", "UBND tỉnh Lào Cai"),
                        "application/json")
                .expect(201)
                .json()
                .path("id")
                .asText();
        admin.send(
                        "PUT",
                        platform.baseUrl(Service.NOMINATION).resolve("/api/v1/movements/" + movement + "/criteria"),
                        Map.of(
                                "criteria",
                                List.of(
                                        Map.of(
                                                "targetGroup", "PUBLIC_EMPLOYEE",
                                                "code", "TC1",
                                                "description", "Hoàn thành xuất sắc nhiệm vụ năm học",
                                                "weight", 60,
                                                "required", true),
                                        Map.of(
                                                "targetGroup", "PUBLIC_EMPLOYEE",
                                                "code", "TC2",
                                                "description", "Có sáng kiến được công nhận",
                                                "weight", 40,
                                                "required", false))),
                        "application/json")
                .expect(200);
        String desk = "http://localhost:" + platform.port(Service.NOMINATION) + "/desk";

        try (HeadlessChromium chromium = HeadlessChromium.desktop()) {
            WebDriver browser = chromium.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

            // not signed in: the desk sends the browser to the realm's login page
            browser.get(desk);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
            assertTrue(
                    browser.getCurrentUrl().startsWith(platform.keycloak().issuer() + "/protocol/openid-connect/auth"),
                    browser.getCurrentUrl());
            assertTrue(browser.getCurrentUrl().contains("code_challenge_method=S256"), "PKCE");
            chromium.screenshot("desk-sign-in");
            browser.findElement(By.id("username")).sendKeys("can-bo-so-gddt");
            browser.findElement(By.id("password")).sendKeys("vinhdanh-demo");
            browser.findElement(By.id("kc-login")).click();

            // back at the desk, signed in: the header names the person, the role and the agency
            wait.until(ExpectedConditions.urlToBe(desk));
            String header = browser.findElement(By.cssSelector("header.site")).getText();
            assertTrue(header.contains("Cán bộ cơ quan, đơn vị") && header.contains("SO-GDDT"), header);
            assertAccessible(browser, "the movements");
            chromium.screenshot("desk-agency-movements");

            browser.findElement(By.cssSelector("a[href='/desk/movements/" + movement + "/nominate']"))
                    .click();
            browser.findElement(By.id("tg-PUBLIC_EMPLOYEE")).click();
            browser.findElement(By.cssSelector("form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-nominee-name")));
            assertAccessible(browser, "the nomination form");

            // half-done: saved as a draft and resumed from the list of drafts
            browser.findElement(By.id("kind-INDIVIDUAL")).click();
            browser.findElement(By.id("f-nominee-name")).sendKeys("Hoàng Thị Lan");
            browser.findElement(By.id("f-nominee-organization")).sendKeys("Trường THCS Bản Phố, Bắc Hà");
            browser.findElement(By.cssSelector("button[name=intent][value=draft]"))
                    .click();
            wait.until(ExpectedConditions.urlContains("saved=1"));
            assertTrue(browser.getCurrentUrl().contains("/desk/drafts/"), browser.getCurrentUrl());
            browser.get(desk + "/drafts");
            assertAccessible(browser, "the drafts");
            browser.findElement(By.linkText("Hoàng Thị Lan")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-nominee-name")));
            assertEquals(
                    "Hoàng Thị Lan",
                    browser.findElement(By.id("f-nominee-name")).getAttribute("value"));
            assertTrue(browser.findElement(By.id("kind-INDIVIDUAL")).isSelected());

            // a first try with a year that is not a number and the required criterion left empty
            browser.findElement(By.id("f-nominee-birthYear")).sendKeys("một chín tám tám");
            new Select(browser.findElement(By.id("f-level"))).selectByValue("PROVINCE");
            new Select(browser.findElement(By.id("f-sector"))).selectByValue("EDUCATION_TRAINING");
            // a title no one grants at province level: the list says at which levels each is granted
            Select title = new Select(browser.findElement(By.id("f-proposedAward")));
            title.selectByValue("LAO_DONG_TIEN_TIEN");
            assertTrue(title.getFirstSelectedOption().getText().startsWith("Lao động tiên tiến – "));
            browser.findElement(By.id("f-achievements"))
                    .sendKeys("Ba năm liền có học sinh giỏi cấp tỉnh; duy trì sĩ số 100 % học sinh dân tộc Mông.");
            browser.findElement(By.id("f-evidence-1--text"))
                    .sendKeys("Sáng kiến \"Góc học tập bán trú\" được công nhận.");
            browser.findElement(By.id("consent-yes")).click();
            browser.findElement(By.cssSelector("form[method=post] button[type=submit]"))
                    .click();

            WebElement summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
            assertTrue(summary.getText().contains("Phải là một số nguyên"), summary.getText());
            assertTrue(browser.getTitle().startsWith("Lỗi: "), browser.getTitle());
            // the message sits next to its field, and what was typed is still there
            String fieldError =
                    browser.findElement(By.id("err-f-nominee-birthYear")).getText();
            assertTrue(fieldError.startsWith("Lỗi:") && fieldError.endsWith("Phải là một số nguyên"), fieldError);
            assertEquals(
                    "Hoàng Thị Lan",
                    browser.findElement(By.id("f-nominee-name")).getAttribute("value"));
            assertEquals(
                    "một chín tám tám",
                    browser.findElement(By.id("f-nominee-birthYear")).getAttribute("value"));
            assertAccessible(browser, "the refused form");
            chromium.screenshot("desk-agency-form-refused");

            // fixed: the year as a number; the title is checked against the catalogue and refused beside its field
            browser.findElement(By.id("f-nominee-birthYear")).clear();
            browser.findElement(By.id("f-nominee-birthYear")).sendKeys("1988");
            browser.findElement(By.cssSelector("form[method=post] button[type=submit]"))
                    .click();
            // the refused page answers again: the first one's summary goes before the second one's comes
            wait.until(replaced(summary));
            summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
            String titleError =
                    browser.findElement(By.id("err-f-proposedAward")).getText();
            assertTrue(titleError.contains("không thuộc thẩm quyền khen thưởng cấp tỉnh"), titleError);
            title = new Select(browser.findElement(By.id("f-proposedAward")));
            assertEquals("LAO_DONG_TIEN_TIEN", title.getFirstSelectedOption().getAttribute("value"));

            // a provincial title, but the required criterion still without evidence → the use case refuses
            title.selectByValue("BANG_KHEN_CHU_TICH_UBND_TINH");
            browser.findElement(By.cssSelector("form[method=post] button[type=submit]"))
                    .click();
            wait.until(replaced(summary));
            summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
            assertTrue(summary.getText().contains("Tiêu chí bắt buộc chưa có minh chứng: TC1"), summary.getText());
            assertTrue(browser.findElement(By.id("f-evidence")).getText().contains("TC1"));

            browser.findElement(By.id("f-evidence-0--text"))
                    .sendKeys("Chiến sĩ thi đua cơ sở hai năm liền; 12 học sinh giỏi cấp tỉnh.");
            browser.findElement(By.cssSelector("form[method=post] button[type=submit]"))
                    .click();

            // submitted: the nomination's page with its timeline, and the same nomination through the API
            wait.until(ExpectedConditions.urlContains("/desk/nominations/"));
            assertEquals("Hoàng Thị Lan", browser.findElement(By.tagName("h1")).getText());
            assertTrue(browser.findElement(By.cssSelector("[role=status]"))
                    .getText()
                    .contains("Đã gửi"));
            assertTrue(
                    browser.findElement(By.cssSelector("ol.timeline")).getText().contains("Đã gửi"));
            assertAccessible(browser, "the nomination");
            chromium.screenshot("desk-agency-nomination");
            String id = browser.getCurrentUrl().replaceAll(".*/desk/nominations/([0-9a-f-]{36}).*", "$1");
            JsonNode stored = client.nomination(id);
            assertEquals("SO-GDDT", stored.path("agencyCode").asText());
            assertEquals(1988, stored.path("nominee").path("birthYear").asInt());
            assertEquals(2, stored.path("evidence").size(), stored.toString());

            // the council returns it: the page shows the reason, the form comes back filled in, a change note is due
            client.awaitStatus(id, "UNDER_REVIEW");
            String round1 = client.awaitOpenReviewCase(id).path("id").asText();
            client.decide(round1, "RETURNED", "Bổ sung quyết định công nhận sáng kiến.");
            client.awaitStatus(id, "RETURNED");
            browser.navigate().refresh();
            assertTrue(browser.findElement(By.tagName("main"))
                    .getText()
                    .contains("Bổ sung quyết định công nhận sáng kiến."));
            browser.findElement(By.linkText("Bổ sung, gửi lại")).click();
            wait.until(ExpectedConditions.urlContains("/amend"));
            assertEquals(
                    "Hoàng Thị Lan",
                    browser.findElement(By.id("f-nominee-name")).getAttribute("value"));
            assertEquals(
                    "1988", browser.findElement(By.id("f-nominee-birthYear")).getAttribute("value"));
            assertTrue(
                    browser.findElement(By.id("f-evidence-0--text")).getText().contains("Chiến sĩ thi đua cơ sở"));
            assertAccessible(browser, "the amendment form");
            browser.findElement(By.cssSelector("form[method=post] button[type=submit]"))
                    .click();
            summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
            assertTrue(browser.findElement(By.id("err-f-changeNote")).isDisplayed(), summary.getText());
            browser.findElement(By.id("f-changeNote")).sendKeys("Bổ sung Quyết định 45/QĐ-SGDĐT công nhận sáng kiến.");
            browser.findElement(By.cssSelector("form[method=post] button[type=submit]"))
                    .click();
            wait.until(ExpectedConditions.urlContains("amended=1"));
            assertEquals(2, client.nomination(id).path("revision").asInt());
            chromium.screenshot("desk-agency-amended");

            // and takes it back: the reason reaches the timeline, the withdraw form is gone
            browser.findElement(By.id("f-reason")).sendKeys("Đơn vị đề nghị ở đợt sau.");
            browser.findElement(By.cssSelector("form[action$='/withdraw'] button"))
                    .click();
            wait.until(ExpectedConditions.urlContains("withdrawn=1"));
            assertTrue(
                    browser.findElement(By.cssSelector("ol.timeline")).getText().contains("Đơn vị đề nghị ở đợt sau."));
            assertTrue(browser.findElements(By.cssSelector("form[action$='/withdraw']"))
                    .isEmpty());
            assertEquals("WITHDRAWN", client.nomination(id).path("status").asText());

            // the movement's nominations as a spreadsheet, through the signed-in session (the browser's own cookies)
            browser.get(desk);
            Object csv = ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeAsyncScript(
                            "const done = arguments[arguments.length - 1];"
                                    + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + '\\n' + t)));",
                            "/desk/movements/" + movement + "/nominations.csv");
            assertTrue(
                    String.valueOf(csv).startsWith("200\n")
                            && String.valueOf(csv).contains("Hoàng Thị Lan"),
                    String.valueOf(csv));

            browser.get(desk + "/nominations");
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("Hoàng Thị Lan"));
            assertAccessible(browser, "the agency's nominations");
            chromium.screenshot("desk-agency-nominations");
        }
    }

    /**
     * The page holding {@code element} has been replaced. {@link ExpectedConditions#stalenessOf} asks the element
     * whether it is enabled and expects a stale-element error once it is gone; chromedriver sometimes reports a node
     * detached in the middle of the navigation as "does not belong to the document" instead, which means the same.
     */
    private static ExpectedCondition<Boolean> replaced(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException detached) {
                if (String.valueOf(detached.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw detached;
            }
        };
    }
}
