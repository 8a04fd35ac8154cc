package vn.vinhdanh.nomination.domain;

import java.time.Instant;

/**
 * What one HTTP request of a delivery came to.
 *
 * @param responseStatus the receiver's status code; null when there was no answer
 * @param error why it is not a success, in a few words (timeout, connection refused, refused address, a redirect);
 *              null for a 2xx
 */
public record AttemptResult(Instant startedAt, long durationMillis, Integer responseStatus, String error) {

    public static AttemptResult answered(Instant startedAt, long durationMillis, int status, String error) {
        return new AttemptResult(startedAt, durationMillis, status, error);
    }

    public static AttemptResult failed(Instant startedAt, long durationMillis, String error) {
        return new AttemptResult(startedAt, durationMillis, null, error);
    }

    /** Only a 2xx counts: any other status, a timeout or a network error is retried. */
    public boolean delivered() {
        return responseStatus != null && responseStatus >= 200 && responseStatus < 300;
    }
}
