package vn.vinhdanh.deploy.stack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every desk test does in its browser: sign in on the realm's real login page, check a page for WCAG 2.1 AA. */
final class DeskBrowser {

    static final String DEMO_PASSWORD = "vinhdanh-demo";

    private DeskBrowser() {}

    /** The desk client of the development realm redirects to localhost:8081-8084; a test platform listens elsewhere. */
    static void allowDeskRedirects(PlatformLauncher platform) {
        List<String> desks = List.of(Service.values()).stream()
                .map(service -> "http://localhost:" + platform.port(service) + "/desk/*")
                .toList();
        new KeycloakAdmin(platform.keycloak()).addRedirectUris("vinhdanh-desk", desks);
    }

    /**
     * Opens {@code page} not signed in, which sends the browser to the realm's login page (authorization code with
     * PKCE); signs in as {@code username} and waits to be back at the desk.
     */
    static void signIn(WebDriver browser, PlatformLauncher platform, String page, String username) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(page);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertTrue(
                browser.getCurrentUrl().startsWith(platform.keycloak().issuer() + "/protocol/openid-connect/auth"),
                browser.getCurrentUrl());
        assertTrue(browser.getCurrentUrl().contains("code_challenge_method=S256"), "PKCE");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.site")));
    }

    /** axe-core's WCAG 2.0/2.1 A and AA rules: no serious or critical violation on the page. */
    static void assertAccessible(WebDriver browser, String page) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(DeskBrowser::describe)
                .toList();
        assertTrue(serious.isEmpty(), page + ": " + serious);
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .toList();
    }
}
