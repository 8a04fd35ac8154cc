package vn.vinhdanh.publicity.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.events.AwardGranted;
import vn.vinhdanh.events.AwardRevoked;
import vn.vinhdanh.events.CeremonyScheduled;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.FeatureCorrected;
import vn.vinhdanh.events.FeatureDrafted;
import vn.vinhdanh.events.FeatureKilled;
import vn.vinhdanh.events.FeaturePublished;
import vn.vinhdanh.events.NominationSubmitted;
import vn.vinhdanh.events.ReviewDecided;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.outbox.Outbox;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.publicity.domain.CeremonySchedule;
import vn.vinhdanh.publicity.domain.DeskEvent;
import vn.vinhdanh.publicity.domain.Feature;
import vn.vinhdanh.publicity.domain.FeatureComment;
import vn.vinhdanh.publicity.domain.FeatureCorrection;
import vn.vinhdanh.publicity.domain.FeatureRevision;
import vn.vinhdanh.publicity.domain.FeatureStatus;
import vn.vinhdanh.publicity.domain.GrantedAward;
import vn.vinhdanh.publicity.domain.PublishSuggestion;
import vn.vinhdanh.publicity.domain.Slugs;

@ApplicationScoped
public class FeatureService {

    private static final Logger LOG = Logger.getLogger(FeatureService.class);

    private final FeatureWriter writer;
    private final Outbox outbox;
    private final ObjectMapper objectMapper;
    private final AuditTrail audit;
    private final Caller caller;

    public FeatureService(FeatureWriter writer, Outbox outbox, ObjectMapper objectMapper, AuditTrail audit,
            Caller caller) {
        this.writer = writer;
        this.outbox = outbox;
        this.objectMapper = objectMapper;
        this.audit = audit;
        this.caller = caller;
    }

    /** The council approved a model: its press feature starts now, as a draft written from the nomination. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Feature openDraft(ReviewDecided approval) {
        lockNomination(approval.nominationId());
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
        CeremonySchedule ceremony = CeremonySchedule.findById(approval.nominationId());
        PublishSuggestion.of(feature.sector, feature.movementName, ceremony, award).applyTo(feature);
        feature.persist();
        outbox.publish(Topics.PUBLICITY_EVENTS, EventTypes.FEATURE_DRAFTED, feature.nominationId,
                new FeatureDrafted(feature.id, feature.nominationId, feature.title, now));
        DeskEvent.of(feature, "feature.draft", "system:council-approval").persist();
        return feature;
    }

    /**
     * The approval (review.events) and the award and ceremony (award.events) of one nomination arrive on two topics,
     * consumed concurrently. Each handler reads what the other writes: without this lock, a draft opened while the
     * award is being recorded sees no award, the award sees no draft, both commit, and the story never gets its award.
     * The lock, held until commit, makes them take turns; the second one's queries (READ COMMITTED) see the first's
     * rows.
     */
    private static void lockNomination(UUID nominationId) {
        Feature.getEntityManager().createNativeQuery(
                "select 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) locked")
                .setParameter(1, "publicity-nomination:" + nominationId).getSingleResult();
    }

