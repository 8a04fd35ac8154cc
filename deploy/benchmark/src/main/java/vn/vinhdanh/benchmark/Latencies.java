package vn.vinhdanh.benchmark;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Percentiles of a set of durations in milliseconds (nearest-rank: p99 of 100 values is the 99th smallest). */
public final class Latencies {

    private final double[] sortedMillis;

    private Latencies(double[] sortedMillis) {
        this.sortedMillis = sortedMillis;
    }

    public static Latencies ofMillis(double[] millis) {
        double[] copy = Arrays.copyOf(millis, millis.length);
        Arrays.sort(copy);
        return new Latencies(copy);
    }

    public static Latencies ofNanos(long[] nanos, int count) {
        double[] millis = new double[count];
        for (int i = 0; i < count; i++) {
            millis[i] = nanos[i] / 1e6;
        }
        return ofMillis(millis);
    }

    public int count() {
        return sortedMillis.length;
    }

    /** Nearest-rank percentile, {@code p} in (0, 100]; NaN when empty. */
    public double percentile(double p) {
        if (sortedMillis.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedMillis.length);
        return sortedMillis[Math.min(sortedMillis.length, Math.max(1, rank)) - 1];
    }

    public double max() {
        return sortedMillis.length == 0 ? Double.NaN : sortedMillis[sortedMillis.length - 1];
    }

    public double min() {
        return sortedMillis.length == 0 ? Double.NaN : sortedMillis[0];
    }

    /** {count, p50, p95, p99, max} in ms, for the JSON file. */
    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("count", count());
        summary.put("p50Ms", round(percentile(50)));
        summary.put("p95Ms", round(percentile(95)));
        summary.put("p99Ms", round(percentile(99)));
        summary.put("maxMs", round(max()));
        return summary;
    }

    /** "p50 12.3  p95 45.6  p99 78.9  max 123.4 ms (n=2000)" */
    public String line() {
        return String.format(
                java.util.Locale.ROOT,
                "p50 %8.1f  p95 %8.1f  p99 %8.1f  max %8.1f ms  (n=%d)",
                percentile(50),
                percentile(95),
                percentile(99),
                max(),
                count());
    }

    static double round(double value) {
        return Double.isNaN(value) ? Double.NaN : Math.round(value * 10.0) / 10.0;
    }
}
