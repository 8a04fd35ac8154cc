package vn.vinhdanh.publicity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;
import vn.vinhdanh.events.CeremonyScheduled;
import vn.vinhdanh.publicity.domain.CeremonySchedule;
import vn.vinhdanh.publicity.domain.Feature;
import vn.vinhdanh.publicity.domain.GrantedAward;
import vn.vinhdanh.publicity.domain.PublishSuggestion;

/** The ceremony at which the award is presented dates the story: its day becomes the suggested publish date. */
@ApplicationScoped
public class CeremonyDating {

    private static final Logger LOG = Logger.getLogger(CeremonyDating.class);

    private final DeskLog desk;
    private final TraditionalDays days;
    private final Clock clock;

    public CeremonyDating(DeskLog desk, TraditionalDays days, Clock clock) {
        this.desk = desk;
        this.days = days;
        this.clock = clock;
    }

    /**
     * An award is to be presented at a ceremony (or no longer is): its day becomes the story's suggested publish
     * date. Kept per nomination, since the event may come before the approval that opens the feature. The latest
     * event wins; a cancellation withdraws only the ceremony that holds the award now, so the award moving to
     * another ceremony does not lose it whichever of the two events comes last.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordCeremony(CeremonyScheduled scheduled) {
        NominationLock.hold(scheduled.nominationId());
        Instant now = Instant.now(clock);
        Instant scheduledAt = scheduled.scheduledAt() == null ? now : scheduled.scheduledAt();
        CeremonySchedule ceremony = CeremonySchedule.findById(scheduled.nominationId());
        if (ceremony != null && ceremony.scheduledAt.isAfter(scheduledAt)) {
            LOG.infof("Ceremony event for nomination %s is older than the one kept; ignored", scheduled.nominationId());
            return;
        }
        if (ceremony != null
                && scheduled.cancelled()
                && !ceremony.cancelled
                && !ceremony.ceremonyId.equals(scheduled.ceremonyId())) {
            LOG.infof(
                    "Cancellation of ceremony %s does not concern nomination %s, now at ceremony %s",
                    scheduled.ceremonyId(), scheduled.nominationId(), ceremony.ceremonyId);
            return;
        }
        if (ceremony == null) {
            ceremony = new CeremonySchedule();
            ceremony.nominationId = scheduled.nominationId();
        }
        ceremony.ceremonyId = scheduled.ceremonyId();
        ceremony.awardId = scheduled.awardId();
        ceremony.name =
                scheduled.name() == null || scheduled.name().isBlank() ? "Lễ tôn vinh, khen thưởng" : scheduled.name();
        ceremony.occasion = scheduled.occasion();
        ceremony.ceremonyDate = scheduled.ceremonyDate();
        ceremony.startsAt = scheduled.startsAt();
        ceremony.place = scheduled.place();
        ceremony.cancelled = scheduled.cancelled();
        ceremony.scheduledAt = scheduledAt;
        ceremony.receivedAt = now;
        ceremony.persist();
        Feature feature = Feature.find("nominationId", scheduled.nominationId()).firstResult();
        if (feature == null || !feature.isUpcoming()) {
            return;
        }
        GrantedAward award = GrantedAward.findById(feature.nominationId);
        if (PublishSuggestion.of(
                        feature.nomineeKind, feature.sector, feature.movementName, ceremony, award, days.calendar())
                .applyTo(feature)) {
            feature.updatedAt = now;
            desk.bySystem(
                    feature,
                    scheduled.cancelled() ? "feature.ceremony-cancelled" : "feature.ceremony-scheduled",
                    "system:ceremony-scheduled",
                    feature.suggestionNote);
        }
    }
}
