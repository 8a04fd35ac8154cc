package vn.vinhdanh.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How a stage sends what it has found: in batches of at most {@value #MAX} (a meeting's cases, a decision's awards),
 * a smaller one only once its first item has waited {@link #WAIT} or nothing more is coming. One per stage: it
 * remembers since when the oldest item found has been waiting.
 */
final class Batches {

    static final int MAX = 500;
    /** A batch smaller than 500 goes out once its first item has waited this long. */
    static final Duration WAIT = Duration.ofSeconds(1);

    private long waitingSince;

    /** Whether to send now: 500 are there, the rest of the run is there, or the first has waited 1 s. */
    boolean due(int available, boolean everythingThere) {
        if (available == 0) {
            waitingSince = 0;
            return false;
        }
        long now = System.nanoTime();
        if (waitingSince == 0) {
            waitingSince = now;
        }
        if (available >= MAX || everythingThere || now - waitingSince >= WAIT.toNanos()) {
            waitingSince = 0;
            return true;
        }
        return false;
    }

    /** The full batches of {@code available}, oldest first; the smaller rest only when it is the one batch. */
    static List<List<String>> of(List<String> available) {
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < available.size(); from += MAX) {
            List<String> batch = available.subList(from, Math.min(available.size(), from + MAX));
            if (batch.size() < MAX && from > 0) {
                break;
            }
            batches.add(List.copyOf(batch));
        }
        return batches;
    }
}
