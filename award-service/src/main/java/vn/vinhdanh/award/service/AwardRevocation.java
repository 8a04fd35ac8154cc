package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.AwardStatus;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.outbox.Outbox;
import vn.vinhdanh.problem.ProblemException;

/** An officer revokes a granted award; the amount it paid becomes the amount to recover. */
@ApplicationScoped
public class AwardRevocation {

    private final Outbox outbox;
    private final Caller caller;
    private final AuditTrail audit;
    private final Clock clock;
    private final CeremonyAttachment ceremonies;

    public AwardRevocation(Outbox outbox, Caller caller, AuditTrail audit, Clock clock, CeremonyAttachment ceremonies) {
        this.outbox = outbox;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
        this.ceremonies = ceremonies;
    }

    /**
     * Annuls a granted award; the amount it paid is recorded for recovery. The decision stays signed: it also
     * granted the other recipients it lists.
     */
    @Transactional
    public Award revoke(UUID id, RevokeAward command) {
        String reason = command.reason().strip();
        Award award = Award.<Award>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("award", "khen thưởng", id));
        if (award.status != AwardStatus.GRANTED) {
            throw ProblemException.conflict(
                    "award-not-granted",
                    "award " + id + " is " + award.status + "; only a granted award can be revoked",
                    "Khen thưởng " + id + " " + AwardStatusInVietnamese.of(award.status)
                            + "; chỉ thu hồi được khen thưởng đã cấp.");
        }
        award.status = AwardStatus.REVOKED;
        award.revokedAt = Instant.now(clock);
        award.revokedBy = caller.label();
        award.revocationCategory = command.category();
        award.revocationReason = reason;
        award.recoveryAmountVnd = award.amountVnd;
        outbox.publish(Topics.AWARD_EVENTS, EventTypes.AWARD_REVOKED, award.nominationId, AwardMapping.revoked(award));
        // a revoked award is not presented: it leaves its ceremony, which publicity is told about
        ceremonies.withdrawRevoked(award);
        audit.record(
                "award.revoke",
                "award",
                award.id,
                command.category() + ": " + reason + "; recover " + award.recoveryAmountVnd + " VND");
        return award;
    }
}
