package vn.vinhdanh.nomination.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.nomination.domain.Movement;
import vn.vinhdanh.nomination.rest.MovementRequest;
import vn.vinhdanh.problem.ProblemException;

import static vn.vinhdanh.nomination.domain.VietnameseText.nfc;

@ApplicationScoped
public class MovementService {

    @Transactional
    public Movement create(MovementRequest request) {
        if (Movement.findByCode(request.code()).isPresent()) {
            throw ProblemException.conflict("duplicate-movement",
                    "a movement with code " + request.code() + " already exists");
        }
        Movement movement = new Movement();
        movement.id = UUID.randomUUID();
        movement.code = request.code();
        movement.name = nfc(request.name());
        movement.kind = request.kind();
        movement.level = request.level();
        movement.year = request.year();
        movement.organizer = nfc(request.organizer());
        movement.sector = request.sector();
        movement.createdAt = Instant.now();
        movement.persist();
        return movement;
    }

    public List<Movement> list() {
        return Movement.list("order by year desc, code");
    }

    public Movement get(UUID id) {
        return Movement.<Movement>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("movement", id));
    }
}
