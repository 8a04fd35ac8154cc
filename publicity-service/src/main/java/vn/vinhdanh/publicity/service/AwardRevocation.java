package vn.vinhdanh.publicity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;
import vn.vinhdanh.events.AwardRevoked;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.outbox.Outbox;
import vn.vinhdanh.publicity.domain.Feature;
import vn.vinhdanh.publicity.domain.FeatureStatus;

/** A revoked award takes its story down: a published one is killed (with a tombstone), any other withdrawn. */
@ApplicationScoped
public class AwardRevocation {

    private static final Logger LOG = Logger.getLogger(AwardRevocation.class);

    private final Outbox outbox;
    private final DeskLog desk;
    private final Clock clock;

    public AwardRevocation(Outbox outbox, DeskLog desk, Clock clock) {
        this.outbox = outbox;
        this.desk = desk;
        this.clock = clock;
    }

    /** A revoked award takes its story down (a kill with the revocation as the reason), from any state. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onAwardRevoked(AwardRevoked revoked) {
        NominationLock.hold(revoked.nominationId());
        Feature feature = Feature.find("nominationId", revoked.nominationId()).firstResult();
        if (feature == null || feature.status == FeatureStatus.KILLED) {
            return;
        }
        boolean wasPublic = feature.status == FeatureStatus.PUBLISHED;
        String reason = "Khen thưởng bị thu hồi (" + revoked.decisionNumber() + "): " + revoked.reason();
        feature.withdrawForRevokedAward(reason, revoked.revokedAt() == null ? Instant.now(clock) : revoked.revokedAt());
        desk.bySystem(feature, "feature.kill", "system:award-revoked", null);
        if (wasPublic) {
            outbox.publish(
                    Topics.PUBLICITY_EVENTS,
                    EventTypes.FEATURE_KILLED,
                    feature.nominationId,
                    FeatureMapping.killed(feature));
        }
        LOG.infof("Feature %s withdrawn: award of nomination %s revoked", feature.id, revoked.nominationId());
    }
}