    /** The award's title and decision number belong in the story; a draft is rewritten, a published one is not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAward(AwardGranted granted) {
        lockNomination(granted.nominationId());
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
        if (feature == null) {
            return;
        }
        boolean rewritten = false;
        if (feature.status == FeatureStatus.DRAFT) {
            feature.awardName = award.awardName;
            feature.decisionNumber = award.decisionNumber;
            feature.body = writer.draft(nominationOf(feature), award).body();
            rewritten = true;
        }
        boolean suggested = isUpcoming(feature) && PublishSuggestion.of(feature.sector, feature.movementName,
                CeremonySchedule.findById(feature.nominationId), award).applyTo(feature);
        if (rewritten || suggested) {
            feature.updatedAt = Instant.now();
            DeskEvent.of(feature, "feature.award-added", "system:award-granted")
                    .withDetail(feature.suggestionNote).persist();
        }
    }

    /**
     * An award is to be presented at a ceremony (or no longer is): its day becomes the story's suggested publish
     * date. Kept per nomination, since the event may come before the approval that opens the feature. The latest
     * event wins; a cancellation withdraws only the ceremony that holds the award now, so the award moving to
     * another ceremony does not lose it whichever of the two events comes last.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordCeremony(CeremonyScheduled scheduled) {
        lockNomination(scheduled.nominationId());
        Instant scheduledAt = scheduled.scheduledAt() == null ? Instant.now() : scheduled.scheduledAt();
        CeremonySchedule ceremony = CeremonySchedule.findById(scheduled.nominationId());
        if (ceremony != null && ceremony.scheduledAt.isAfter(scheduledAt)) {
            LOG.infof("Ceremony event for nomination %s is older than the one kept; ignored",
                    scheduled.nominationId());
            return;
        }
        if (ceremony != null && scheduled.cancelled() && !ceremony.cancelled
                && !ceremony.ceremonyId.equals(scheduled.ceremonyId())) {
            LOG.infof("Cancellation of ceremony %s does not concern nomination %s, now at ceremony %s",
                    scheduled.ceremonyId(), scheduled.nominationId(), ceremony.ceremonyId);
            return;
        }
        if (ceremony == null) {
            ceremony = new CeremonySchedule();
            ceremony.nominationId = scheduled.nominationId();
        }
        ceremony.ceremonyId = scheduled.ceremonyId();
        ceremony.awardId = scheduled.awardId();
        ceremony.name = scheduled.name() == null || scheduled.name().isBlank() ? "Lễ tôn vinh, khen thưởng"
                : scheduled.name();
        ceremony.occasion = scheduled.occasion();
        ceremony.ceremonyDate = scheduled.ceremonyDate();
        ceremony.startsAt = scheduled.startsAt();
        ceremony.place = scheduled.place();
        ceremony.cancelled = scheduled.cancelled();
        ceremony.scheduledAt = scheduledAt;
        ceremony.receivedAt = Instant.now();
        ceremony.persist();
        Feature feature = Feature.find("nominationId", scheduled.nominationId()).firstResult();
        if (feature == null || !isUpcoming(feature)) {
            return;
        }
        GrantedAward award = GrantedAward.findById(feature.nominationId);
        if (PublishSuggestion.of(feature.sector, feature.movementName, ceremony, award).applyTo(feature)) {
            feature.updatedAt = Instant.now();
            DeskEvent.of(feature, scheduled.cancelled() ? "feature.ceremony-cancelled" : "feature.ceremony-scheduled",
                    "system:ceremony-scheduled").withDetail(feature.suggestionNote).persist();
        }
    }

    /** A story not yet out, whose suggested publish date still matters. */
    private static boolean isUpcoming(Feature feature) {
        return feature.status != FeatureStatus.PUBLISHED && feature.status != FeatureStatus.KILLED;
    }

    /**
     * Replaces the text of a draft or a story in review. {@code expectedVersion} is the version the editor read
     * ({@code If-Match}): a concurrent edit in between makes this one fail with 412 instead of silently losing it.
     */
    @Transactional
    public Feature edit(UUID featureId, long expectedVersion, String title, String summary, String body,
            String note) {
        Feature feature = get(featureId);
        requireVersion(feature, expectedVersion);
        if (!feature.isEditable()) {
            throw ProblemException.conflict("invalid-transition", "a " + feature.status
                    + " feature is not edited; correct a published story instead");
        }
        Instant now = Instant.now();
        FeatureRevision.of(feature, caller.label(), now, note).persist();
        feature.title = title;
        feature.summary = summary;
        feature.body = body;
        feature.updatedAt = now;
        changed(feature, "feature.edit", note);
        return feature;
    }

    @Transactional
    public Feature submitForReview(UUID featureId) {
        Feature feature = get(featureId);
        feature.submitForReview(Instant.now());
        changed(feature, "feature.submit-for-review", null);
        return feature;
    }

    @Transactional
    public Feature requestChanges(UUID featureId, String comment) {
        Feature feature = get(featureId);
        feature.requestChanges(Instant.now());
        if (comment != null && !comment.isBlank()) {
            addComment(feature, comment);
        }
        changed(feature, "feature.request-changes", comment);
        return feature;
    }

    @Transactional
    public Feature approve(UUID featureId) {
        Feature feature = get(featureId);
        feature.approve(Instant.now());
        changed(feature, "feature.approve", null);
        return feature;
    }

    @Transactional
    public Feature schedule(UUID featureId, Instant publishAt) {
        Feature feature = get(featureId);
        String consent = feature.consentBlocker();
        if (consent != null) {
            throw ProblemException.conflict("consent-missing", consent);
        }
        feature.schedule(publishAt, Instant.now());
        changed(feature, "feature.schedule", publishAt.toString());
        return feature;
    }

    @Transactional
    public Feature publish(UUID featureId) {
        Feature feature = get(featureId);
        publishNow(feature, Instant.now());
        changed(feature, "feature.publish", feature.slug);
        return feature;
    }

