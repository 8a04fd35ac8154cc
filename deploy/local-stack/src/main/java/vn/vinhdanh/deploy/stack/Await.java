package vn.vinhdanh.deploy.stack;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import vn.vinhdanh.deploy.infra.Polling;

/**
 * Waiting for something that happens asynchronously (an event travelling through Kafka to another service).
 * Polls rather than sleeps a fixed time: fast when the platform is fast, patient when the machine is busy.
 */
public final class Await {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private static final long FIRST_PAUSE_MILLIS = 100;
    private static final long MAX_PAUSE_MILLIS = 500;

    private Await() {}

    /** {@link #until(String, Duration, Supplier, Supplier)} with the default 60 s and no state report. */
    public static <T> T until(String description, Supplier<Optional<T>> probe) {
        return until(description, DEFAULT_TIMEOUT, probe, () -> null);
    }

    /**
     * Calls {@code probe} until it returns a value, and returns that value. An exception from the probe counts as
     * "not yet" (a service may be restarting); the last one is reported if time runs out.
     *
     * @param description what is awaited, for the timeout message: "the review case of nomination 42"
     * @param lastState   what was seen instead, for the timeout message: "status is still APPROVED"; may return
     *                    null
     * @throws IllegalStateException after {@code timeout}
     */
    public static <T> T until(
            String description, Duration timeout, Supplier<Optional<T>> probe, Supplier<String> lastState) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        RuntimeException lastError = null;
        while (true) {
            try {
                Optional<T> result = probe.get();
                if (result.isPresent()) {
                    return result.get();
                }
                lastError = null;
            } catch (RuntimeException e) {
                lastError = e;
            }
            if (System.nanoTime() >= deadline) {
                String state = lastState.get();
                IllegalStateException timedOut = new IllegalStateException("Timed out after " + timeout.toSeconds()
                        + " s waiting for " + description + (state != null ? "; " + state : "")
                        + (lastError != null ? "; last error: " + lastError.getMessage() : ""));
                if (lastError != null) {
                    timedOut.addSuppressed(lastError);
                }
                throw timedOut;
            }
            Polling.pause(Duration.ofMillis(pause), "waiting for " + description);
            pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
        }
    }
}
