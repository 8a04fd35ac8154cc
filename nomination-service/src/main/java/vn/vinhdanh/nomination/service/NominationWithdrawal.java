package vn.vinhdanh.nomination.service;

import static vn.vinhdanh.province.VietnameseText.nfc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.NominationWithdrawn;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.outbox.Outbox;
import vn.vinhdanh.nomination.domain.Nomination;
import vn.vinhdanh.nomination.domain.NominationStatus;
import vn.vinhdanh.nomination.domain.TimelineEntry;
import vn.vinhdanh.problem.ProblemException;

/** The agency takes its nomination back while the council has not approved or rejected it. */
@ApplicationScoped
public class NominationWithdrawal {

    private final NominationQueries nominations;
    private final Outbox outbox;
    private final Caller caller;
    private final AuditTrail audit;
    private final WebhookAnnouncement webhooks;
    private final Clock clock;

    public NominationWithdrawal(
            NominationQueries nominations,
            Outbox outbox,
            Caller caller,
            AuditTrail audit,
            WebhookAnnouncement webhooks,
            Clock clock) {
        this.nominations = nominations;
        this.outbox = outbox;
        this.caller = caller;
        this.audit = audit;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    @Transactional
    public Nomination withdraw(UUID id, WithdrawNomination withdrawal) {
        Nomination nomination = nominations.get(id);
        if (!nomination.status.isWithdrawable()) {
            throw ProblemException.conflict(
                    "not-withdrawable",
                    "nomination " + id + " is " + nomination.status
                            + "; only a SUBMITTED, UNDER_REVIEW or RETURNED nomination can be withdrawn",
                    "Hồ sơ đề nghị " + id + " đang ở trạng thái " + nomination.status
                            + "; chỉ rút được hồ sơ đã gửi, đang xét hoặc được trả lại để bổ sung"
                            + " (SUBMITTED, UNDER_REVIEW, RETURNED).");
        }
        Instant now = Instant.now(clock);
        String because = nfc(withdrawal.reason());
        NominationStatus before = nomination.status;
        TimelineEntry entry = nomination.advance(NominationStatus.WITHDRAWN, now, caller.label(), because, null, now);
        webhooks.stepAdded(nomination, entry, before);
        audit.record("nomination.withdraw", "nomination", id, because);
        outbox.publish(
                Topics.NOMINATION_EVENTS,
                EventTypes.NOMINATION_WITHDRAWN,
                id,
                new NominationWithdrawn(
                        id, nomination.agencyCode, nomination.movement.id, because, caller.label(), now));
        return nomination;
    }
}