    /**
     * Publishes the scheduled stories whose embargo has passed. Rows are locked and skipped if another instance
     * holds them, so each story is published once.
     */
    @Transactional
    public int publishDue(Instant now) {
        List<Feature> due = Feature.<Feature>find("status = ?1 and scheduledFor <= ?2 order by scheduledFor",
                FeatureStatus.SCHEDULED, now)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2)
                .page(0, 100).list();
        for (Feature feature : due) {
            // published at the embargo time, not at whenever the scheduler happened to run
            publishNow(feature, feature.scheduledFor);
            DeskEvent.of(feature, "feature.publish", "system:embargo-ended").persist();
        }
        return due.size();
    }

    private void publishNow(Feature feature, Instant at) {
        feature.publish(at);
        outbox.publish(Topics.PUBLICITY_EVENTS, EventTypes.FEATURE_PUBLISHED, feature.nominationId,
                new FeaturePublished(feature.id, feature.nominationId, feature.slug, feature.title,
                        feature.publishedAt));
    }

    @Transactional
    public Feature correct(UUID featureId, long expectedVersion, String note, String newBody) {
        Feature feature = get(featureId);
        requireVersion(feature, expectedVersion);
        Instant now = Instant.now();
        if (newBody != null) {
            FeatureRevision.of(feature, caller.label(), now, "correction: " + note).persist();
        }
        feature.correct(newBody, now);
        FeatureCorrection correction = new FeatureCorrection();
        correction.id = UUID.randomUUID();
        correction.featureId = feature.id;
        correction.note = note;
        correction.correctedBy = caller.label();
        correction.correctedAt = now;
        correction.persist();
        outbox.publish(Topics.PUBLICITY_EVENTS, EventTypes.FEATURE_CORRECTED, feature.nominationId,
                new FeatureCorrected(feature.id, feature.nominationId, feature.slug, note, now));
        changed(feature, "feature.correct", note);
        return feature;
    }

    @Transactional
    public Feature kill(UUID featureId, String reason) {
        Feature feature = get(featureId);
        Instant now = Instant.now();
        feature.kill(reason, now);
        outbox.publish(Topics.PUBLICITY_EVENTS, EventTypes.FEATURE_KILLED, feature.nominationId,
                new FeatureKilled(feature.id, feature.nominationId, feature.slug, reason, now));
        changed(feature, "feature.kill", reason);
        return feature;
    }

    /** A revoked award takes its story down (a kill with the revocation as the reason), from any state. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onAwardRevoked(AwardRevoked revoked) {
        lockNomination(revoked.nominationId());
        Feature feature = Feature.find("nominationId", revoked.nominationId()).firstResult();
        if (feature == null || feature.status == FeatureStatus.KILLED) {
            return;
        }
        boolean wasPublic = feature.status == FeatureStatus.PUBLISHED;
        String reason = "Khen thưởng bị thu hồi (" + revoked.decisionNumber() + "): " + revoked.reason();
        feature.withdrawForRevokedAward(reason, revoked.revokedAt() == null ? Instant.now() : revoked.revokedAt());
        DeskEvent.of(feature, "feature.kill", "system:award-revoked").persist();
        if (wasPublic) {
            outbox.publish(Topics.PUBLICITY_EVENTS, EventTypes.FEATURE_KILLED, feature.nominationId,
                    new FeatureKilled(feature.id, feature.nominationId, feature.slug, reason, feature.killedAt));
        }
        LOG.infof("Feature %s withdrawn: award of nomination %s revoked", feature.id, revoked.nominationId());
    }

    @Transactional
    public Feature assign(UUID featureId, String assignee) {
        Feature feature = get(featureId);
        feature.assignee = assignee;
        feature.updatedAt = Instant.now();
        changed(feature, "feature.assign", assignee);
        return feature;
    }

    @Transactional
    public FeatureComment comment(UUID featureId, String body) {
        Feature feature = get(featureId);
        FeatureComment comment = addComment(feature, body);
        changed(feature, "feature.comment", null);
        return comment;
    }

    private FeatureComment addComment(Feature feature, String body) {
        FeatureComment comment = new FeatureComment();
        comment.id = UUID.randomUUID();
        comment.featureId = feature.id;
        comment.author = caller.label();
        comment.body = body;
        comment.createdAt = Instant.now();
        comment.persist();
        return comment;
    }

    /** Records a change made through the API: in the audit trail and on the live desk. */
    private void changed(Feature feature, String action, String detail) {
        audit.record(action, "feature", feature.id, detail);
        DeskEvent.of(feature, action, caller.label()).persist();
    }

    private static void requireVersion(Feature feature, long expectedVersion) {
        if (feature.version != expectedVersion) {
            throw new ProblemException(412, "stale-version", "Precondition failed",
                    "the feature changed since you read it (you have version " + expectedVersion + ", it is at "
                            + feature.version + "); read it again and reapply your change", null);
        }
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
