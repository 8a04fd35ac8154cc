package vn.vinhdanh.nomination.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.nomination.domain.CriteriaVersion;
import vn.vinhdanh.nomination.domain.Movement;
import vn.vinhdanh.problem.ProblemException;

/** Reading movements and their criteria versions; every role may. */
@ApplicationScoped
public class MovementQueries {

    public List<Movement> list() {
        return Movement.list("order by year desc, code");
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
