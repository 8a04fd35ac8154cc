package vn.vinhdanh.publicity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;
import vn.vinhdanh.events.AwardGranted;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.ReviewDecided;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.outbox.Outbox;
import vn.vinhdanh.publicity.domain.AwardBlock;
import vn.vinhdanh.publicity.domain.CeremonySchedule;
import vn.vinhdanh.publicity.domain.Feature;
import vn.vinhdanh.publicity.domain.FeatureStatus;
import vn.vinhdanh.publicity.domain.GrantedAward;
import vn.vinhdanh.publicity.domain.PublishSuggestion;

/**
 * The story written from upstream events: a council approval opens the draft, the granted award completes it. The
 * two come on different topics in either order, so each holds the {@link NominationLock} and picks up what the
 * other stored (and the draft what {@link AwardBlocking} and {@link CeremonyDating} stored).
 */
@ApplicationScoped
public class FeatureDrafting {

    private static final Logger LOG = Logger.getLogger(FeatureDrafting.class);

    private final FeatureWriter writer;
    private final FeatureMapping mapping;
    private final Outbox outbox;
    private final DeskLog desk;
    private final TraditionalDays days;
    private final Clock clock;

    public FeatureDrafting(
            FeatureWriter writer,
            FeatureMapping mapping,
            Outbox outbox,
            DeskLog desk,
            TraditionalDays days,
            Clock clock) {
        this.writer = writer;
        this.mapping = mapping;
        this.outbox = outbox;
        this.desk = desk;
        this.days = days;
        this.clock = clock;
    }

    /** The council approved a model: its press feature starts now, as a draft written from the nomination. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Feature openDraft(ReviewDecided approval) {
        NominationLock.hold(approval.nominationId());
        if (Feature.count("nominationId", approval.nominationId()) > 0) {
            LOG.infof("Nomination %s already has a feature", approval.nominationId());
            return null;
        }
        GrantedAward award = GrantedAward.findById(approval.nominationId());
        FeatureWriter.Copy copy = writer.draft(approval.nomination(), award);
        Feature feature = mapping.draft(approval, copy, award, Instant.now(clock));
        CeremonySchedule ceremony = CeremonySchedule.findById(approval.nominationId());
        PublishSuggestion.of(
                        feature.nomineeKind, feature.sector, feature.movementName, ceremony, award, days.calendar())
                .applyTo(feature);
        // the award's block and unblock may have come first, on the other topic: a draft of a blocked award is
        // blocked by the row itself (the feature reads it), one unblocked meanwhile takes the corrected title
        AwardBlock block = AwardBlock.findById(approval.nominationId());
        if (block != null && block.isResolved()) {
            mapping.correctTitle(feature, block.correctedAwardCode, block.correctedAwardName);
        }
        feature.persist();
        outbox.publish(
                Topics.PUBLICITY_EVENTS,
                EventTypes.FEATURE_DRAFTED,
                feature.nominationId,
                FeatureMapping.drafted(feature));
        desk.bySystem(
                feature,
                "feature.draft",
                "system:council-approval",
                block == null || block.isResolved() ? null : block.reasonVi);
        return feature;
    }

    /** The award's title and decision number belong in the story; a draft is rewritten, a published one is not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAward(AwardGranted granted) {
        NominationLock.hold(granted.nominationId());
        GrantedAward award = GrantedAward.findById(granted.nominationId());
        if (award == null) {
            award = new GrantedAward();
            award.nominationId = granted.nominationId();
        }
        award.awardName = granted.awardName();
        award.decisionNumber = granted.decisionNumber();
        award.decisionDate = granted.decisionDate();
        award.receivedAt = Instant.now(clock);
        award.persist();
        Feature feature = Feature.find("nominationId", granted.nominationId()).firstResult();
        if (feature == null) {
            return;
        }
        boolean rewritten = false;
        if (feature.status == FeatureStatus.DRAFT) {
            feature.awardName = award.awardName;
            feature.decisionNumber = award.decisionNumber;
            feature.body = writer.draft(mapping.nominationOf(feature), award).body();
            rewritten = true;
        }
        boolean suggested = feature.isUpcoming()
                && PublishSuggestion.of(
                                feature.nomineeKind,
                                feature.sector,
                                feature.movementName,
                                CeremonySchedule.findById(feature.nominationId),
                                award,
                                days.calendar())
                        .applyTo(feature);
        if (rewritten || suggested) {
            feature.updatedAt = Instant.now(clock);
            desk.bySystem(feature, "feature.award-added", "system:award-granted", feature.suggestionNote);
        }
    }
}
