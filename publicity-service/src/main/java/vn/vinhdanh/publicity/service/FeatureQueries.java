package vn.vinhdanh.publicity.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
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

    /**
     * One page of the features, the latest change first, and how many match: the feature of one nomination (0 or 1),
     * of one status, or all; every filter given applies, together.
     */
    public Found<Feature> list(UUID nominationId, FeatureStatus status, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (nominationId != null) {
            where.add("nominationId = :nominationId");
            parameters.and("nominationId", nominationId);
        }
        if (status != null) {
            where.add("status = :status");
            parameters.and("status", status);
        }
        String filter = where.isEmpty() ? "" : String.join(" and ", where) + " ";
        PanacheQuery<Feature> found = Feature.find(filter + "order by updatedAt desc, id", parameters);
        return new Found<>(found.page(Page.of(page, size)).list(), found.count());
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
