package vn.vinhdanh.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** Every non-2xx answer and every exception of the run, counted per stage; the first few are kept verbatim. */
final class Errors {

    private static final int KEEP = 20;

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final List<String> first = new ArrayList<>();
    private final PrintStream out;

    Errors(PrintStream out) {
        this.out = out;
    }

    void record(String stage, String what) {
        counts.computeIfAbsent(stage, s -> new AtomicLong()).incrementAndGet();
        synchronized (first) {
            if (first.size() < KEEP) {
                first.add(stage + ": " + what);
                out.println("  ! " + stage + ": " + what);
            }
        }
    }

    /** What {@code call} returns, or null once its failure (an unexpected answer, none) is recorded. */
    <T> T attempt(String stage, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            record(stage, e.getMessage() != null ? e.getMessage() : e.toString());
            return null;
        }
    }

    long total() {
        return counts.values().stream().mapToLong(AtomicLong::get).sum();
    }

    Map<String, Object> report() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("total", total());
        Map<String, Long> byStage = new LinkedHashMap<>();
        counts.forEach((stage, count) -> byStage.put(stage, count.get()));
        report.put("byStage", byStage);
        synchronized (first) {
            report.put("first", List.copyOf(first));
        }
        return report;
    }
}
