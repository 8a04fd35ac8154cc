package vn.vinhdanh.deploy.infra;

import java.time.Duration;

/** The pause between two polls of something that is coming (a port, a record, a ready service). */
public final class Polling {

    private Polling() {}

    /**
     * Sleeps for {@code duration}. An interrupt ends the wait: the thread keeps its interrupt flag and the caller gets
     * an exception saying what it was doing.
     *
     * @param doing e.g. "waiting for the Kafka broker", for the message {@code Interrupted while <doing>}
     * @throws IllegalStateException when interrupted
     */
    public static void pause(Duration duration, String doing) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + doing, e);
        }
    }
}
