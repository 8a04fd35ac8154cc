package vn.vinhdanh.award.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.vinhdanh.award.domain.AwardDecision;
import vn.vinhdanh.award.domain.DecisionStatus;
import vn.vinhdanh.problem.ProblemException;

/** Reads of decisions; the awards they list are read by {@link AwardQueries}. */
@ApplicationScoped
public class DecisionQueries {

    public AwardDecision get(UUID id) {
        return AwardDecision.<AwardDecision>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("decision", "quyết định khen thưởng", id));
    }

    /** One page, newest first, optionally of one status, and how many match. */
    public Found<AwardDecision> list(DecisionStatus status, int page, int size) {
        PanacheQuery<AwardDecision> found = status != null
                ? AwardDecision.find("status = :status order by createdAt desc, id", Parameters.with("status", status))
                : AwardDecision.find("order by createdAt desc, id");
        return new Found<>(found.page(Page.of(page, size)).list(), found.count());
    }
}
