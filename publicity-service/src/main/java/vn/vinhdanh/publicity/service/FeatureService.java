package vn.vinhdanh.publicity.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.vinhdanh.events.AwardGranted;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.FeatureDrafted;
import vn.vinhdanh.events.FeaturePublished;
import vn.vinhdanh.events.NominationSubmitted;
import vn.vinhdanh.events.ReviewDecided;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.outbox.Outbox;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.publicity.domain.Feature;
import vn.vinhdanh.publicity.domain.FeatureStatus;
import vn.vinhdanh.publicity.domain.GrantedAward;
import vn.vinhdanh.publicity.domain.Slugs;

@ApplicationScoped
public class FeatureService {

    private static final Logger LOG = Logger.getLogger(FeatureService.class);

    private final FeatureWriter writer;
    private final Outbox outbox;
    private final ObjectMapper objectMapper;

    public FeatureService(FeatureWriter writer, Outbox outbox, ObjectMapper objectMapper) {
        this.writer = writer;
        this.outbox = outbox;
        this.objectMapper = objectMapper;
    }

    /** The council approved a model: its press feature starts now, as a draft written from the nomination. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Feature openDraft(ReviewDecided approval) {
        if (Feature.count("nominationId", approval.nominationId()) > 0) {
            LOG.infof("Nomination %s already has a feature", approval.nominationId());
            return null;
        }
        NominationSubmitted nomination = approval.nomination();
        GrantedAward award = GrantedAward.findById(approval.nominationId());
        FeatureWriter.Copy copy = writer.draft(nomination, award);
        Instant now = Instant.now();
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
        feature.persist();
        outbox.publish(Topics.PUBLICITY_EVENTS, EventTypes.FEATURE_DRAFTED, feature.nominationId,
                new FeatureDrafted(feature.id, feature.nominationId, feature.title, now));
        return feature;
    }

    /** The award's title and decision number belong in the story; a draft is rewritten, a published one is not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAward(AwardGranted granted) {
        GrantedAward award = GrantedAward.findById(granted.nominationId());
        if (award == null) {
            award = new GrantedAward();
            award.nominationId = granted.nominationId();
        }
        award.awardName = granted.awardName();
        award.decisionNumber = granted.decisionNumber();
        award.decisionDate = granted.decisionDate();
        award.receivedAt = Instant.now();
        award.persist();
        Feature feature = Feature.find("nominationId", granted.nominationId()).firstResult();
        if (feature != null && feature.status == FeatureStatus.DRAFT) {
            feature.awardName = award.awardName;
            feature.decisionNumber = award.decisionNumber;
            feature.body = writer.draft(nominationOf(feature), award).body();
            feature.updatedAt = Instant.now();
        }
    }

    @Transactional
    public Feature publish(UUID featureId) {
        Feature feature = get(featureId);
        feature.publish(Instant.now());
        outbox.publish(Topics.PUBLICITY_EVENTS, EventTypes.FEATURE_PUBLISHED, feature.nominationId,
                new FeaturePublished(feature.id, feature.nominationId, feature.slug, feature.title,
                        feature.publishedAt));
        return feature;
    }

    public Feature get(UUID id) {
        return Feature.<Feature>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("feature", id));
    }

    public List<Feature> list(UUID nominationId, FeatureStatus status, int page, int size) {
        if (nominationId != null) {
            return Feature.list("nominationId", nominationId);
        }
        if (status != null) {
            return Feature.<Feature>find("status = ?1 order by updatedAt desc, id", status).page(page, size).list();
        }
        return Feature.<Feature>find("order by updatedAt desc, id").page(page, size).list();
    }

    public List<Feature> published(int limit) {
        return Feature.<Feature>find("status = ?1 order by publishedAt desc, id", FeatureStatus.PUBLISHED)
                .page(0, limit).list();
    }

    private NominationSubmitted nominationOf(Feature feature) {
        try {
            return objectMapper.readValue(feature.nominationSnapshot, NominationSubmitted.class);
        } catch (JsonProcessingException e) {
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
}
