package vn.vinhdanh.nomination.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.nomination.domain.CriteriaVersion;
import vn.vinhdanh.nomination.domain.Movement;
import vn.vinhdanh.problem.ProblemException;

/** Reading movements and their criteria versions; every role may. */
@ApplicationScoped
public class MovementQueries {

    private static final String ORDER = "order by year desc, code";

    /** Every movement, for the desk's choices (a province runs a few dozen). */
    public List<Movement> list() {
        return Movement.list(ORDER);
    }

    /** One page of the movements in the same order, and how many there are. */
    public Found<Movement> list(int page, int size) {
        PanacheQuery<Movement> found = Movement.find(ORDER);
        return new Found<>(found.page(Page.of(page, size)).list(), found.count());
    }

    public Movement get(UUID id) {
        return Movement.<Movement>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("movement", "phong trào thi đua", id));
    }

    /** @param version null for the current one */
    public CriteriaVersion criteria(UUID movementId, Integer version) {
        Movement movement = get(movementId);
        int wanted = version == null ? movement.criteriaVersion : version;
        return CriteriaVersion.find(movementId, wanted)
                .orElseThrow(() -> ProblemException.notFound(
                        "criteria version " + wanted + " of movement",
                        "bộ tiêu chí phiên bản " + wanted + " của phong trào thi đua",
                        movementId));
    }
}
