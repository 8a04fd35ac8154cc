package vn.vinhdanh.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import vn.vinhdanh.deploy.infra.PostgresServer;
import vn.vinhdanh.deploy.stack.ApiClient;
import vn.vinhdanh.deploy.stack.PlatformClient;
import vn.vinhdanh.deploy.stack.Service;

/**
 * {@code ./benchmark.sh}: how fast the platform moves nominations from intake to the public feed, beside its floors,
 * in one run. See {@link Options#USAGE} and the README's "Benchmark" section.
 */
public final class Benchmark {

    /**
     * A long request timeout: a 500-case decision on a busy 2-core machine takes a while, and a timeout would be an
     * error of the benchmark, not of the platform.
     */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(180);

    private final Options options;
    private final PrintStream out;
    private final Path repoRoot;
    /** For the results file only; request bodies are written by the API client. */
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Errors errors;
    /** One connection pool for every call of the run: the platform's API, the floor's load, the feed. */
    private final ApiClient api = new ApiClient(REQUEST_TIMEOUT);

    private final ResourceMonitor resources = new ResourceMonitor();
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final String runId =
            HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

    private Benchmark(Options options, PrintStream out, Path repoRoot) {
        this.options = options;
        this.out = out;
        this.repoRoot = repoRoot;
        this.errors = new Errors(out);
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            out.print(Options.USAGE);
            return;
        }
        Options options;
        try {
            options = Options.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.print(Options.USAGE);
            System.exit(2);
            return;
        }
        Path repoRoot = Path.of(System.getProperty("vinhdanh.repo.root", ""))
                .toAbsolutePath()
                .normalize();
        int errors = new Benchmark(options, out, repoRoot).run();
        System.exit(errors == 0 ? 0 : 1);
    }

    private int run() throws Exception {
        Instant startedAt = Instant.now();
        Map<String, Object> machine = Machine.describe();
        results.put("startedAt", startedAt.toString());
        results.put(
                "command",
                "./benchmark.sh" + (options.quick() ? " --quick" : "") + " -n " + options.n() + " -c "
                        + options.clients() + (options.useRunning() ? " --use-running" : ""));
        results.put("serviceJvmOptions", options.serviceJvmOptions());
        results.put("machine", machine);
        out.printf(
                Locale.ROOT,
                "Vinh Danh benchmark: N = %,d nominations, C = %d clients, %s%n",
                options.n(),
                options.clients(),
                options.useRunning() ? "the running local stack" : "an isolated stack");
        double loadAverage = ((double[]) machine.remove("loadavgAtStartRaw"))[0];
        out.println("Machine: " + machine);
        if (((Number) machine.get("nproc")).doubleValue() < loadAverage) {
            out.println("  Note: the load average is above the core count: other work is running, and the figures"
                    + " below are lower than on an idle machine.");
        }

        String prefix = "vd_bench_" + runId;
        Path runDir = repoRoot.resolve("deploy/benchmark/target/run-" + runId);
        StackUnderTest stack = null;
        try {
            stack = options.useRunning()
                    ? StackUnderTest.running(repoRoot)
                    : StackUnderTest.isolated(repoRoot, runDir, prefix, options.serviceJvmOptions(), out);
            PostgresServer postgres = stack.postgres();
            ServiceDatabases db = stack.serviceDatabases();
            PlatformClient platform = new PlatformClient(api, stack.urls(), stack.tokens());

            // the processes to watch
            for (Service service : Service.values()) {
                OptionalLong pid = Procs.listeningOn(stack.urls().get(service).getPort());
                pid.ifPresent(p -> resources.track(service.moduleName(), p));
            }
            Procs.listeningOn(stack.kafkaPort()).ifPresent(p -> resources.track("kafka-broker", p));
            resources.track("benchmark-driver", ProcessHandle.current().pid());
            Set<String> ourDatabases = new LinkedHashSet<>(stack.databases().values());
            ourDatabases.add(prefix + "_scratch");
            ourDatabases.add(prefix + "_crud");
            OptionalLong postmaster = Procs.listeningOn(postgres.port());
            postmaster.ifPresent(p -> resources.trackPostgres(p, ourDatabases, postgres.isEmbedded()));
            results.put(
                    "postgresql",
                    Map.of(
                            "server",
                            postgres.host() + ":" + postgres.port(),
                            "embedded",
                            postgres.isEmbedded(),
                            "note",
                            postgres.isEmbedded()
                                    ? "started for this run"
                                    : "the machine's server, shared with whatever else runs on it"));

            // --- floors, while the platform is idle
            Floors.PgResult pg;
            HttpLoad.Result crud;
            Latencies kafka;
            out.println();
            out.println("Floors (the platform idle; " + options.floorDuration().toSeconds() + " s each):");
            postgres.createDatabaseIfMissing(prefix + "_scratch");
            postgres.createDatabaseIfMissing(prefix + "_crud");
            Map<String, Object> document = Nominations.nomination("00000000-0000-0000-0000-000000000000", 0);
            String body = api.json().writeValueAsString(document);
            pg = Floors.postgres(
                    postgres.jdbcUrl(prefix + "_scratch"),
                    postgres.username(),
                    postgres.password(),
                    options.clients(),
                    options.floorDuration(),
                    document,
                    body,
                    errors);
            out.printf(
                    Locale.ROOT,
                    "  PostgreSQL insert+outbox commit  %,8.0f tx/s   commit latency %s%n",
                    pg.rate(),
                    pg.latencies().line());
            try (CrudFloor floor = CrudFloor.start(
                    repoRoot, options.serviceJvmOptions(), postgres, prefix + "_crud", runDir, api.http())) {
                resources.track("benchmark-crud", floor.pid());
                crud = floor.measure(body, options.clients(), options.floorDuration(), errors, out);
                resources.sample();
            }
            kafka = Floors.kafka(stack.bootstrapServers(), options.kafkaMessages(), 2, errors);
            out.printf(Locale.ROOT, "  Kafka produce→consume (acks=all)  %s%n", kafka.line());
            results.put("floors", Floors.report(pg, crud, kafka));

            // --- the platform
            out.println();
            out.printf(Locale.ROOT, "Platform: %,d nominations from intake to the feed%n", options.n());
            Workload workload =
                    new Workload(options.n(), options.clients(), platform, db, out, errors, options.timeout());
            workload.setUp(runId);
            Measurements measurements = new Measurements();
            try (BacklogSampler sampler = new BacklogSampler(db, resources, errors)) {
                workload.run();
                resources.sample();
                results.put("outboxBacklog", sampler.report());
            }
            measurements.load(db, workload.movementId, workload.councilId);
            int inFeed = measurements.countInFeed(platform, errors);
            int deadLetters = Measurements.deadLetters(platform, errors);
            resources.sample();
            // taken before the probe, so that CPU and memory per nomination are the N nominations' alone
            Map<String, Object> resourceReport = resources.report(
                    List.of("nomination-service", "review-service", "award-service", "publicity-service"));

            int probes = options.quick() ? 50 : 100;
            out.println();
            out.printf(Locale.ROOT, "Probe: %d nominations one at a time through the idle platform%n", probes);
            Probe.Result probe = new Probe(platform, db, workload.councilId, errors).run(probes);

            new ResultsReport(options, out, errors, json, repoRoot, results)
                    .write(workload, measurements, inFeed, deadLetters, pg, crud, kafka, resourceReport, probe);
        } finally {
            if (stack != null && stack.platform() != null) {
                try {
                    stack.postgres().dropDatabase(prefix + "_scratch");
                    stack.postgres().dropDatabase(prefix + "_crud");
                } catch (RuntimeException e) {
                    out.println("Could not drop the scratch databases: " + e.getMessage());
                }
                stack.platform().close();
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, errors.total());
    }
}
