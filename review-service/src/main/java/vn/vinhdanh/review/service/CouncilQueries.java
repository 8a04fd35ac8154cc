package vn.vinhdanh.review.service;

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

    /** By level, newest term first. */
    public List<Council> list() {
        return Council.list("order by level, validFrom desc, createdAt desc");
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
