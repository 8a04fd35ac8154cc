package vn.vinhdanh.publicity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.outbox.Outbox;
import vn.vinhdanh.publicity.domain.Feature;
import vn.vinhdanh.publicity.domain.FeatureCorrection;
import vn.vinhdanh.publicity.domain.FeatureRevision;
import vn.vinhdanh.publicity.domain.FeatureStatus;

/**
 * An approved story going out and what may follow: scheduling under embargo, publishing (now, or when the embargo
 * ends), corrections and kills. Each emits its {@code feature.*.v1} event through the outbox.
 */
@ApplicationScoped
public class Publishing {

    /** How many due stories one run of the embargo check publishes at most. */
    private static final int DUE_BATCH = 100;

    private final FeatureQueries features;
    private final Outbox outbox;
    private final DeskLog desk;
    private final Caller caller;
    private final Clock clock;

    public Publishing(FeatureQueries features, Outbox outbox, DeskLog desk, Caller caller, Clock clock) {
        this.features = features;
        this.outbox = outbox;
        this.desk = desk;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Embargo: the story is published at {@code publishAt} and appears nowhere before. Refused (409 award-blocked,
     * consent-missing) while the story could not go out then either.
     */
    @Transactional
    public Feature schedule(DeskCommands.Schedule schedule) {
        Feature feature = features.get(schedule.featureId());
        feature.publicationRules().refuseWhileBlockedBeyondTheDesk();
        feature.schedule(schedule.publishAt(), Instant.now(clock));
        desk.changed(feature, "feature.schedule", schedule.publishAt().toString());
        return feature;
    }

    @Transactional
    public Feature publish(UUID featureId) {
        Feature feature = features.get(featureId);
        publishAt(feature, Instant.now(clock));
        desk.changed(feature, "feature.publish", feature.slug);
        return feature;
    }

    /**
     * Publishes the scheduled stories whose embargo has passed. Rows are locked and skipped if another instance
     * holds them, so each story is published once. A story whose award was blocked after it was scheduled stays
     * scheduled and is passed over (publishing it would be refused, and roll the whole batch back on every run); it
     * goes out at the first run after the unblock.
     */
    @Transactional
    public int publishDue() {
        List<Feature> due = Feature.<Feature>find(
                        "from Feature f where f.status = ?1 and f.scheduledFor <= ?2 and not exists (select 1"
                                + " from AwardBlock b where b.nominationId = f.nominationId and b.unblockedAt is null)"
                                + " order by f.scheduledFor",
                        FeatureStatus.SCHEDULED,
                        Instant.now(clock))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2)
                .page(0, DUE_BATCH)
                .list();
        for (Feature feature : due) {
            // published at the embargo time, not at whenever the scheduler happened to run
            publishAt(feature, feature.scheduledFor);
            desk.bySystem(feature, "feature.publish", "system:embargo-ended", null);
        }
        return due.size();
    }

    private void publishAt(Feature feature, Instant at) {
        feature.publish(at);
        outbox.publish(
                Topics.PUBLICITY_EVENTS,
                EventTypes.FEATURE_PUBLISHED,
                feature.nominationId,
                FeatureMapping.published(feature));
    }

    /** Corrects a published story, which stays published; a new body keeps the replaced text as a revision. */
    @Transactional
    public Feature correct(DeskCommands.Correct correct) {
        Feature feature = features.get(correct.featureId());
        feature.requireVersion(correct.expectedVersion());
        String note = correct.note().strip();
        String newBody = correct.body() == null ? null : correct.body().strip();
        Instant now = Instant.now(clock);
        if (newBody != null) {
            FeatureRevision.of(feature, caller.label(), now, "correction: " + note)
                    .persist();
        }
        feature.correct(newBody, now);
        FeatureCorrection correction = new FeatureCorrection();
        correction.id = UUID.randomUUID();
        correction.featureId = feature.id;
        correction.note = note;
        correction.correctedBy = caller.label();
        correction.correctedAt = now;
        correction.persist();
        outbox.publish(
                Topics.PUBLICITY_EVENTS,
                EventTypes.FEATURE_CORRECTED,
                feature.nominationId,
                FeatureMapping.corrected(feature, note, now));
        desk.changed(feature, "feature.correct", note);
        return feature;
    }

    /** Takes a published or scheduled story down for good; the Atom feed keeps a tombstone. */
    @Transactional
    public Feature kill(DeskCommands.Kill kill) {
        Feature feature = features.get(kill.featureId());
        String reason = kill.reason().strip();
        feature.kill(reason, Instant.now(clock));
        outbox.publish(
                Topics.PUBLICITY_EVENTS,
                EventTypes.FEATURE_KILLED,
                feature.nominationId,
                FeatureMapping.killed(feature));
        desk.changed(feature, "feature.kill", reason);
        return feature;
    }
}
