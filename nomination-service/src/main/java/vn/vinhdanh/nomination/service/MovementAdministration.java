package vn.vinhdanh.nomination.service;

import static vn.vinhdanh.province.VietnameseText.nfc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.idempotency.Creation;
import vn.vinhdanh.idempotency.IdempotencyKeys;
import vn.vinhdanh.nomination.domain.CriteriaVersion;
import vn.vinhdanh.nomination.domain.Criterion;
import vn.vinhdanh.nomination.domain.Movement;
import vn.vinhdanh.problem.ProblemException;

/** An admin opens an emulation movement and sets the criteria its nominations are judged against. */
@ApplicationScoped
public class MovementAdministration {

    private final AuditTrail audit;
    private final Caller caller;
    private final IdempotencyKeys idempotency;
    private final Clock clock;

    public MovementAdministration(AuditTrail audit, Caller caller, IdempotencyKeys idempotency, Clock clock) {
        this.audit = audit;
        this.caller = caller;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /** @param idempotencyKey the client's {@code Idempotency-Key}, or null: a retry returns the movement created */
    @Transactional
    public Creation<Movement> create(CreateMovement command, String idempotencyKey) {
        return idempotency.createOnce(
                idempotencyKey, command, id -> write(command, id), id -> Movement.<Movement>findById(id));
    }

    private Movement write(CreateMovement command, UUID id) {
        checkDates(command);
        if (Movement.findByCode(command.code()).isPresent()) {
            throw ProblemException.conflict(
                    "duplicate-movement",
                    "a movement with code " + command.code() + " already exists",
                    "Đã có phong trào thi đua mang mã " + command.code() + ".");
        }
        Movement movement = new Movement();
        movement.id = id;
        movement.code = command.code();
        movement.name = nfc(command.name());
        movement.kind = command.kind();
        movement.level = command.level();
        movement.year = command.year();
        movement.organizer = nfc(command.organizer());
        movement.sector = command.sector();
        if (command.period() != null) {
            movement.periodFromYear = command.period().fromYear();
            movement.periodToYear = command.period().toYear();
        }
        movement.preliminaryReviewOn = command.preliminaryReviewOn();
        movement.finalReviewOn = command.finalReviewOn();
        movement.createdAt = Instant.now(clock);
        movement.criteriaVersion = 0;
        movement.persist();
        newCriteriaVersion(movement, List.of()).persist();
        audit.record("movement.create", "movement", movement.id, movement.code);
        return movement;
    }

    private static void checkDates(CreateMovement command) {
        if (command.period() != null
                && command.period().fromYear() > command.period().toYear()) {
            throw ProblemException.invalidField(
                    "period.toYear",
                    "must not be before period.fromYear",
                    "Năm kết thúc kỳ thi đua không được trước năm bắt đầu.");
        }
        if (command.preliminaryReviewOn() != null
                && command.finalReviewOn() != null
                && command.finalReviewOn().isBefore(command.preliminaryReviewOn())) {
            throw ProblemException.invalidField(
                    "finalReviewOn",
                    "must not be before preliminaryReviewOn",
                    "Ngày tổng kết không được trước ngày sơ kết.");
        }
    }

    /**
     * Writes the set as the movement's next criteria version. Earlier versions stay as they were: nominations
     * submitted under them keep being judged against them.
     */
    @Transactional
    public CriteriaVersion replaceCriteria(UUID movementId, ReplaceCriteria command) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < command.criteria().size(); i++) {
            ReplaceCriteria.Criterion criterion = command.criteria().get(i);
            if (!seen.add(criterion.targetGroup() + "|" + criterion.code())) {
                throw ProblemException.invalidField(
                        "criteria[" + i + "].code",
                        criterion.code() + " appears twice for " + criterion.targetGroup(),
                        "Tiêu chí " + criterion.code() + " bị lặp lại trong nhóm đối tượng " + criterion.targetGroup()
                                + ".");
            }
        }
        // the row lock orders concurrent replacements, so each gets its own version number
        Movement movement = Movement.<Movement>findByIdOptional(movementId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("movement", "phong trào thi đua", movementId));
        movement.criteriaVersion++;
        CriteriaVersion version = newCriteriaVersion(
                movement,
                command.criteria().stream()
                        .map(c -> {
                            Criterion criterion = new Criterion();
                            criterion.targetGroup = c.targetGroup();
                            criterion.code = c.code();
                            criterion.description = nfc(c.description());
                            criterion.weight = c.weight();
                            criterion.required = c.required();
                            return criterion;
                        })
                        .toList());
        version.persist();
        audit.record(
                "movement.criteria",
                "movement",
                movement.id,
                "version " + version.version + ", " + version.criteria.size() + " criteria");
        return version;
    }

    private CriteriaVersion newCriteriaVersion(Movement movement, List<Criterion> criteria) {
        CriteriaVersion version = new CriteriaVersion();
        version.id = UUID.randomUUID();
        version.movementId = movement.id;
        version.version = movement.criteriaVersion;
        version.createdAt = Instant.now(clock);
        version.createdBy = caller.label();
        version.criteria = new ArrayList<>(criteria);
        return version;
    }
}
