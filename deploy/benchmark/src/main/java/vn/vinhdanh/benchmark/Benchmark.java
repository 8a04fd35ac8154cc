package vn.vinhdanh.benchmark;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import vn.vinhdanh.deploy.infra.LocalJwt;
import vn.vinhdanh.deploy.infra.ManagedProcess;
import vn.vinhdanh.deploy.infra.Ports;
import vn.vinhdanh.deploy.infra.PostgresServer;
import vn.vinhdanh.deploy.stack.PlatformLauncher;
import vn.vinhdanh.deploy.stack.PlatformOptions;
import vn.vinhdanh.deploy.stack.Service;

/**
 * {@code ./benchmark.sh}: how fast the platform moves nominations from intake to the public feed, beside its floors,
 * in one run. See {@link Options#USAGE} and the README's "Benchmark" section.
 */
public final class Benchmark {

    private static final long MIB = 1024 * 1024;

    private final Options options;
    private final PrintStream out;
    private final Path repoRoot;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Errors errors;
    private final HttpClient http = HttpLoad.newClient();
    private final ResourceMonitor resources = new ResourceMonitor();
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final String runId = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

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
        Path repoRoot = Path.of(System.getProperty("vinhdanh.repo.root", "")).toAbsolutePath().normalize();
        int errors = new Benchmark(options, out, repoRoot).run();
        System.exit(errors == 0 ? 0 : 1);
    }

    private int run() throws Exception {
        Instant startedAt = Instant.now();
        Map<String, Object> machine = machine();
        results.put("startedAt", startedAt.toString());
        results.put("command", "./benchmark.sh" + (options.quick() ? " --quick" : "") + " -n " + options.n() + " -c "
                + options.clients() + (options.useRunning() ? " --use-running" : ""));
        results.put("serviceJvmOptions", options.serviceJvmOptions());
        results.put("machine", machine);
        out.printf(Locale.ROOT, "Vinh Danh benchmark: N = %,d nominations, C = %d clients, %s%n", options.n(),
                options.clients(), options.useRunning() ? "the running local stack" : "an isolated stack");
        double loadAverage = ((double[]) machine.remove("loadavgAtStartRaw"))[0];
        out.println("Machine: " + machine);
        if (((Number) machine.get("nproc")).doubleValue() < loadAverage) {
            out.println("  Note: the load average is above the core count: other work is running, and the figures"
                    + " below are lower than on an idle machine.");
        }

        PlatformLauncher platform = null;
        PostgresServer postgres;
        Map<Service, URI> urls = new EnumMap<>(Service.class);
        Map<Service, String> databases = new EnumMap<>(Service.class);
        LocalJwt jwt;
        String bootstrap;
        String prefix = "vd_bench_" + runId;
        Path runDir = repoRoot.resolve("deploy/benchmark/target/run-" + runId);
        ManagedProcess crud = null;
        try {
            if (options.useRunning()) {
                postgres = PostgresServer.ensureRunning(repoRoot.resolve(".run"));
                for (Service service : Service.values()) {
                    urls.put(service, URI.create("http://127.0.0.1:" + service.defaultPort()));
                    databases.put(service, service.defaultDatabase());
                }
                jwt = LocalJwt.loadOrCreate(repoRoot.resolve(".run/jwt"));
                bootstrap = "127.0.0.1:9092";
            } else {
                out.println("Starting an isolated stack (fresh databases " + prefix + "_*, free ports)");
                platform = PlatformLauncher.start(PlatformOptions.isolated(repoRoot, runDir, prefix)
                        .serviceJvmOptions(options.serviceJvmOptions()).progress(out).build());
                postgres = platform.postgres();
                urls.putAll(platform.baseUrls());
                for (Service service : Service.values()) {
                    databases.put(service, platform.database(service));
                }
                jwt = platform.jwt();
                bootstrap = platform.bootstrapServers();
            }
            Map<Service, String> jdbcUrls = new EnumMap<>(Service.class);
            databases.forEach((service, name) -> jdbcUrls.put(service, postgres.jdbcUrl(name)));
            Workload.Db db = new Workload.Db(jdbcUrls, postgres.username(), postgres.password());

            // the processes to watch
            for (Service service : Service.values()) {
                OptionalLong pid = Procs.listeningOn(urls.get(service).getPort());
                pid.ifPresent(p -> resources.track(service.moduleName(), p));
            }
            int kafkaPort = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
            Procs.listeningOn(kafkaPort).ifPresent(p -> resources.track("kafka-broker", p));
            resources.track("benchmark-driver", ProcessHandle.current().pid());
            String scratch = prefix + "_scratch";
            String crudDb = prefix + "_crud";
            Set<String> ourDatabases = new LinkedHashSet<>(databases.values());
            ourDatabases.add(scratch);
            ourDatabases.add(crudDb);
            OptionalLong postmaster = Procs.listeningOn(postgres.port());
            postmaster.ifPresent(p -> resources.trackPostgres(p, ourDatabases, postgres.isEmbedded()));
            results.put("postgresql", Map.of("server", postgres.host() + ":" + postgres.port(), "embedded",
                    postgres.isEmbedded(), "note", postgres.isEmbedded() ? "started for this run"
                            : "the machine's server, shared with whatever else runs on it"));

            // --- floors, while the platform is idle
            out.println();
            out.println("Floors (the platform idle; " + options.floorDuration().toSeconds() + " s each):");
            postgres.createDatabaseIfMissing(scratch);
            postgres.createDatabaseIfMissing(crudDb);
            Map<String, Object> document = Nominations.nomination("00000000-0000-0000-0000-000000000000", 0);
            Floors.PgResult pg = Floors.postgres(postgres.jdbcUrl(scratch), postgres.username(), postgres.password(),
                    options.clients(), options.floorDuration(), document, json, errors);
            out.printf(Locale.ROOT, "  PostgreSQL insert+outbox commit  %,8.0f tx/s   commit latency %s%n",
                    pg.rate(), pg.latencies().line());

            crud = startCrud(postgres, crudDb, runDir);
            resources.track("benchmark-crud", crud.pid());
            URI crudUrl = URI.create("http://127.0.0.1:" + crudPort + "/documents");
            String body = json.writeValueAsString(document);
            HttpLoad load = new HttpLoad(http, errors);
            java.util.function.IntFunction<HttpRequest> crudPost = i -> HttpRequest.newBuilder(crudUrl)
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            // a floor is a steady state: the JIT of the floor app (and of this driver's HTTP client) warms up first,
            // unmeasured, for as long as the measurement itself
            HttpLoad.Result crudWarmUp = load.run("floor-crud-warm-up", options.clients(), 0,
                    options.floorDuration(), 201, crudPost, null);
            out.printf(Locale.ROOT, "  (CRUD warm-up, not counted: %,.0f req/s)%n", crudWarmUp.rate());
            HttpLoad.Result crudResult = load.run("floor-crud", options.clients(), 0, options.floorDuration(), 201,
                    crudPost, null);
            out.printf(Locale.ROOT, "  Plain Quarkus CRUD POST           %,8.0f req/s  latency %s%n", crudResult.rate(),
                    crudResult.latencies().line());
            // its figures are taken; stopped so that it holds neither memory nor connections during the platform run
            resources.sample();
            crud.stop(Duration.ofSeconds(10));
            crud = null;

            Latencies kafka = Floors.kafka(bootstrap, options.kafkaMessages(), 2, errors);
            out.printf(Locale.ROOT, "  Kafka produce→consume (acks=all)  %s%n", kafka.line());

            Map<String, Object> floors = new LinkedHashMap<>();
            floors.put("postgresInsertPlusOutbox", Map.of("transactionsPerSecond", Latencies.round(pg.rate()),
                    "transactions", pg.transactions(), "seconds", Latencies.round(pg.elapsedSeconds()),
                    "commitLatency", pg.latencies().summary()));
            floors.put("plainQuarkusCrudPost", Map.of("requestsPerSecond", Latencies.round(crudResult.rate()),
                    "requests", crudResult.ok(), "errors", crudResult.errors(),
                    "seconds", Latencies.round(crudResult.elapsedSeconds()), "latency",
                    crudResult.latencies().summary()));
            floors.put("kafkaProduceConsume", kafka.summary());
            results.put("floors", floors);

            // --- the platform
            out.println();
            out.printf(Locale.ROOT, "Platform: %,d nominations from intake to the feed%n", options.n());
            Api api = new Api(http, json, jwt, errors);
            Workload workload = new Workload(options.n(), options.clients(), urls, db, api, json, out, errors,
                    options.timeout()).http(http);
            workload.setUp(runId);
            Measurements measurements = new Measurements();
            try (BacklogSampler sampler = new BacklogSampler(db, resources, errors)) {
                workload.run();
                resources.sample();
                results.put("outboxBacklog", sampler.report());
            }
            measurements.load(db, workload.movementId, workload.councilId);
            int inFeed = measurements.countInFeed(http, urls.get(Service.PUBLICITY), json, errors);
            int deadLetters = deadLetters(urls);
            resources.sample();
            // taken before the probe, so that CPU and memory per nomination are the N nominations' alone
            Map<String, Object> resourceReport = resources.report(
                    List.of("nomination-service", "review-service", "award-service", "publicity-service"));

            int probes = options.quick() ? 50 : 100;
            out.println();
            out.printf(Locale.ROOT, "Probe: %d nominations one at a time through the idle platform%n", probes);
            Workload.ProbeResult probe = workload.probe(probes);

            report(workload, measurements, inFeed, deadLetters, pg, crudResult, kafka, resourceReport, probe);
        } finally {
            if (crud != null) {
                crud.stop(Duration.ofSeconds(10));
            }
            if (platform != null) {
                try {
                    platform.postgres().dropDatabase(prefix + "_scratch");
                    platform.postgres().dropDatabase(prefix + "_crud");
                } catch (RuntimeException e) {
                    out.println("Could not drop the scratch databases: " + e.getMessage());
                }
                platform.close();
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, errors.total());
    }

    private int crudPort;

    private ManagedProcess startCrud(PostgresServer postgres, String database, Path runDir) throws Exception {
        Path jar = repoRoot.resolve("deploy/benchmark-crud/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Missing " + jar + ": build deploy/benchmark-crud first");
        }
        crudPort = Ports.freePort();
        List<String> command = new ArrayList<>();
        command.add(ManagedProcess.javaExecutable().toString());
        // the same JVM flags as the platform's services
        command.addAll(options.serviceJvmOptions());
        command.add("-Dquarkus.http.port=" + crudPort);
        command.add("-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl(database));
        command.add("-Dquarkus.datasource.username=" + postgres.username());
        command.add("-jar");
        command.add(jar.toString());
        Files.createDirectories(runDir.resolve("logs"));
        ManagedProcess process = ManagedProcess.start("benchmark-crud", command,
                Map.of("QUARKUS_DATASOURCE_PASSWORD", postgres.password()), runDir, runDir.resolve("logs/crud.log"),
                false);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("benchmark-crud exited: " + process.logTail(40));
            }
            try {
                http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + crudPort + "/"))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
                return process;
            } catch (IOException notYet) {
                Thread.sleep(300);
            }
        }
        throw new IllegalStateException("benchmark-crud did not start: " + process.logTail(40));
    }

    private int deadLetters(Map<Service, URI> urls) {
        int total = 0;
        for (Service service : Service.values()) {
            try {
                HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(urls.get(service).resolve("/q/metrics"))
                        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
                for (String line : metrics.body().split("\n")) {
                    if (line.startsWith("vinhdanh_dead_letters_total")) {
                        total += (int) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    }
                }
            } catch (Exception e) {
                errors.record("metrics", service.moduleName() + ": " + e);
            }
        }
        return total;
    }

    private void report(Workload workload, Measurements measurements, int inFeed, int deadLetters,
                        Floors.PgResult pg, HttpLoad.Result crud, Latencies kafka,
                        Map<String, Object> resourceReport, Workload.ProbeResult probe) throws IOException {
        int n = options.n();
        HttpLoad.Result intake = workload.intake;
        if (deadLetters > 0) {
            errors.record("dead-letters", deadLetters + " events dead-lettered (vinhdanh_dead_letters_total)");
        }
        for (Map.Entry<String, Object> count : measurements.counts.entrySet()) {
            String key = count.getKey();
            if (!key.equals("feedPagesRead") && ((Number) count.getValue()).longValue() != n) {
                errors.record("verification", key + " = " + count.getValue() + ", expected " + n);
            }
        }

        Map<String, Latencies> stages = measurements.stages();
        @SuppressWarnings("unchecked")
        Map<String, Object> four = (Map<String, Object>) resourceReport.get("fourServices");

        out.println();
        out.println("Results");
        out.printf(Locale.ROOT, "  Intake          %,8.0f nominations/s  (%,d in %.1f s; latency %s)%n", intake.rate(),
                intake.ok(), intake.elapsedSeconds(), intake.latencies().line());
        out.printf(Locale.ROOT, "    vs plain CRUD POST %,8.0f req/s: ratio %.2f;  vs PostgreSQL insert+outbox %,.0f tx/s:"
                + " ratio %.2f%n", crud.rate(), intake.rate() / crud.rate(), pg.rate(), intake.rate() / pg.rate());
        out.printf(Locale.ROOT, "    latency p50 %.1f ms vs CRUD %.1f ms (×%.1f), p99 %.1f ms vs CRUD %.1f ms (×%.1f)%n",
                intake.latencies().percentile(50), crud.latencies().percentile(50),
                intake.latencies().percentile(50) / crud.latencies().percentile(50), intake.latencies().percentile(99),
                crud.latencies().percentile(99), intake.latencies().percentile(99) / crud.latencies().percentile(99));
        out.println("  Stages (server timestamps from the databases); Kafka hop floor p50 "
                + fmt(kafka.percentile(50)) + " ms, p99 " + fmt(kafka.percentile(99)) + " ms:");
        Map<String, Object> stageReport = new LinkedHashMap<>();
        for (Map.Entry<String, Latencies> stage : stages.entrySet()) {
            Latencies l = stage.getValue();
            out.printf(Locale.ROOT, "    %-68s %s   p50 ×%.0f, p99 ×%.0f the Kafka hop%n", stage.getKey(), l.line(),
                    l.percentile(50) / kafka.percentile(50), l.percentile(99) / kafka.percentile(99));
            Map<String, Object> summary = new LinkedHashMap<>(l.summary());
            summary.put("p50VsKafkaHopP50", Latencies.round(l.percentile(50) / kafka.percentile(50)));
            summary.put("p99VsKafkaHopP99", Latencies.round(l.percentile(99) / kafka.percentile(99)));
            stageReport.put(stage.getKey(), summary);
        }
        out.printf(Locale.ROOT, "  Alone in the pipeline (probe, %d nominations one at a time; \"visible\" = first read of"
                + " the committed row by this driver, polling every ms):%n", probe.probes());
        Map<String, Latencies> probeStages = new LinkedHashMap<>();
        probeStages.put("approve → feature draft visible", probe.approveToFeatureDraftVisible());
        probeStages.put("approve → feature draft created_at (server)", probe.approveToFeatureDraftServer());
        probeStages.put("approve → award draft visible", probe.approveToAwardDraftVisible());
        probeStages.put("submit request sent → review case visible", probe.submitToCaseVisible());
        Map<String, Object> probeReport = new LinkedHashMap<>();
        probeStages.forEach((name, l) -> {
            out.printf(Locale.ROOT, "    %-68s %s%n", name, l.line());
            probeReport.put(name, l.summary());
        });
        out.printf(Locale.ROOT, "  Wall time, first submit → last PUBLICIZED: %.1f s (client clock), %.1f s (server"
                + " timestamps)%n", workload.wallSeconds, measurements.serverWallSeconds());
        out.printf(Locale.ROOT, "  Meetings %d, decisions %d; in the feed: %,d of %,d; dead letters %d%n",
                workload.meetings.get(), workload.decisions.get(), inFeed, n, deadLetters);
        @SuppressWarnings("unchecked")
        Map<String, Object> backlog = (Map<String, Object>) results.get("outboxBacklog");
        out.println("  Outbox backlog peak (unsent rows, all four, sampled every 250 ms): " + backlog.get("peakTotalUnsent")
                + " at " + backlog.get("peakTotalAtSecond") + " s; by service " + backlog.get("peakByService"));
        out.println("  Processes (CPU s = utime+stime during the run; VmHWM = peak RSS; final VmRSS):");
        for (Map.Entry<String, Object> entry : resourceReport.entrySet()) {
            out.println("    " + String.format(Locale.ROOT, "%-20s", entry.getKey()) + " " + entry.getValue());
        }
        double totalCpu = ((Number) four.get("cpuSeconds")).doubleValue();
        out.printf(Locale.ROOT, "  CPU per nomination: %.1f ms in the four services (%.1f ms with PostgreSQL's backends of"
                + " this run and the broker)%n", totalCpu * 1000 / n, (totalCpu + pgCpu(resourceReport)
                + cpuOf(resourceReport, "kafka-broker")) * 1000 / n);
        out.println("  Counts: " + measurements.counts);
        out.println("  Errors: " + errors.total() + " " + errors.report().get("byStage"));

        // --- targets
        double rssMiB = ((Number) four.get("vmHwmMiBSum")).doubleValue();
        Latencies featureDraft = stages.get("approve → feature draft open");
        Map<String, Object> targets = new LinkedHashMap<>();
        targets.put("intakeAtLeastPlainCrud", target(intake.rate() >= crud.rate(),
                fmt(intake.rate()) + " vs " + fmt(crud.rate()) + " req/s (ratio " + fmt(intake.rate() / crud.rate())
                        + ")"));
        targets.put("approveToFeatureDraftP99Under50ms", target(featureDraft.percentile(99) < 50,
                "p99 " + fmt(featureDraft.percentile(99)) + " ms in the run of " + n + " (meetings decide up to "
                        + Workload.MAX_BATCH + " cases at once)"));
        Latencies alone = probe.approveToFeatureDraftVisible();
        targets.put("approveToFeatureDraftP99Under50msAlone", target(alone.count() > 0 && alone.percentile(99) < 50,
                "p99 " + fmt(alone.percentile(99)) + " ms for a single approval in the idle pipeline (visible)"));
        targets.put("all21000SubmitToPublishedWithin60s", target(n >= Options.DEFAULT_N && workload.wallSeconds <= 60
                && errors.total() == 0, fmt(workload.wallSeconds) + " s for " + n
                + (n < Options.DEFAULT_N ? " (the target is for 21,000: not judged)" : "")));
        targets.put("fourServicesUnder1GiBRss", target(rssMiB * MIB < 1024 * MIB,
                fmt(rssMiB) + " MiB (sum of the four VmHWM)"));
        out.println("  Targets:");
        targets.forEach((name, value) -> out.println("    " + name + ": " + value));

        Map<String, Object> intakeReport = new LinkedHashMap<>();
        intakeReport.put("nominationsPerSecond", Latencies.round(intake.rate()));
        intakeReport.put("accepted", intake.ok());
        intakeReport.put("seconds", Latencies.round(intake.elapsedSeconds()));
        intakeReport.put("clientLatency", intake.latencies().summary());
        intakeReport.put("ratioToPlainCrud", Latencies.round(intake.rate() / crud.rate() * 100) / 100);
        intakeReport.put("ratioToPostgresFloor", Latencies.round(intake.rate() / pg.rate() * 100) / 100);
        results.put("intake", intakeReport);
        results.put("stages", stageReport);
        results.put("probeAlone", probeReport);
        results.put("wallSeconds", Map.of("clientClock", Latencies.round(workload.wallSeconds), "serverTimestamps",
                Latencies.round(measurements.serverWallSeconds())));
        results.put("workflow", Map.of("meetings", workload.meetings.get(), "decisions", workload.decisions.get(),
                "featuresPublished", workload.featuresPublished.get()));
        results.put("verification", measurements.counts);
        results.put("deadLetters", deadLetters);
        results.put("processes", resourceReport);
        results.put("cpuMillisPerNomination", Map.of("fourServices",
                Latencies.round(((Number) four.get("cpuSeconds")).doubleValue() * 1000 / n),
                "withPostgresBackendsAndBroker", Latencies.round((((Number) four.get("cpuSeconds")).doubleValue()
                        + pgCpu(resourceReport) + cpuOf(resourceReport, "kafka-broker")) * 1000 / n)));
        results.put("targets", targets);
        results.put("errors", errors.report());

        Path file = repoRoot.resolve("deploy/benchmark/target/benchmark-results.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, json.writeValueAsString(results));
        out.println("Results written to " + file);
        if (options.output() != null) {
            Path extra = options.output().toAbsolutePath();
            if (extra.getParent() != null) {
                Files.createDirectories(extra.getParent());
            }
            Files.writeString(extra, json.writeValueAsString(results));
            out.println("Results written to " + extra);
        }
    }

    @SuppressWarnings("unchecked")
    private static double pgCpu(Map<String, Object> report) {
        Object pg = report.get("postgresql");
        return pg == null ? 0 : ((Number) ((Map<String, Object>) pg).get("cpuSecondsBackendsOfThisRun")).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static double cpuOf(Map<String, Object> report, String process) {
        Object row = report.get(process);
        return row == null ? 0 : ((Number) ((Map<String, Object>) row).get("cpuSeconds")).doubleValue();
    }

    private static Map<String, Object> target(boolean met, String figure) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("met", met);
        t.put("figure", figure);
        return t;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static Map<String, Object> machine() throws IOException {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("nproc", Runtime.getRuntime().availableProcessors());
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        String[] parts = load.split(" ");
        machine.put("loadavgAtStart", parts[0] + " " + parts[1] + " " + parts[2]);
        machine.put("loadavgAtStartRaw", new double[] {Double.parseDouble(parts[0])});
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:") || line.startsWith("MemAvailable:")) {
                long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                machine.put(line.startsWith("MemTotal") ? "memTotalGiB" : "memAvailableGiB",
                        Latencies.round(kb / 1024.0 / 1024.0));
            }
        }
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                machine.put("cpu", line.substring(line.indexOf(':') + 1).trim());
                break;
            }
        }
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        return machine;
    }
}
