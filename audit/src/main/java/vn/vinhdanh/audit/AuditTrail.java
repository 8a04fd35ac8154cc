package vn.vinhdanh.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Records a state change in the transaction that makes it: an entry exists if and only if the change does. */
@ApplicationScoped
public class AuditTrail {

    private final Caller caller;
    private final Clock clock;

    public AuditTrail(Caller caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String resourceType, Object resourceId, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.occurredAt = Instant.now(clock);
        entry.actor = caller.id();
        entry.actorRole = caller.role();
        entry.agencyCode = caller.agencyCode();
        entry.action = action;
        entry.resourceType = resourceType;
        entry.resourceId = String.valueOf(resourceId);
        entry.detail = detail;
        entry.persist();
    }
}
