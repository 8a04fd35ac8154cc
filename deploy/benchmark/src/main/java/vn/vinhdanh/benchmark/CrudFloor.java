package vn.vinhdanh.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import vn.vinhdanh.deploy.infra.ManagedProcess;
import vn.vinhdanh.deploy.infra.Ports;
import vn.vinhdanh.deploy.infra.PostgresServer;

/**
 * The plain Quarkus CRUD floor: {@code deploy/benchmark-crud} (one Panache {@code persist}, no outbox) as its own
 * process with the services' JVM flags, loaded with POSTs of the same document as the intake's.
 */
final class CrudFloor implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final ManagedProcess process;
    private final int port;
    private final HttpClient http;

    private CrudFloor(ManagedProcess process, int port, HttpClient http) {
        this.process = process;
        this.port = port;
        this.http = http;
    }

    /** Starts the floor app on a free port against {@code database} and returns once it answers HTTP. */
    static CrudFloor start(
            Path repoRoot,
            List<String> jvmOptions,
            PostgresServer postgres,
            String database,
            Path runDir,
            HttpClient http)
            throws IOException, InterruptedException {
        Path jar = repoRoot.resolve("deploy/benchmark-crud/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Missing " + jar + ": build deploy/benchmark-crud first");
        }
        int port = Ports.freePort();
        List<String> command = new ArrayList<>();
        command.add(ManagedProcess.javaExecutable().toString());
        // the same JVM flags as the platform's services
        command.addAll(jvmOptions);
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl(database));
        command.add("-Dquarkus.datasource.username=" + postgres.username());
        command.add("-jar");
        command.add(jar.toString());
        Files.createDirectories(runDir.resolve("logs"));
        ManagedProcess process = ManagedProcess.start(
                "benchmark-crud",
                command,
                Map.of("QUARKUS_DATASOURCE_PASSWORD", postgres.password()),
                runDir,
                runDir.resolve("logs/crud.log"),
                false);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("benchmark-crud exited: " + process.logTail(40));
            }
            try {
                http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                                .timeout(Duration.ofSeconds(2))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                return new CrudFloor(process, port, http);
            } catch (IOException notYet) {
                Thread.sleep(300);
            }
        }
        process.stop(Duration.ofSeconds(10));
        throw new IllegalStateException("benchmark-crud did not start: " + process.logTail(40));
    }

    long pid() {
        return process.pid();
    }

    /**
     * A floor is a steady state: the JIT of the floor app (and of this driver's HTTP client) warms up first,
     * unmeasured, for as long as the measurement itself; then {@code clients} clients POST {@code body} for
     * {@code duration}.
     */
    HttpLoad.Result measure(String body, int clients, Duration duration, Errors errors, PrintStream out)
            throws InterruptedException {
        URI url = URI.create("http://127.0.0.1:" + port + "/documents");
        IntFunction<HttpRequest> post = i -> HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpLoad load = new HttpLoad(http, errors);
        HttpLoad.Result warmUp = load.run("floor-crud-warm-up", clients, 0, duration, 201, post, null);
        out.printf(Locale.ROOT, "  (CRUD warm-up, not counted: %,.0f req/s)%n", warmUp.rate());
        HttpLoad.Result result = load.run("floor-crud", clients, 0, duration, 201, post, null);
        out.printf(
                Locale.ROOT,
                "  Plain Quarkus CRUD POST           %,8.0f req/s  latency %s%n",
                result.rate(),
                result.latencies().line());
        return result;
    }

    /** Stopped once its figures are taken, so that it holds neither memory nor connections during the platform run. */
    @Override
    public void close() {
        process.stop(Duration.ofSeconds(10));
    }
}
