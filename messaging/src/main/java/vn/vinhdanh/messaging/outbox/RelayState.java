package vn.vinhdanh.messaging.outbox;

import java.time.Instant;

/** What the readiness check and operators see of the relay. */
public record RelayState(
        Instant lastSuccess, long published, int consecutiveFailures, String lastError, boolean standby) {

    static RelayState starting() {
        return new RelayState(null, 0, 0, null, false);
    }

    RelayState succeeded(int sent, Instant at) {
        return new RelayState(at, published + sent, 0, null, false);
    }

    RelayState standingBy(Instant at) {
        return new RelayState(at, published, 0, null, true);
    }

    RelayState failed(Exception e) {
        return new RelayState(lastSuccess, published, consecutiveFailures + 1, e.toString(), false);
    }
}
