package vn.vinhdanh.publicity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BiConsumer;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.publicity.domain.Feature;
import vn.vinhdanh.publicity.domain.FeatureComment;
import vn.vinhdanh.publicity.domain.FeatureRevision;

/**
 * The desk before publication: editing the text (keeping what it replaced), review (submit, request changes,
 * approve), the assignee and the editors' comments. Every change is audited and shown on the live desk.
 */
@ApplicationScoped
public class EditorialDesk {

    private final FeatureQueries features;
    private final DeskLog desk;
    private final Caller caller;
    private final Clock clock;

    public EditorialDesk(FeatureQueries features, DeskLog desk, Caller caller, Clock clock) {
        this.features = features;
        this.desk = desk;
        this.caller = caller;
        this.clock = clock;
    }

    /** Replaces the text of a draft or a story in review; a concurrent edit since the editor read it gets 412. */
    @Transactional
    public Feature edit(DeskCommands.Edit edit) {
        Feature feature = features.get(edit.featureId());
        feature.requireVersion(edit.expectedVersion());
        if (!feature.isEditable()) {
            throw ProblemException.conflict(
                    "invalid-transition",
                    "a " + feature.status + " feature is not edited; correct a published story instead",
                    "Bài viết đang ở trạng thái " + feature.status
                            + " nên không sửa được; bài đã đăng thì đề nghị đăng đính chính.");
        }
        Instant now = Instant.now(clock);
        FeatureRevision.of(feature, caller.label(), now, edit.note()).persist();
        feature.title = edit.title().strip();
        feature.summary = edit.summary().strip();
        feature.body = edit.body().strip();
        feature.updatedAt = now;
        desk.changed(feature, "feature.edit", edit.note());
        return feature;
    }

    @Transactional
    public Feature submitForReview(UUID featureId) {
        return review(featureId, Feature::submitForReview, "feature.submit-for-review");
    }

    @Transactional
    public Feature requestChanges(DeskCommands.RequestChanges request) {
        Feature feature = features.get(request.featureId());
        feature.requestChanges(Instant.now(clock));
        String comment = request.comment();
        if (comment != null && !comment.isBlank()) {
            addComment(feature, comment);
        }
        desk.changed(feature, "feature.request-changes", comment);
        return feature;
    }

    /** Refused (409 consent-missing) for an individual who did not consent to publicity. */
    @Transactional
    public Feature approve(UUID featureId) {
        return review(featureId, Feature::approve, "feature.approve");
    }

    /** A step of the review that needs nothing but the time: the feature's own rule decides whether it may. */
    private Feature review(UUID featureId, BiConsumer<Feature, Instant> step, String action) {
        Feature feature = features.get(featureId);
        step.accept(feature, Instant.now(clock));
        desk.changed(feature, action, null);
        return feature;
    }

    @Transactional
    public Feature assign(DeskCommands.Assign assignment) {
        Feature feature = features.get(assignment.featureId());
        String assignee = assignment.assignee().strip();
        feature.assignee = assignee;
        feature.updatedAt = Instant.now(clock);
        desk.changed(feature, "feature.assign", assignee);
        return feature;
    }

    /** An editorial comment: for the desk, never published. */
    @Transactional
    public FeatureComment comment(DeskCommands.Comment comment) {
        Feature feature = features.get(comment.featureId());
        FeatureComment created = addComment(feature, comment.body().strip());
        desk.changed(feature, "feature.comment", null);
        return created;
    }

    private FeatureComment addComment(Feature feature, String body) {
        FeatureComment comment = new FeatureComment();
        comment.id = UUID.randomUUID();
        comment.featureId = feature.id;
        comment.author = caller.label();
        comment.body = body;
        comment.createdAt = Instant.now(clock);
        comment.persist();
        return comment;
    }
}
