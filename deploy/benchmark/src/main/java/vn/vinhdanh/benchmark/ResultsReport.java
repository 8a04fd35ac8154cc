package vn.vinhdanh.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The end of a run: the figures beside their floors on the console, the targets judged, and everything in
 * {@code deploy/benchmark/target/benchmark-results.json} (and {@code -o PATH}).
 */
final class ResultsReport {

    private static final long MIB = 1024 * 1024;

    private final Options options;
    private final PrintStream out;
    private final Errors errors;
    private final ObjectMapper json;
    private final Path repoRoot;
    /** What the run has gathered so far (machine, floors, backlog...); the report adds the rest. */
    private final Map<String, Object> results;

    ResultsReport(
            Options options,
            PrintStream out,
            Errors errors,
            ObjectMapper json,
            Path repoRoot,
            Map<String, Object> results) {
        this.options = options;
        this.out = out;
        this.errors = errors;
        this.json = json;
        this.repoRoot = repoRoot;
        this.results = results;
    }

    /** Prints the results, judges the targets and writes the JSON. */
    void write(
            Workload workload,
            Measurements measurements,
            int inFeed,
            int deadLetters,
            Floors.PgResult pg,
            HttpLoad.Result crud,
            Latencies kafka,
            Map<String, Object> resourceReport,
            Probe.Result probe)
            throws IOException {
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
        out.printf(
                Locale.ROOT,
                "  Intake          %,8.0f nominations/s  (%,d in %.1f s; latency %s)%n",
                intake.rate(),
                intake.ok(),
                intake.elapsedSeconds(),
                intake.latencies().line());
        out.printf(
                Locale.ROOT,
                "    vs plain CRUD POST %,8.0f req/s: ratio %.2f;  vs PostgreSQL insert+outbox %,.0f tx/s:"
                        + " ratio %.2f%n",
                crud.rate(),
                intake.rate() / crud.rate(),
                pg.rate(),
                intake.rate() / pg.rate());
        out.printf(
                Locale.ROOT,
                "    latency p50 %.1f ms vs CRUD %.1f ms (×%.1f), p99 %.1f ms vs CRUD %.1f ms (×%.1f)%n",
                intake.latencies().percentile(50),
                crud.latencies().percentile(50),
                intake.latencies().percentile(50) / crud.latencies().percentile(50),
                intake.latencies().percentile(99),
                crud.latencies().percentile(99),
                intake.latencies().percentile(99) / crud.latencies().percentile(99));
        out.println("  Stages (server timestamps from the databases); Kafka hop floor p50 " + fmt(kafka.percentile(50))
                + " ms, p99 " + fmt(kafka.percentile(99)) + " ms:");
        Map<String, Object> stageReport = new LinkedHashMap<>();
        for (Map.Entry<String, Latencies> stage : stages.entrySet()) {
            Latencies l = stage.getValue();
            out.printf(
                    Locale.ROOT,
                    "    %-68s %s   p50 ×%.0f, p99 ×%.0f the Kafka hop%n",
                    stage.getKey(),
                    l.line(),
                    l.percentile(50) / kafka.percentile(50),
                    l.percentile(99) / kafka.percentile(99));
            Map<String, Object> summary = new LinkedHashMap<>(l.summary());
            summary.put("p50VsKafkaHopP50", Latencies.round(l.percentile(50) / kafka.percentile(50)));
            summary.put("p99VsKafkaHopP99", Latencies.round(l.percentile(99) / kafka.percentile(99)));
            stageReport.put(stage.getKey(), summary);
        }
        out.printf(
                Locale.ROOT,
                "  Alone in the pipeline (probe, %d nominations one at a time; \"visible\" = first read of"
                        + " the committed row by this driver, polling every ms):%n",
                probe.probes());
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
        out.printf(
                Locale.ROOT,
                "  Wall time, first submit → last PUBLICIZED: %.1f s (client clock), %.1f s (server" + " timestamps)%n",
                workload.wallSeconds,
                measurements.serverWallSeconds());
        out.printf(
                Locale.ROOT,
                "  Meetings %d, decisions %d; in the feed: %,d of %,d; dead letters %d%n",
                workload.counts.meetings.get(),
                workload.counts.decisions.get(),
                inFeed,
                n,
                deadLetters);
        @SuppressWarnings("unchecked")
        Map<String, Object> backlog = (Map<String, Object>) results.get("outboxBacklog");
        out.println(
                "  Outbox backlog peak (unsent rows, all four, sampled every 250 ms): " + backlog.get("peakTotalUnsent")
                        + " at " + backlog.get("peakTotalAtSecond") + " s; by service " + backlog.get("peakByService"));
        out.println("  Processes (CPU s = utime+stime during the run; VmHWM = peak RSS; final VmRSS):");
        for (Map.Entry<String, Object> entry : resourceReport.entrySet()) {
            out.println("    " + String.format(Locale.ROOT, "%-20s", entry.getKey()) + " " + entry.getValue());
        }
        double totalCpu = ((Number) four.get("cpuSeconds")).doubleValue();
        out.printf(
                Locale.ROOT,
                "  CPU per nomination: %.1f ms in the four services (%.1f ms with PostgreSQL's backends of"
                        + " this run and the broker)%n",
                totalCpu * 1000 / n,
                (totalCpu + pgCpu(resourceReport) + cpuOf(resourceReport, "kafka-broker")) * 1000 / n);
        out.println("  Counts: " + measurements.counts);
        out.println("  Errors: " + errors.total() + " " + errors.report().get("byStage"));

        // --- targets
        double rssMiB = ((Number) four.get("vmHwmMiBSum")).doubleValue();
        Latencies featureDraft = stages.get("approve → feature draft open");
        Map<String, Object> targets = new LinkedHashMap<>();
        targets.put(
                "intakeAtLeastPlainCrud",
                target(
                        intake.rate() >= crud.rate(),
                        fmt(intake.rate()) + " vs " + fmt(crud.rate()) + " req/s (ratio "
                                + fmt(intake.rate() / crud.rate()) + ")"));
        targets.put(
                "approveToFeatureDraftP99Under50ms",
                target(
                        featureDraft.percentile(99) < 50,
                        "p99 " + fmt(featureDraft.percentile(99)) + " ms in the run of " + n
                                + " (meetings decide up to " + Batches.MAX + " cases at once)"));
        Latencies alone = probe.approveToFeatureDraftVisible();
        targets.put(
                "approveToFeatureDraftP99Under50msAlone",
                target(
                        alone.count() > 0 && alone.percentile(99) < 50,
                        "p99 " + fmt(alone.percentile(99))
                                + " ms for a single approval in the idle pipeline (visible)"));
        targets.put(
                "all21000SubmitToPublishedWithin60s",
                target(
                        n >= Options.DEFAULT_N && workload.wallSeconds <= 60 && errors.total() == 0,
                        fmt(workload.wallSeconds) + " s for " + n
                                + (n < Options.DEFAULT_N ? " (the target is for 21,000: not judged)" : "")));
        targets.put(
                "fourServicesUnder1GiBRss",
                target(rssMiB * MIB < 1024 * MIB, fmt(rssMiB) + " MiB (sum of the four VmHWM)"));
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
        results.put(
                "wallSeconds",
                Map.of(
                        "clientClock",
                        Latencies.round(workload.wallSeconds),
                        "serverTimestamps",
                        Latencies.round(measurements.serverWallSeconds())));
        results.put(
                "workflow",
                Map.of(
                        "meetings",
                        workload.counts.meetings.get(),
                        "decisions",
                        workload.counts.decisions.get(),
                        "featuresPublished",
                        workload.counts.featuresPublished.get()));
        results.put("verification", measurements.counts);
        results.put("deadLetters", deadLetters);
        results.put("processes", resourceReport);
        results.put(
                "cpuMillisPerNomination",
                Map.of(
                        "fourServices",
                        Latencies.round(((Number) four.get("cpuSeconds")).doubleValue() * 1000 / n),
                        "withPostgresBackendsAndBroker",
                        Latencies.round((((Number) four.get("cpuSeconds")).doubleValue()
                                        + pgCpu(resourceReport)
                                        + cpuOf(resourceReport, "kafka-broker"))
                                * 1000
                                / n)));
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
}
