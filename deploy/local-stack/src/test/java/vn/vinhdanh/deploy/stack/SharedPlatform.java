package vn.vinhdanh.deploy.stack;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One isolated platform for the end-to-end tests that only use it (PlatformChainIT, SignInIT, AgencyDeskIT): started
 * by the first of them, stopped with its databases dropped when the test JVM exits (the launcher's shutdown hook).
 * Each test works in movements and people of its own, so they do not see each other's data. Why: a platform takes a
 * minute or more to start on CI's two cores, and CI's whole run has 20. The fault suite keeps a platform of its own,
 * because it kills and restarts parts of it.
 */
final class SharedPlatform {

    private static PlatformLauncher platform;

    private SharedPlatform() {}

    static synchronized PlatformLauncher get() {
        if (platform == null) {
            String run = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
            Path repoRoot = Path.of(System.getProperty(LocalStack.REPO_ROOT_PROPERTY, "../.."));
            platform = PlatformLauncher.start(
                    PlatformOptions.isolated(repoRoot, Path.of("target", "e2e-" + run), "vd_e2e_" + run)
                            .build());
        }
        return platform;
    }
}
