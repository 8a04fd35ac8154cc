package vn.vinhdanh.deploy.stack;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.vinhdanh.deploy.infra.ManagedProcess;
import vn.vinhdanh.deploy.infra.Polling;

/**
 * Waiting for started service processes to be ready: polls each one's {@code /q/health/ready} until it answers 200,
 * printing a line per process as it becomes ready and a waiting line every few seconds, so a slow start on a busy
 * machine does not look like a hang. Plain lines only: the output is often a CI log, not a terminal.
 *
 * <p>A process that exits, or is not ready in time, fails the wait with the end of its log.</p>
 */
final class Readiness {

    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(5);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);
    private static final int LOG_TAIL_LINES = 60;

    /** One process being waited for. */
    record Starting(String name, Supplier<ManagedProcess> process, URI baseUrl, String shownUrl, long launchedAt) {

        URI health() {
            return baseUrl.resolve("/q/health/ready");
        }
    }

    private final ApiClient http = new ApiClient(REQUEST_TIMEOUT);
    private final PrintStream out;
    private final Duration timeout;

    Readiness(PrintStream out, Duration timeout) {
        this.out = out;
        this.timeout = timeout;
    }

    /** Returns once every one of {@code starting} is ready. */
    void await(List<Starting> starting) {
        long waitStarted = System.nanoTime();
        long lastProgress = waitStarted;
        Set<Starting> pending = new LinkedHashSet<>(starting);
        while (!pending.isEmpty()) {
            for (Iterator<Starting> it = pending.iterator(); it.hasNext(); ) {
                Starting next = it.next();
                double elapsed = seconds(next.launchedAt());
                if (isReady(next, elapsed)) {
                    it.remove();
                    out.printf(Locale.ROOT, "  %-18s  ready  %s  (%.1f s)%n", next.name(), next.shownUrl(), elapsed);
                }
            }
            if (pending.isEmpty()) {
                break;
            }
            if (System.nanoTime() - lastProgress >= PROGRESS_INTERVAL.toNanos()) {
                lastProgress = System.nanoTime();
                out.printf(
                        Locale.ROOT,
                        "  ... waiting for %s (%d s)%n",
                        pending.stream().map(Starting::name).collect(Collectors.joining(", ")),
                        Math.round(seconds(waitStarted)));
            }
            Polling.pause(POLL_INTERVAL, "starting the platform");
        }
    }

    /**
     * Returns once nomination-service holds award-service's catalogue (its first {@code award-type.published.v1}
     * events have crossed the broker), so that the first submission is checked against it instead of answered 503.
     */
    void awaitCatalogue(URI nominationService) {
        long waitStarted = System.nanoTime();
        URI awardTypes = nominationService.resolve("/api/v1/award-types?size=1");
        while (!holdsTitles(awardTypes)) {
            if (seconds(waitStarted) > timeout.toSeconds()) {
                throw new IllegalStateException("nomination-service received no award catalogue within "
                        + timeout.toSeconds() + " s (GET " + awardTypes + " stayed empty)");
            }
            Polling.pause(POLL_INTERVAL, "waiting for the award catalogue");
        }
        out.printf(Locale.ROOT, "  %-18s  catalogue received (%.1f s)%n", "nomination-service", seconds(waitStarted));
    }

    private boolean holdsTitles(URI awardTypes) {
        try {
            ApiResponse answer = http.get(awardTypes);
            return answer.status() == 200
                    && !"0".equals(answer.header("X-Total-Count").orElse("0"));
        } catch (UncheckedIOException notListening) {
            return false;
        }
    }

    private boolean isReady(Starting starting, double elapsed) {
        ManagedProcess process = starting.process().get();
        if (!process.isAlive()) {
            throw new IllegalStateException(starting.name() + " exited during start-up (exit code "
                    + process.exitCode().orElse(-1) + "). Last lines of " + process.logFile() + ":\n"
                    + process.logTail(LOG_TAIL_LINES));
        }
        if (answers(starting.health())) {
            return true;
        }
        if (elapsed > timeout.toSeconds()) {
            throw new IllegalStateException(starting.name() + " was not ready within " + timeout.toSeconds()
                    + " s (GET " + starting.health() + " did not answer 200). Last lines of " + process.logFile()
                    + ":\n" + process.logTail(LOG_TAIL_LINES));
        }
        return false;
    }

    private boolean answers(URI health) {
        try {
            return http.get(health).status() == 200;
        } catch (UncheckedIOException notListeningYet) {
            return false;
        }
    }

    static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }
}
