package vn.vinhdanh.award.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.AwardStatus;
import vn.vinhdanh.problem.ProblemException;

/** Reads of awards: one, the award of a nomination, those a decision lists, or a page of all. */
@ApplicationScoped
public class AwardQueries {

    /**
     * Every filter given applies (together), paged: a decision's awards as the decision lists them (by recipient),
     * others newest council approval first; the page asked for and how many match.
     */
    public Found<Award> list(UUID nominationId, AwardStatus status, UUID decisionId, int page, int size) {
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
        if (decisionId != null) {
            where.add("decisionId = :decisionId");
            parameters.and("decisionId", decisionId);
        }
        String filter = where.isEmpty() ? "" : String.join(" and ", where) + " ";
        String order = decisionId != null ? "order by recipientName, id" : "order by councilDecisionDate desc, id";
        PanacheQuery<Award> found = Award.find(filter + order, parameters);
        return new Found<>(found.page(Page.of(page, size)).list(), found.count());
    }

    public Award get(UUID id) {
        return Award.<Award>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("award", "khen thưởng", id));
    }

    /** The awards of {@code ids} in that order, read in one query; an unknown id is 404. */
    public List<Award> all(List<UUID> ids) {
        Map<UUID, Award> found = Award.<Award>list("id in ?1", ids).stream()
                .collect(java.util.stream.Collectors.toMap(a -> a.id, a -> a));
        return ids.stream()
                .map(id -> Optional.ofNullable(found.get(id))
                        .orElseThrow(() -> ProblemException.notFound("award", "khen thưởng", id)))
                .toList();
    }

    /** The awards a decision lists, in the order it lists them. */
    public List<Award> ofDecision(UUID decisionId) {
        return Award.list("decisionId = ?1 order by recipientName, id", decisionId);
    }

    /** The awards of several decisions in one query, for list views. */
    public Map<UUID, List<Award>> ofDecisions(Collection<UUID> decisionIds) {
        if (decisionIds.isEmpty()) {
            return Map.of();
        }
        return Award.<Award>list("decisionId in ?1 order by recipientName, id", decisionIds).stream()
                .collect(Collectors.groupingBy(a -> a.decisionId));
    }
}
