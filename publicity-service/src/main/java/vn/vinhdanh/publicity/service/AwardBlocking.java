package vn.vinhdanh.publicity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;
import vn.vinhdanh.events.AwardBlocked;
import vn.vinhdanh.events.AwardUnblocked;
import vn.vinhdanh.events.AwardUpwardProposal;
import vn.vinhdanh.events.UpwardProposalStage;
import vn.vinhdanh.publicity.domain.AwardBlock;
import vn.vinhdanh.publicity.domain.Feature;

/**
 * award-service could not turn the approved title into an award (award.blocked.v1): the story may not go out until
 * the agency's corrected title has become one (award.unblocked.v1), or a proposal upward of a form decided above the
 * province (award.upward-proposal.v1, PROPOSED), which the draft then carries. Kept per nomination
 * in {@link AwardBlock}, since either event may come before the approval that opens the feature; the feature reads
 * the block itself ({@link vn.vinhdanh.publicity.domain.PublicationRules#awardBlocker()}). Holds the {@link NominationLock} like the other upstream
 * handlers, so a draft being opened at the same time sees the block, and the block sees the draft.
 */
@ApplicationScoped
public class AwardBlocking {

    private static final Logger LOG = Logger.getLogger(AwardBlocking.class);

    private final FeatureMapping mapping;
    private final DeskLog desk;
    private final Clock clock;

    public AwardBlocking(FeatureMapping mapping, DeskLog desk, Clock clock) {
        this.mapping = mapping;
        this.desk = desk;
        this.clock = clock;
    }

    /**
     * Records (or, after a correction that did not fit either, updates) the block. A block no newer than what is kept
     * changes nothing: a redelivery, or an old block redriven from the dead letters after its unblock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onBlocked(AwardBlocked blocked) {
        NominationLock.hold(blocked.nominationId());
        Instant now = Instant.now(clock);
        Instant blockedAt = blocked.blockedAt() == null ? now : blocked.blockedAt();
        AwardBlock block = AwardBlock.findById(blocked.nominationId());
        if (block != null && isNoNewerThanKept(block, blockedAt)) {
            LOG.infof("Award block of nomination %s is not newer than the one kept; ignored", blocked.nominationId());
            return;
        }
        if (block == null) {
            block = new AwardBlock();
            block.nominationId = blocked.nominationId();
        }
        block.awardCode = blocked.awardCode();
        // the feature reads the block by its reason: a block without one must still block
        block.reason = orElse(blocked.reason(), "award-service cannot draft an award of title " + blocked.awardCode());
        block.reasonVi = orElse(
                blocked.reasonVi(), "Chưa lập được khen thưởng theo danh hiệu đề nghị " + blocked.awardCode() + ".");
        block.blockedAt = blockedAt;
        block.unblockedAt = null;
        block.correctedAwardCode = null;
        block.correctedAwardName = null;
        block.persist();
        Feature feature = Feature.find("nominationId", blocked.nominationId()).firstResult();
        if (feature == null) {
            // a draft opened later reads the block with itself
            return;
        }
        if (!feature.isUpcoming()) {
            LOG.warnf(
                    "Award of nomination %s blocked after its feature %s was %s; left as it is",
                    blocked.nominationId(), feature.id, feature.status);
            return;
        }
        // a change of the feature, so that an approval racing the block fails on the version instead of passing it
        feature.updatedAt = now;
        desk.bySystem(feature, "feature.award-blocked", "system:award-blocked", block.reasonVi);
    }

    /**
     * The corrected title became an award: the block is resolved, and a draft still editable takes the corrected
     * title, as the approval would have given it. A draft opened later takes it from the kept row.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onUnblocked(AwardUnblocked unblocked) {
        NominationLock.hold(unblocked.nominationId());
        AwardBlock block = AwardBlock.findById(unblocked.nominationId());
        if (block == null) {
            // its block went to the dead letters: the row keeps the unblock, so that the block redriven later is older
            block = new AwardBlock();
            block.nominationId = unblocked.nominationId();
        }
        resolve(block, unblocked.awardCode(), unblocked.awardName(), unblocked.unblockedAt());
    }

    /**
     * The corrected title is a form decided above the province (award.upward-proposal.v1, PROPOSED): award-service
     * proposes it upward instead of drafting it, so nothing blocks the story any more, and the draft takes that title
     * as after an unblock. Only a block kept here is resolved: the proposal of an approval never blocked changes
     * nothing (the block and the proposal of one nomination come in order, on one topic and key).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onProposedUpward(AwardUpwardProposal proposal) {
        if (proposal.stage() != UpwardProposalStage.PROPOSED) {
            return;
        }
        NominationLock.hold(proposal.nominationId());
        AwardBlock block = AwardBlock.findById(proposal.nominationId());
        if (block == null) {
            return;
        }
        resolve(block, proposal.awardCode(), proposal.awardName(), proposal.occurredAt());
    }

    private void resolve(AwardBlock block, String awardCode, String awardName, Instant at) {
        Instant now = Instant.now(clock);
        Instant unblockedAt = at == null ? now : at;
        if (block.isPersistent() && isNoNewerThanKept(block, unblockedAt)) {
            LOG.infof("Award unblock of nomination %s is not newer than what is kept; ignored", block.nominationId);
            return;
        }
        block.unblockedAt = unblockedAt;
        block.correctedAwardCode = awardCode;
        block.correctedAwardName = awardName;
        block.persist();
        Feature feature = Feature.find("nominationId", block.nominationId).firstResult();
        if (feature == null || !feature.isUpcoming()) {
            return;
        }
        if (feature.isEditable()) {
            mapping.correctTitle(feature, awardCode, awardName);
        }
        feature.updatedAt = now;
        desk.bySystem(feature, "feature.award-unblocked", "system:award-unblocked", awardName);
    }

    /** Events of one nomination come in order; one at or before the latest kept is a redelivery or a late redrive. */
    private static boolean isNoNewerThanKept(AwardBlock block, Instant at) {
        Instant latest = block.blockedAt;
        if (block.unblockedAt != null && (latest == null || block.unblockedAt.isAfter(latest))) {
            latest = block.unblockedAt;
        }
        return latest != null && !at.isAfter(latest);
    }

    private static String orElse(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}
