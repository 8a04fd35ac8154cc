package vn.vinhdanh.deploy.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real browser for the browser tests: Debian's chromium driven by its chromedriver (both from the distribution;
 * {@code .ci/run} installs them). The paths are given, so Selenium Manager never downloads anything; a missing browser
 * fails the test instead of skipping it. Vietnamese is the browser's language, as an officer's would be.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private HeadlessChromium(boolean phone) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Debian's chromium and chromedriver are needed at " + CHROMIUM + " and "
                    + CHROMEDRIVER + " (apt-get install chromium chromium-driver; .ci/run installs them)");
        }
        profile = Files.createTempDirectory("chromium-profile-");
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        List<String> arguments = new ArrayList<>(List.of(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--lang=vi"));
        if (!phone) {
            arguments.add("--window-size=1280,900");
        }
        options.addArguments(arguments);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi,vi-VN"));
        if (phone) {
            // a phone's screen: 390 CSS pixels wide, and the page's viewport meta tag is honoured
            options.setExperimentalOption(
                    "mobileEmulation",
                    Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 3.0, "mobile", true)));
        }
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** A phone 390 CSS pixels wide. */
    public static HeadlessChromium phone() throws IOException {
        return new HeadlessChromium(true);
    }

    /** An office screen, 1280 × 900. */
    public static HeadlessChromium desktop() throws IOException {
        return new HeadlessChromium(false);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Kept in {@code target/browser} for a human to look at (and the README); no assertion depends on them. */
    public void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "browser"));
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
