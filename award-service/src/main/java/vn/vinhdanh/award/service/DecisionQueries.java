package vn.vinhdanh.award.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
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

    /** Newest first, optionally of one status. */
    public List<AwardDecision> list(DecisionStatus status, int page, int size) {
        if (status != null) {
            return AwardDecision.<AwardDecision>find(
                            "status = :status order by createdAt desc, id", Parameters.with("status", status))
                    .page(page, size)
                    .list();
        }
        return AwardDecision.<AwardDecision>find("order by createdAt desc, id")
                .page(page, size)
                .list();
    }
}
