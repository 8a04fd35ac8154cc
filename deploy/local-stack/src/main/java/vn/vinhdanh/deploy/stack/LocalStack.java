package vn.vinhdanh.deploy.stack;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import vn.vinhdanh.deploy.infra.DevRealm;
import vn.vinhdanh.deploy.infra.KeycloakServer;

/**
 * {@code java -jar deploy/local-stack/target/local-stack.jar [--no-demo]}, from the repository root: runs the
 * whole platform on this machine with demo data, prints where everything is, and keeps running until Ctrl+C, which
 * stops every process it started.
 *
 * <p>The repository root is the working directory, or {@code -Dvinhdanh.repo.root=...}. State lives in
 * {@code <repo>/.run}: logs, the Kafka data and, if no PostgreSQL server was running, the embedded one's data.</p>
 */
public final class LocalStack {

    /** System property overriding the repository root. */
    public static final String REPO_ROOT_PROPERTY = "vinhdanh.repo.root";

    private LocalStack() {}

    public static void main(String[] args) {
        // UTF-8 whatever the locale says: the demo data is Vietnamese and must not come out as question marks
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        List<String> arguments = List.of(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            printUsage(out);
            return;
        }
        List<String> unknown =
                arguments.stream().filter(arg -> !arg.equals("--no-demo")).toList();
        if (!unknown.isEmpty()) {
            out.println("Unknown option(s): " + String.join(" ", unknown));
            printUsage(out);
            System.exit(2);
        }
        System.exit(run(out, !arguments.contains("--no-demo")));
    }

    private static int run(PrintStream out, boolean loadDemo) {
        Path repoRoot = Path.of(System.getProperty(REPO_ROOT_PROPERTY, ""))
                .toAbsolutePath()
                .normalize();
        if (!Files.isRegularFile(repoRoot.resolve("pom.xml"))
                || !Files.isDirectory(repoRoot.resolve(Service.NOMINATION.moduleName()))) {
            out.println(repoRoot + " is not the Vinh Danh repository root. Run this from the repository root, or"
                    + " pass -D" + REPO_ROOT_PROPERTY + "=<path>.");
            return 2;
        }
        PlatformLauncher platform;
        try {
            platform = PlatformLauncher.start(
                    PlatformOptions.localStack(repoRoot).progress(out).build());
        } catch (RuntimeException e) {
            out.println();
            out.println("The platform did not start: " + e.getMessage());
            return 1;
        }

        if (loadDemo) {
            try {
                new DemoData(new PlatformClient(new ApiClient(), platform.baseUrls(), platform.tokens()), out).load();
            } catch (RuntimeException e) {
                // the platform itself is up; a half-loaded demo is still worth exploring
                out.println("Loading the demo data failed: " + e.getMessage());
                out.println("The platform keeps running; the service logs are in " + platform.logsDir() + ".");
                out.println("The next start skips the demo because its movement exists. To load it afresh, stop the"
                        + " stack and drop the databases " + String.join(", ", databases(platform)) + ".");
            }
        }

        printDirectory(out, platform);
        try {
            // the shutdown hook stops the platform; this thread only has to stay alive until then
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static void printDirectory(PrintStream out, PlatformLauncher platform) {
        out.println();
        out.println("The Vinh Danh platform is running:");
        for (Service service : Service.values()) {
            String base = "http://localhost:" + platform.port(service);
            out.printf("  %-18s  %s%n", service.moduleName(), base);
            out.printf("  %-18s    Swagger UI  %s/q/swagger-ui%n", "", base);
            out.printf("  %-18s    OpenAPI     %s/q/openapi%n", "", base);
        }
        // the four desks, one per service; every demo person's password is vinhdanh-demo
        out.println("  Agency desk         http://localhost:" + platform.port(Service.NOMINATION)
                + "/desk  (sign in as can-bo-so-gddt / vinhdanh-demo)");
        out.println("  Council desk        http://localhost:" + platform.port(Service.REVIEW)
                + "/desk  (secretary thu-ky-hoi-dong; members hd-chu-tich, hd-uy-vien-1 ... / vinhdanh-demo)");
        out.println("  Award officer desk  http://localhost:" + platform.port(Service.AWARD)
                + "/desk  (sign in as can-bo-khen-thuong / vinhdanh-demo)");
        out.println("  Editor desk         http://localhost:" + platform.port(Service.PUBLICITY)
                + "/desk  (sign in as bien-tap-vien / vinhdanh-demo)");
        out.println("  Atom feed           http://localhost:" + platform.port(Service.PUBLICITY) + "/feed.atom");
        out.println("  Kafka               " + platform.bootstrapServers());
        out.println("  Keycloak            " + platform.keycloak().issuer() + "  (admin console "
                + platform.keycloak().adminConsoleUrl() + ", user admin, password "
                + platform.keycloak().adminPassword()
                + ")");
        out.println("  PostgreSQL          " + platform.postgres().host() + ":"
                + platform.postgres().port() + ", databases " + String.join(", ", databases(platform)));
        out.println("  Logs                " + platform.logsDir());
        printAccounts(out, platform);
        out.println();
        out.println("Press Ctrl+C to stop.");
    }

    /** Who can sign in: the realm's demo people and agency portals, read from the realm file. */
    private static void printAccounts(PrintStream out, PlatformLauncher platform) {
        DevRealm realm = platform.tokens().realm();
        out.println();
        out.println("Sign in at " + platform.keycloak().issuer() + "/account (realm " + KeycloakServer.REALM
                + "); demo accounts, each with its development password:");
        for (DevRealm.DemoUser user : realm.users()) {
            String detail = user.agency() != null
                    ? ", agency " + user.agency()
                    : user.seat() != null ? ", seat " + user.seat() : "";
            out.printf(
                    "  %-24s %-18s %s%s%n", user.username(), String.join(",", user.roles()), user.password(), detail);
        }
        out.println("Agency portals (client credentials grant, client id / secret):");
        for (DevRealm.Portal portal : realm.portals()) {
            out.printf("  %-24s %s%n", portal.clientId(), portal.secret());
        }
        out.println("Tokens for curl and Swagger UI: ./token.sh agency SO-GDDT | ./token.sh council-member hd-uy-vien-1"
                + " | ./token.sh council-secretary");
    }

    private static List<String> databases(PlatformLauncher platform) {
        return Arrays.stream(Service.values()).map(platform::database).toList();
    }

    private static void printUsage(PrintStream out) {
        out.println("Usage: java -jar deploy/local-stack/target/local-stack.jar [--no-demo]");
        out.println();
        out.println(
                "Starts PostgreSQL (or uses the one on 127.0.0.1:5432), Keycloak, a Kafka broker and the four services,");
        out.println("loads demo data unless --no-demo, and runs until Ctrl+C. Build first: ./mvnw -DskipTests package");
    }
}
