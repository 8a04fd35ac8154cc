package vn.vinhdanh.publicity.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.publicity.domain.Feature;
import vn.vinhdanh.publicity.domain.FeatureComment;
import vn.vinhdanh.publicity.domain.FeatureCorrection;
import vn.vinhdanh.publicity.domain.FeatureRevision;
import vn.vinhdanh.publicity.domain.FeatureStatus;

/** What the desk reads: one feature (404 when unknown), the list, and a feature's comments, revisions, corrections. */
@ApplicationScoped
public class FeatureQueries {

    public Feature get(UUID id) {
        return Feature.<Feature>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("feature", "bài viết", id));
    }

    /** The feature of one nomination (0 or 1), else a page by status or of all, most recently changed first. */
    /** Every filter given applies (together), the latest change first, paged. */
    public List<Feature> list(UUID nominationId, FeatureStatus status, int page, int size) {
        if (nominationId != null && status != null) {
            return Feature.<Feature>find(
                            "nominationId = ?1 and status = ?2 order by updatedAt desc, id", nominationId, status)
                    .page(page, size)
                    .list();
        }
        if (nominationId != null) {
            return Feature.<Feature>find("nominationId = ?1 order by updatedAt desc, id", nominationId)
                    .page(page, size)
                    .list();
        }
        if (status != null) {
            return Feature.<Feature>find("status = ?1 order by updatedAt desc, id", status)
                    .page(page, size)
                    .list();
        }
        return Feature.<Feature>find("order by updatedAt desc, id")
                .page(page, size)
                .list();
    }

    public List<FeatureComment> comments(UUID featureId) {
        return FeatureComment.of(get(featureId).id);
    }

    public List<FeatureRevision> revisions(UUID featureId) {
        return FeatureRevision.of(get(featureId).id);
    }

    public List<FeatureCorrection> corrections(UUID featureId) {
        return FeatureCorrection.of(get(featureId).id);
    }
}
