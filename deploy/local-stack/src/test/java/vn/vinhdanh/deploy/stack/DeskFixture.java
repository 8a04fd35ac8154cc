package vn.vinhdanh.deploy.stack;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What every desk test starts from: the shared platform, an API client for its setup, the desk client's redirects to
 * the test platform's ports, and a run id that keeps its movements and people apart from the other tests'.
 */
record DeskFixture(PlatformLauncher platform, PlatformClient client, String run) {

    static DeskFixture start() {
        PlatformLauncher platform = SharedPlatform.get();
        DeskBrowser.allowDeskRedirects(platform);
        return new DeskFixture(
                platform,
                new PlatformClient(new ApiClient(), platform.baseUrls(), platform.tokens()),
                HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
    }

    /** The desk of {@code service} on the test platform. */
    String desk(Service service) {
        return "http://localhost:" + platform.port(service) + "/desk";
    }
}
