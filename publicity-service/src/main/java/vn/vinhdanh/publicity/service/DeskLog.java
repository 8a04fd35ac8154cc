package vn.vinhdanh.publicity.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.publicity.domain.DeskEvent;
import vn.vinhdanh.publicity.domain.Feature;

/**
 * Writes what the live desk shows, in the transaction of the change: an editor's change also goes to the audit
 * trail; a change the system made on an upstream event says what it was about. {@link DeskEvents} reads it back.
 */
@ApplicationScoped
public class DeskLog {

    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    public DeskLog(AuditTrail audit, Caller caller, Clock clock) {
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /** Records a change made through the API: in the audit trail and on the live desk. */
    void changed(Feature feature, String action, String detail) {
        audit.record(action, "feature", feature.id, detail);
        DeskEvent.of(feature, action, caller.label(), Instant.now(clock)).persist();
    }

    /** Records a change the system made; {@code actor} names its cause, {@code detail} (or null) what it was about. */
    void bySystem(Feature feature, String action, String actor, String detail) {
        DeskEvent.of(feature, action, actor, Instant.now(clock))
                .withDetail(detail)
                .persist();
    }
}
