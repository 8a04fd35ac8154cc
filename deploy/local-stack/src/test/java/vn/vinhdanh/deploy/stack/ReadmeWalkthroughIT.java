package vn.vinhdanh.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What a newcomer does first, on the shared platform: the demo data loader fills every desk (and a second run leaves
 * it alone), then the README's "Try it with curl" block runs in bash exactly as written, with {@code ./token.sh},
 * {@code curl} and {@code jq}, only the stack's addresses given through the variables the block reads. Runs last
 * ({@code junit-platform.properties}): the demo's data is not what the other classes of the platform expect.
 */
@Order(Integer.MAX_VALUE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadmeWalkthroughIT {

    private static final Pattern BLOCK =
            Pattern.compile("## Try it with curl\\n.*?```bash\\n(.*?)\\n```\\n", Pattern.DOTALL);

    private PlatformLauncher platform;
    private PlatformClient client;
    private Path repoRoot;

    @BeforeAll
    void platform() {
        platform = SharedPlatform.get();
        client = new PlatformClient(new ApiClient(), platform.baseUrls(), platform.tokens());
        repoRoot = Path.of(System.getProperty(LocalStack.REPO_ROOT_PROPERTY, "../.."))
                .toAbsolutePath()
                .normalize();
    }

    @Test
    @Order(1)
    void theDemoLoaderTakesEveryNominationWhereItsPlanSaysAndRunsOnce() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        DemoData demo = new DemoData(client, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(demo.load()).isTrue();
        assertThat(demo.load()).isFalse();

        String movementId = client.findMovement(DemoNominations.MOVEMENT_CODE)
                .orElseThrow()
                .path("id")
                .asText();
        Map<String, Integer> byStatus = new TreeMap<>();
        for (JsonNode nomination : client.as(PlatformApi.ADMIN, null)
                .get(URI.create(platform.baseUrl(Service.NOMINATION) + "/api/v1/nominations?movementId=" + movementId))
                .expect(200)
                .json()) {
            byStatus.merge(nomination.path("status").asText(), 1, Integer::sum);
        }
        // five approved and granted by one decision, four of them publicised (a household among them); one rejected,
        // one returned, one open
        assertThat(byStatus)
                .isEqualTo(Map.of("PUBLICIZED", 4, "AWARDED", 1, "REJECTED", 1, "RETURNED", 1, "UNDER_REVIEW", 1));
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output)
                .contains("Loading demo data: movement " + DemoNominations.MOVEMENT_CODE)
                .contains("awards granted by award-service: 5")
                .contains("Demo data already loaded");
    }

    @Test
    @Order(2)
    void theReadmeWalkthroughRunsAsWritten() throws IOException, InterruptedException {
        Matcher block = BLOCK.matcher(Files.readString(repoRoot.resolve("README.md")));
        assertThat(block.find())
                .as("README.md has a bash block under \"## Try it with curl\"")
                .isTrue();
        Path script = Files.createTempFile("readme-walkthrough", ".sh");
        // -e: a failing step (a wait_for that gives up, a missing tool) stops the walkthrough there
        Files.writeString(script, "set -eo pipefail\n" + block.group(1) + "\n", StandardCharsets.UTF_8);

        ProcessBuilder bash = new ProcessBuilder("bash", script.toString()).directory(repoRoot.toFile());
        Map<String, String> env = bash.environment();
        env.put("NOMINATION_URL", platform.baseUrl(Service.NOMINATION).toString());
        env.put("REVIEW_URL", platform.baseUrl(Service.REVIEW).toString());
        env.put("AWARD_URL", platform.baseUrl(Service.AWARD).toString());
        env.put("PUBLICITY_URL", platform.baseUrl(Service.PUBLICITY).toString());
        String issuer = platform.keycloak().issuer();
        env.put("VINHDANH_KEYCLOAK_URL", issuer.substring(0, issuer.indexOf("/realms/")));
        Path output = Files.createTempFile("readme-walkthrough", ".out");
        Process run =
                bash.redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean finished = run.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            run.destroyForcibly();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(finished)
                .as("the walkthrough finished within 5 minutes:\n" + printed)
                .isTrue();
        assertThat(run.exitValue())
                .as("the walkthrough's exit code; it printed:\n" + printed)
                .isZero();
        // no step was refused on the way (every problem+json has a type under the problems base)
        assertThat(printed).as(printed).doesNotContain("https://vinhdanh.vn/problems/");

        JsonNode movement = client.findMovement("LC-NTM-2026").orElseThrow();
        JsonNode nominations = client.as(PlatformApi.ADMIN, null)
                .get(URI.create(platform.baseUrl(Service.NOMINATION) + "/api/v1/nominations?movementId="
                        + movement.path("id").asText()))
                .expect(200)
                .json();
        assertThat(nominations).hasSize(1);
        JsonNode nomination = client.nomination(nominations.get(0).path("id").asText());
        assertThat(nomination.path("status").asText()).isEqualTo("PUBLICIZED");
        List<String> steps = new ArrayList<>(PlatformClient.timelineStatuses(nomination));
        assertThat(steps).containsExactly("SUBMITTED", "UNDER_REVIEW", "APPROVED", "AWARDED", "PUBLICIZED");
        // the block's own figures: the award at 1.5 × 2,340,000 and the story in the Atom feed
        assertThat(printed).contains("3510000").contains("Hoàng Thị Thu Hường").contains("<feed");
    }
}
