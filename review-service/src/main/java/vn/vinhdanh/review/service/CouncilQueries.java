package vn.vinhdanh.review.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.domain.Council;
import vn.vinhdanh.review.domain.CouncilMember;

/** Councils and their seats, open to every council role. */
@ApplicationScoped
public class CouncilQueries {

    public Council get(UUID councilId) {
        return Council.<Council>findByIdOptional(councilId)
                .orElseThrow(() -> ProblemException.notFound("council", "hội đồng", councilId));
    }

    private static final String ORDER = "order by level, validFrom desc, createdAt desc, id";

    /** By level, newest term first: every council, for a form's choice. */
    public List<Council> list() {
        return Council.list(ORDER);
    }

    /** One page of the councils in the same order, and how many there are. */
    public Found<Council> list(int page, int size) {
        PanacheQuery<Council> found = Council.find(ORDER);
        return new Found<>(found.page(Page.of(page, size)).list(), found.count());
    }

    /** Seats of several councils in one query, for list views. */
    public Map<UUID, List<CouncilMember>> membersOf(Collection<UUID> councilIds) {
        if (councilIds.isEmpty()) {
            return Map.of();
        }
        return CouncilMember.<CouncilMember>list("key.councilId in ?1 order by position, key.memberId", councilIds)
                .stream()
                .collect(Collectors.groupingBy(m -> m.key.councilId()));
    }
}
