package vn.vinhdanh.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * CPU seconds and memory of the processes in the run, from {@code /proc}. Single processes (a service, the broker,
 * the CRUD floor, the benchmark itself) are counted from a baseline taken when tracking starts. PostgreSQL is a
 * group: the postmaster and every child it has during the run; a child that exits keeps the CPU seen at its last
 * sample (sampled every second). Its memory is the sum of the processes' private memory (RssAnon) plus the largest
 * shared part (RssShmem: shared buffers, counted once), because summing VmRSS would count shared buffers once per
 * backend.
 */
final class ResourceMonitor {

    private final Map<String, Tracked> single = new LinkedHashMap<>();
    private Long postmaster;
    private Set<String> ourDatabases = Set.of();
    private final Map<Long, PgProcess> pgProcesses = new HashMap<>();
    private long pgPeakKb;

    private static final class Tracked {
        final long pid;
        final double baselineCpu;
        double lastCpu;
        long hwmKb;
        long rssKb;
        boolean alive = true;

        Tracked(long pid, double baselineCpu) {
            this.pid = pid;
            this.baselineCpu = baselineCpu;
            this.lastCpu = baselineCpu;
        }
    }

    private static final class PgProcess {
        final double baselineCpu;
        double lastCpu;
        boolean ours;

        PgProcess(double baselineCpu) {
            this.baselineCpu = baselineCpu;
            this.lastCpu = baselineCpu;
        }
    }

    synchronized void track(String name, long pid) {
        single.put(name, new Tracked(pid, Procs.cpuSeconds(pid).orElse(0.0)));
    }

    /** Tracks the PostgreSQL server listening on {@code postmasterPid}; backends of {@code databases} are "ours". */
    synchronized void trackPostgres(long postmasterPid, Set<String> databases, boolean startedByUs) {
        postmaster = postmasterPid;
        ourDatabases = databases;
        // a server started for this run counts from zero; a shared one from now
        samplePostgres(!startedByUs);
    }

    synchronized void sample() {
        for (Tracked tracked : single.values()) {
            if (!tracked.alive) {
                continue;
            }
            Optional<Double> cpu = Procs.cpuSeconds(tracked.pid);
            if (cpu.isEmpty()) {
                tracked.alive = false;
                continue;
            }
            tracked.lastCpu = cpu.get();
            tracked.hwmKb =
                    Math.max(tracked.hwmKb, Procs.statusKb(tracked.pid, "VmHWM").orElse(0));
            tracked.rssKb = Procs.statusKb(tracked.pid, "VmRSS").orElse(tracked.rssKb);
        }
        if (postmaster != null) {
            samplePostgres(false);
        }
    }

    private void samplePostgres(boolean baselineExisting) {
        List<Long> pids = new ArrayList<>();
        pids.add(postmaster);
        pids.addAll(Procs.children(postmaster));
        long anonKb = 0;
        long shmemKb = 0;
        for (long pid : pids) {
            Optional<Double> cpu = Procs.cpuSeconds(pid);
            if (cpu.isEmpty()) {
                continue;
            }
            PgProcess process =
                    pgProcesses.computeIfAbsent(pid, p -> new PgProcess(baselineExisting ? cpu.get() : 0.0));
            process.lastCpu = cpu.get();
            String title = Procs.cmdline(pid);
            for (String database : ourDatabases) {
                if (title.contains(" " + database + " ")) {
                    process.ours = true;
                }
            }
            anonKb += Procs.statusKb(pid, "RssAnon").orElse(0);
            shmemKb = Math.max(shmemKb, Procs.statusKb(pid, "RssShmem").orElse(0));
        }
        pgPeakKb = Math.max(pgPeakKb, anonKb + shmemKb);
    }

    synchronized OptionalLong pid(String name) {
        Tracked tracked = single.get(name);
        return tracked == null ? OptionalLong.empty() : OptionalLong.of(tracked.pid);
    }

    /** Per process: pid, cpuSeconds, vmHwmMiB, finalVmRssMiB; plus "postgresql" and the services' total. */
    synchronized Map<String, Object> report(List<String> serviceNames) {
        Map<String, Object> report = new LinkedHashMap<>();
        double servicesRssKb = 0;
        double servicesHwmKb = 0;
        double servicesCpu = 0;
        for (Map.Entry<String, Tracked> entry : single.entrySet()) {
            Tracked t = entry.getValue();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("pid", t.pid);
            row.put("cpuSeconds", Latencies.round(t.lastCpu - t.baselineCpu));
            row.put("vmHwmMiB", Latencies.round(t.hwmKb / 1024.0));
            row.put("finalVmRssMiB", Latencies.round(t.rssKb / 1024.0));
            report.put(entry.getKey(), row);
            if (serviceNames.contains(entry.getKey())) {
                servicesRssKb += t.rssKb;
                servicesHwmKb += t.hwmKb;
                servicesCpu += t.lastCpu - t.baselineCpu;
            }
        }
        Map<String, Object> services = new LinkedHashMap<>();
        services.put("cpuSeconds", Latencies.round(servicesCpu));
        services.put("vmHwmMiBSum", Latencies.round(servicesHwmKb / 1024.0));
        services.put("finalVmRssMiBSum", Latencies.round(servicesRssKb / 1024.0));
        report.put("fourServices", services);
        if (postmaster != null) {
            double all = 0;
            double ours = 0;
            for (PgProcess p : pgProcesses.values()) {
                all += p.lastCpu - p.baselineCpu;
                if (p.ours) {
                    ours += p.lastCpu - p.baselineCpu;
                }
            }
            Map<String, Object> pg = new LinkedHashMap<>();
            pg.put("postmasterPid", postmaster);
            pg.put("processesSeen", pgProcesses.size());
            pg.put("cpuSecondsAllProcesses", Latencies.round(all));
            pg.put("cpuSecondsBackendsOfThisRun", Latencies.round(ours));
            pg.put("peakMemoryMiB", Latencies.round(pgPeakKb / 1024.0));
            pg.put(
                    "how",
                    "postmaster plus every child seen during the run (sampled each second; an exited child"
                            + " keeps its last sample); CPU = utime+stime from /proc/<pid>/stat since tracking began;"
                            + " memory = sum of RssAnon + the largest RssShmem (shared buffers counted once), peak over"
                            + " samples; 'backends of this run' = backends whose process title names one of this run's"
                            + " databases");
            report.put("postgresql", pg);
        }
        return report;
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
