package vn.vinhdanh.nomination.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.nomination.domain.CriteriaVersion;
import vn.vinhdanh.nomination.domain.Criterion;
import vn.vinhdanh.nomination.domain.Movement;
import vn.vinhdanh.nomination.rest.CriteriaRequest;
import vn.vinhdanh.nomination.rest.MovementRequest;
import vn.vinhdanh.problem.ProblemException;

import static vn.vinhdanh.nomination.domain.VietnameseText.nfc;

@ApplicationScoped
public class MovementService {

    private final AuditTrail audit;
    private final Caller caller;

    public MovementService(AuditTrail audit, Caller caller) {
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional
    public Movement create(MovementRequest request) {
        checkDates(request);
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
        if (request.period() != null) {
            movement.periodFromYear = request.period().fromYear();
            movement.periodToYear = request.period().toYear();
        }
        movement.preliminaryReviewOn = request.preliminaryReviewOn();
        movement.finalReviewOn = request.finalReviewOn();
        movement.createdAt = Instant.now();
        movement.criteriaVersion = 0;
        movement.persist();
        newCriteriaVersion(movement, List.of()).persist();
        audit.record("movement.create", "movement", movement.id, movement.code);
        return movement;
    }

    private static void checkDates(MovementRequest request) {
        if (request.period() != null && request.period().fromYear() > request.period().toYear()) {
            throw ProblemException.invalidField("period.toYear", "must not be before period.fromYear");
        }
        if (request.preliminaryReviewOn() != null && request.finalReviewOn() != null
                && request.finalReviewOn().isBefore(request.preliminaryReviewOn())) {
            throw ProblemException.invalidField("finalReviewOn", "must not be before preliminaryReviewOn");
        }
    }

    public List<Movement> list() {
        return Movement.list("order by year desc, code");
    }

    public Movement get(UUID id) {
        return Movement.<Movement>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("movement", id));
    }

    /**
     * Writes the set as the movement's next criteria version. Earlier versions stay as they were: nominations
     * submitted under them keep being judged against them.
     */
    @Transactional
    public CriteriaVersion replaceCriteria(UUID movementId, CriteriaRequest request) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.criteria().size(); i++) {
            CriteriaRequest.CriterionRequest criterion = request.criteria().get(i);
            if (!seen.add(criterion.targetGroup() + "|" + criterion.code())) {
                throw ProblemException.invalidField("criteria[" + i + "].code",
                        criterion.code() + " appears twice for " + criterion.targetGroup());
            }
        }
        // the row lock orders concurrent replacements, so each gets its own version number
        Movement movement = Movement.<Movement>findByIdOptional(movementId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("movement", movementId));
        movement.criteriaVersion++;
        CriteriaVersion version = newCriteriaVersion(movement, request.criteria().stream().map(c -> {
            Criterion criterion = new Criterion();
            criterion.targetGroup = c.targetGroup();
            criterion.code = c.code();
            criterion.description = nfc(c.description());
            criterion.weight = c.weight();
            criterion.required = c.required();
            return criterion;
        }).toList());
        version.persist();
        audit.record("movement.criteria", "movement", movement.id,
                "version " + version.version + ", " + version.criteria.size() + " criteria");
        return version;
    }

    /** @param version null for the current one */
    public CriteriaVersion criteria(UUID movementId, Integer version) {
        Movement movement = get(movementId);
        int wanted = version == null ? movement.criteriaVersion : version;
        return CriteriaVersion.find(movementId, wanted)
                .orElseThrow(() -> ProblemException.notFound("criteria version", wanted + " of movement " + movementId));
    }

    private CriteriaVersion newCriteriaVersion(Movement movement, List<Criterion> criteria) {
        CriteriaVersion version = new CriteriaVersion();
        version.id = UUID.randomUUID();
        version.movementId = movement.id;
        version.version = movement.criteriaVersion;
        version.createdAt = Instant.now();
        version.createdBy = caller.label();
        version.criteria = new ArrayList<>(criteria);
        return version;
    }
}
