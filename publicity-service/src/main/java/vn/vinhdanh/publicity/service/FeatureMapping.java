package vn.vinhdanh.publicity.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import vn.vinhdanh.events.FeatureCorrected;
import vn.vinhdanh.events.FeatureDrafted;
import vn.vinhdanh.events.FeatureKilled;
import vn.vinhdanh.events.FeaturePublished;
import vn.vinhdanh.events.NominationSubmitted;
import vn.vinhdanh.events.ReviewDecided;
import vn.vinhdanh.publicity.domain.Feature;
import vn.vinhdanh.publicity.domain.FeatureStatus;
import vn.vinhdanh.publicity.domain.GrantedAward;
import vn.vinhdanh.publicity.domain.Slugs;

/**
 * Copies between the feature and the events: the approval's nomination into a new draft (and its snapshot back,
 * to redraft), the feature into the {@code feature.*.v1} events it publishes.
 */
@ApplicationScoped
public class FeatureMapping {

    private final ObjectMapper objectMapper;

    public FeatureMapping(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** A new draft of the approved nomination, with the drafted copy and the award if it came first. */
    Feature draft(ReviewDecided approval, FeatureWriter.Copy copy, GrantedAward award, Instant now) {
        NominationSubmitted nomination = approval.nomination();
        Feature feature = new Feature();
        feature.id = UUID.randomUUID();
        feature.nominationId = approval.nominationId();
        feature.reviewCaseId = approval.caseId();
        feature.slug = Slugs.of(nomination.nominee().name(), feature.id);
        feature.title = copy.title();
        feature.summary = copy.summary();
        feature.body = copy.body();
        feature.status = FeatureStatus.DRAFT;
        feature.nomineeKind = nomination.nominee().kind();
        feature.nomineeName = nomination.nominee().name();
        feature.organization = nomination.nominee().organization();
        feature.sector = nomination.sector();
        feature.level = nomination.level();
        feature.movementName = nomination.movementName();
        feature.publicityConsent = nomination.publicityConsent();
        feature.nominationSnapshot = toJson(nomination);
        feature.awardName = award == null ? null : award.awardName;
        feature.decisionNumber = award == null ? null : award.decisionNumber;
        feature.createdAt = now;
        feature.updatedAt = now;
        return feature;
    }

    /** The nomination as approved, from the snapshot kept with the feature. */
    NominationSubmitted nominationOf(Feature feature) {
        try {
            return objectMapper.readValue(feature.nominationSnapshot, NominationSubmitted.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored nomination of feature " + feature.id + " is unreadable", e);
        }
    }

    /**
     * The agency's corrected title (award.unblocked.v1) replaces the approved one on the draft: its name is the
     * award the story names, its code the nomination's proposed award in the snapshot the draft is rewritten from.
     * The name of an award already granted is left alone; the body names the award once it is granted
     * ({@link FeatureDrafting#recordAward}), not before.
     */
    void correctTitle(Feature feature, String awardCode, String awardName) {
        if (feature.decisionNumber == null && awardName != null) {
            feature.awardName = awardName;
        }
        if (awardCode == null) {
            return;
        }
        try {
            // edited as a tree, so that the rest of the snapshot stays exactly as the approval carried it
            ObjectNode snapshot = (ObjectNode) objectMapper.readTree(feature.nominationSnapshot);
            snapshot.put("proposedAward", awardCode);
            feature.nominationSnapshot = objectMapper.writeValueAsString(snapshot);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("stored nomination of feature " + feature.id + " is unreadable", e);
        }
    }

    private String toJson(NominationSubmitted nomination) {
        try {
            return objectMapper.writeValueAsString(nomination);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("nomination " + nomination.nominationId() + " cannot be stored", e);
        }
    }

    static FeatureDrafted drafted(Feature feature) {
        return new FeatureDrafted(feature.id, feature.nominationId, feature.title, feature.createdAt);
    }

    static FeaturePublished published(Feature feature) {
        return new FeaturePublished(feature.id, feature.nominationId, feature.slug, feature.title, feature.publishedAt);
    }

    /** {@code at}: when the correction was made. */
    static FeatureCorrected corrected(Feature feature, String note, Instant at) {
        return new FeatureCorrected(feature.id, feature.nominationId, feature.slug, note, at);
    }

    /** A kill by an editor or for a revoked award: the reason and time are the feature's own after the kill. */
    static FeatureKilled killed(Feature feature) {
        return new FeatureKilled(feature.id, feature.nominationId, feature.slug, feature.killReason, feature.killedAt);
    }
}
