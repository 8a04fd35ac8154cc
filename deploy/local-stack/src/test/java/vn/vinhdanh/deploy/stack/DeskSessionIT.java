package vn.vinhdanh.deploy.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vinhdanh.deploy.stack.DeskBrowser.signIn;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vinhdanh.deploy.infra.HeadlessChromium;

/**
 * An expired session in a real browser: the secretary watches a meeting's turnout (refreshed in the background) when
 * the session and the provider's sign-in are gone; the next refresh is answered 499, the page reloads itself into the
 * realm's login, and signing in again comes back to the same meeting. The editor's live list (server-sent events)
 * does the same when its stream must reconnect.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskSessionIT {

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

    @Test
    void aLiveStreamsReconnectWithoutASessionIsAnswered499NotALoginRedirect() throws Exception {
        HttpResponse<Void> reconnect = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(fixture.desk(Service.PUBLICITY) + "/events?after=0"))
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.discarding());

        assertEquals(499, reconnect.statusCode());
        assertTrue(reconnect.headers().allValues("Set-Cookie").isEmpty(), "no state cookie for a login never shown");
    }

    @Test
    void theLiveListWhoseSessionIsGoneReloadsIntoTheLoginWhenItsStreamReconnects() throws IOException {
        String desk = fixture.desk(Service.PUBLICITY);
        try (HeadlessChromium chromium = HeadlessChromium.desktop()) {
            ChromeDriver browser = chromium.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            signIn(browser, platform, desk, "bien-tap-vien");
            wait.until(driver -> Boolean.TRUE.equals(((ChromeDriver) driver)
                    .executeScript("var s = document.querySelector('[sse-connect]');"
                            + " var d = s && s['htmx-internal-data'];"
                            + " return !!(d && d.sseEventSource && d.sseEventSource.readyState === 1);")));

            // the session gone, then the stream's reconnect refused (the server ends a stream when the sign-in must
            // be confirmed, 30 minutes here; its 499 without a session is the test above): the browser closes an
            // EventSource whose reconnect fails, as done here, and the page asks for itself and reloads into the login
            browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            browser.executeScript(
                    "var s = document.querySelector('[sse-connect]')['htmx-internal-data'].sseEventSource;"
                            + " s.close(); s.onerror(new Event('error'));");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
            browser.findElement(By.id("username")).sendKeys("bien-tap-vien");
            browser.findElement(By.id("password")).sendKeys(DeskBrowser.DEMO_PASSWORD);
            browser.findElement(By.id("kc-login")).click();
            wait.until(ExpectedConditions.urlToBe(desk));
        }
    }

    @Test
    void anExpiredSessionGoesThroughTheLoginAndBackToTheSamePage() throws IOException {
        String councilId = client.ensureCouncil("PROVINCE");
        String movementId = client.createMovement(
                        PlatformRequests.movement("PH-" + run.toUpperCase(), "Phong trào \"Phiên họp\" " + run, 2026))
                .path("id")
                .asText();
        String nominationId = client.submitNomination(PlatformRequests.nomination(
                        movementId,
                        "SO-GDDT",
                        PlatformRequests.individual(
                                "Hà Văn Minh " + run,
                                "MALE",
                                1981,
                                "Tày",
                                "Giáo viên",
                                "Trường THCS Bảo Yên",
                                "PUBLIC_EMPLOYEE"),
                        "PROVINCE",
                        "EDUCATION_TRAINING",
                        "BANG_KHEN_CHU_TICH_UBND_TINH",
                        "Hai mươi năm dạy ở điểm trường.",
                        "Thư viện xanh ở điểm trường."))
                .path("id")
                .asText();
        String caseId = client.awaitOpenReviewCase(nominationId).path("id").asText();
        String meetingId = client.as(PlatformApi.COUNCIL_SECRETARY, null)
                .post(
                        platform.baseUrl(Service.REVIEW).resolve("/api/v1/meetings"),
                        PlatformRequests.meeting(
                                councilId, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")), List.of(caseId)))
                .expect(201)
                .json()
                .path("id")
                .asText();
        String meeting = "http://localhost:" + platform.port(Service.REVIEW) + "/desk/meetings/" + meetingId;

        try (HeadlessChromium chromium = HeadlessChromium.desktop()) {
            ChromeDriver browser = chromium.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            signIn(browser, platform, meeting, "thu-ky-hoi-dong");
            assertEquals(meeting, browser.getCurrentUrl());
            assertEquals("0/7", browser.findElement(By.cssSelector(".turnout")).getText());

            // the desk's session and the provider's single sign-on both gone, as after a long pause
            browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
            assertTrue(
                    browser.getCurrentUrl().startsWith(platform.keycloak().issuer() + "/protocol/openid-connect/auth"),
                    browser.getCurrentUrl());
            browser.findElement(By.id("username")).sendKeys("thu-ky-hoi-dong");
            browser.findElement(By.id("password")).sendKeys(DeskBrowser.DEMO_PASSWORD);
            browser.findElement(By.id("kc-login")).click();
            wait.until(ExpectedConditions.urlToBe(meeting));
            assertEquals("0/7", browser.findElement(By.cssSelector(".turnout")).getText());
        }
    }
}
