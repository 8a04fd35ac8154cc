package vn.vinhdanh.deploy.stack;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vinhdanh.deploy.stack.DeskBrowser.assertAccessible;
import static vn.vinhdanh.deploy.stack.DeskBrowser.signIn;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vinhdanh.deploy.infra.HeadlessChromium;
import vn.vinhdanh.deploy.infra.KafkaTestClient;

/**
 * The admin's page in a real browser, on review-service: a poison event parked in the dead-letter topic shows with
 * its reason, a redrive runs from the page and parks it again (its cause is not fixed), and the redrive is in the
 * audit trail, which filters by action.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminDeskIT {

    private PlatformLauncher platform;

    @BeforeAll
    void startPlatform() {
        platform = SharedPlatform.get();
        DeskBrowser.allowDeskRedirects(platform);
    }

    @Test
    void theAdminSeesADeadLetterRedrivesItAndFindsTheRedriveInTheTrail() throws IOException {
        String eventId = UUID.randomUUID().toString();
        try (KafkaTestClient kafka = new KafkaTestClient(platform.bootstrapServers())) {
            // a submission whose data is not a nomination: the consumer cannot read it and parks it
            kafka.sendCloudEvent(
                    "nomination.events",
                    UUID.randomUUID().toString(),
                    UUID.fromString(eventId),
                    "nomination.submitted.v1",
                    "{\"nominationId\": \"not-a-uuid\"}");
        }
        String admin = "http://localhost:" + platform.port(Service.REVIEW) + "/desk/admin";
        try (HeadlessChromium chromium = HeadlessChromium.desktop()) {
            WebDriver browser = chromium.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            signIn(browser, platform, admin, "quan-tri");
            wait.until(driver -> {
                driver.navigate().refresh();
                return driver.findElement(By.tagName("main")).getText().contains(eventId);
            });
            assertAccessible(browser, "the admin's page");
            chromium.screenshot("desk-admin-dead-letters");

            browser.findElement(By.cssSelector("form[action$='/redrive'] button"))
                    .click();
            wait.until(ExpectedConditions.urlContains("redriven="));
            String notice = browser.findElement(By.cssSelector("[role=status]")).getText();
            assertTrue(notice.contains("vẫn lỗi"), notice);

            browser.findElement(By.id("q-action")).sendKeys("dead-letters.");
            browser.findElement(By.cssSelector("form.filters button")).click();
            wait.until(ExpectedConditions.urlContains("action=dead-letters."));
            String trail = browser.findElement(By.id("audit")).getText();
            assertTrue(trail.contains("dead-letters.redrive") && trail.contains("quan-tri"), trail);
            assertAccessible(browser, "the filtered trail");
        }
    }
}
