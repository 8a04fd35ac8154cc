package vn.vinhdanh.nomination.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When a failed delivery is tried again: exponential ceilings (30 s, 2 min, 10 min, 1 h, 3 h, 6 h, then 6 h on) with
 * full jitter, for at least the retry window from the first attempt. A failure that starts after the window closed is
 * final, so the last retry always lands beyond the window rather than short of it.
 */
public record RetrySchedule(List<Duration> delays, Duration window) {

    public RetrySchedule {
        if (delays.isEmpty()) {
            throw new IllegalArgumentException("a retry schedule needs at least one delay");
        }
        delays = List.copyOf(delays);
    }

    /**
     * @param failedAttempts attempts made so far, all failed (1 after the first)
     * @param random         uniform in [0, 1): the jitter
     * @return when to try again, or null to give up
     */
    public Instant nextAttempt(int failedAttempts, Instant attemptStartedAt, Instant windowStartedAt, double random) {
        if (!attemptStartedAt.isBefore(windowStartedAt.plus(window))) {
            return null;
        }
        return attemptStartedAt.plusMillis(
                (long) (random * ceiling(failedAttempts).toMillis()));
    }

    /** The longest wait after the n-th failed attempt: the schedule's n-th delay, the last one repeating. */
    public Duration ceiling(int failedAttempts) {
        return delays.get(Math.min(Math.max(failedAttempts, 1), delays.size()) - 1);
    }
}
