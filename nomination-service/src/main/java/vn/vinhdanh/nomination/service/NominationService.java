package vn.vinhdanh.nomination.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.NominationSubmitted;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.TargetGroup;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.outbox.Outbox;
import vn.vinhdanh.nomination.domain.Movement;
import vn.vinhdanh.nomination.domain.Nomination;
import vn.vinhdanh.nomination.domain.NominationStatus;
import vn.vinhdanh.nomination.domain.Nominee;
import vn.vinhdanh.nomination.rest.NominationRequest;
import vn.vinhdanh.problem.ProblemException;

import static vn.vinhdanh.nomination.domain.VietnameseText.nfc;

@ApplicationScoped
public class NominationService {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Two-tier local government from this day: there are no districts to nominate at any more. */
    static final LocalDate DISTRICTS_ABOLISHED = LocalDate.of(2025, 7, 1);

    private final Outbox outbox;

    public NominationService(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public Nomination submit(NominationRequest request, String actor) {
        checkNomineeShape(request.nominee());
        Instant now = Instant.now();
        if (request.level() == Level.DISTRICT && !LocalDate.ofInstant(now, VIETNAM).isBefore(DISTRICTS_ABOLISHED)) {
            throw ProblemException.invalidField("level",
                    "DISTRICT level no longer exists from 1 July 2025; use COMMUNE or PROVINCE");
        }
        Movement movement = Movement.<Movement>findByIdOptional(request.movementId())
                .orElseThrow(() -> ProblemException.invalidField("movementId",
                        "no movement with id " + request.movementId()));

        Nomination nomination = new Nomination();
        nomination.id = UUID.randomUUID();
        nomination.movement = movement;
        nomination.agencyCode = request.agencyCode();
        nomination.revision = 1;
        nomination.nominee = toNominee(request.nominee());
        nomination.level = request.level();
        nomination.sector = request.sector();
        nomination.proposedAward = request.proposedAward();
        nomination.achievements = nfc(request.achievements());
        nomination.goodPractices = nfc(request.goodPractices());
        nomination.publicityConsent = request.publicityConsent();
        nomination.status = NominationStatus.SUBMITTED;
        nomination.submittedAt = now;
        nomination.updatedAt = now;
        nomination.persist();
        nomination.advance(NominationStatus.SUBMITTED, now, actor, null, null);

        outbox.publish(Topics.NOMINATION_EVENTS, EventTypes.NOMINATION_SUBMITTED, nomination.id,
                toEvent(nomination, movement));
        return nomination;
    }

    public Nomination get(UUID id) {
        return Nomination.<Nomination>find("""
                select n from Nomination n
                join fetch n.movement
                left join fetch n.timeline
                where n.id = ?1""", id)
                .singleResultOptional()
                .orElseThrow(() -> ProblemException.notFound("nomination", id));
    }

    public List<Nomination> list(UUID movementId, NominationStatus status, int page, int size) {
        StringBuilder query = new StringBuilder("select n from Nomination n join fetch n.movement m where 1 = 1");
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        if (movementId != null) {
            query.append(" and m.id = :movementId");
            parameters.put("movementId", movementId);
        }
        if (status != null) {
            query.append(" and n.status = :status");
            parameters.put("status", status);
        }
        query.append(" order by n.submittedAt desc, n.id");
        return Nomination.<Nomination>find(query.toString(), parameters).page(page, size).list();
    }

    private static void checkNomineeShape(NominationRequest.NomineeRequest nominee) {
        if (nominee.kind() == NomineeKind.COLLECTIVE) {
            if (nominee.targetGroup() != TargetGroup.COLLECTIVE) {
                throw ProblemException.invalidField("nominee.targetGroup", "a collective's target group is COLLECTIVE");
            }
            if (nominee.memberCount() == null) {
                throw ProblemException.invalidField("nominee.memberCount", "required for a collective");
            }
        } else {
            if (nominee.targetGroup() == TargetGroup.COLLECTIVE) {
                throw ProblemException.invalidField("nominee.targetGroup",
                        "an individual's target group cannot be COLLECTIVE");
            }
            if (nominee.memberCount() != null) {
                throw ProblemException.invalidField("nominee.memberCount", "only for a collective");
            }
        }
    }

    private static Nominee toNominee(NominationRequest.NomineeRequest request) {
        Nominee nominee = new Nominee();
        nominee.kind = request.kind();
        nominee.name = nfc(request.name());
        nominee.gender = request.gender();
        nominee.birthYear = request.birthYear();
        nominee.ethnicity = nfc(request.ethnicity());
        nominee.position = nfc(request.position());
        nominee.organization = nfc(request.organization());
        nominee.targetGroup = request.targetGroup();
        nominee.memberCount = request.memberCount();
        return nominee;
    }

    private static NominationSubmitted toEvent(Nomination nomination, Movement movement) {
        Nominee nominee = nomination.nominee;
        return new NominationSubmitted(nomination.id, nomination.revision, nomination.agencyCode, movement.id,
                movement.name, movement.year, nomination.level, nomination.sector, nomination.proposedAward,
                new vn.vinhdanh.events.Nominee(nominee.kind, nominee.name, nominee.gender, nominee.birthYear,
                        nominee.ethnicity, nominee.position, nominee.organization, nominee.targetGroup,
                        nominee.memberCount),
                nomination.achievements, nomination.goodPractices, nomination.publicityConsent,
                nomination.submittedAt);
    }
}
