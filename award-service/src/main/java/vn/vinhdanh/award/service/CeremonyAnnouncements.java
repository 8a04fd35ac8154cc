package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.Ceremony;
import vn.vinhdanh.award.domain.TraditionalDay;
import vn.vinhdanh.events.CeremonyScheduled;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.outbox.Outbox;

/**
 * {@code ceremony.scheduled.v1} for one award, keyed by its nomination, in the transaction of the change it follows;
 * {@code cancelled = true} once the award is no longer to be presented at that ceremony. The latest event wins. It
 * names the traditional day the ceremony is held on, from the table of days.
 */
@ApplicationScoped
public class CeremonyAnnouncements {

    private final Outbox outbox;
    private final Clock clock;

    public CeremonyAnnouncements(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(Ceremony ceremony, Award award, boolean cancelled) {
        outbox.publish(
                Topics.AWARD_EVENTS,
                EventTypes.CEREMONY_SCHEDULED,
                award.nominationId,
                AwardMapping.scheduled(ceremony, heldOn(ceremony), award, cancelled, Instant.now(clock)));
    }

    /** The traditional day the ceremony is held on, as the table says it now; null for a review or another occasion. */
    private static CeremonyScheduled.HeldOn heldOn(Ceremony ceremony) {
        if (ceremony.traditionalDayCode == null) {
            return null;
        }
        TraditionalDay day = TraditionalDay.findById(ceremony.traditionalDayCode);
        return new CeremonyScheduled.HeldOn(day.code, day.nameVi, day.monthOfYear, day.dayOfMonth);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void announceAll(Ceremony ceremony, List<Award> awards, boolean cancelled) {
        awards.forEach(award -> announce(ceremony, award, cancelled));
    }
}
