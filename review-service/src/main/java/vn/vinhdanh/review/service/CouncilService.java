package vn.vinhdanh.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.domain.Council;
import vn.vinhdanh.review.domain.CouncilMember;
import vn.vinhdanh.review.domain.CouncilPosition;
import vn.vinhdanh.review.rest.CouncilRequest;

@ApplicationScoped
public class CouncilService {

    private final Caller caller;
    private final AuditTrail audit;

    public CouncilService(Caller caller, AuditTrail audit) {
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public Council create(CouncilRequest request) {
        if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw ProblemException.invalidField("validTo", "must not be before validFrom " + request.validFrom());
        }
        checkSeats(request.members());
        Council council = new Council();
        council.id = UUID.randomUUID();
        council.name = request.name().strip();
        council.level = request.level();
        council.validFrom = request.validFrom();
        council.validTo = request.validTo();
        council.createdAt = Instant.now();
        council.createdBy = caller.label();
        council.persist();
        seat(council, request.members());
        audit.record("council.create", "council", council.id, council.name + ", " + request.members().size()
                + " members");
        return council;
    }

    /** Replaces the seats; cases keep their assignments and ballots already opened keep their counts. */
    @Transactional
    public Council replaceMembers(UUID councilId, List<CouncilRequest.Seat> seats) {
        Council council = get(councilId);
        checkSeats(seats);
        CouncilMember.delete("key.councilId = ?1", councilId);
        CouncilMember.getEntityManager().flush();
        seat(council, seats);
        audit.record("council.members", "council", councilId, seats.size() + " members");
        return council;
    }

    public Council get(UUID councilId) {
        return Council.<Council>findByIdOptional(councilId)
                .orElseThrow(() -> ProblemException.notFound("council", councilId));
    }

    /** Seats of several councils in one query, for list views. */
    public java.util.Map<UUID, List<CouncilMember>> membersOf(java.util.Collection<UUID> councilIds) {
        if (councilIds.isEmpty()) {
            return java.util.Map.of();
        }
        return CouncilMember.<CouncilMember>list("key.councilId in ?1 order by position, key.memberId", councilIds)
                .stream().collect(java.util.stream.Collectors.groupingBy(m -> m.key.councilId()));
    }

    public List<Council> list() {
        return Council.list("order by level, validFrom desc, createdAt desc");
    }

    private static void checkSeats(List<CouncilRequest.Seat> seats) {
        Set<String> seen = new HashSet<>();
        long chairs = 0;
        for (int i = 0; i < seats.size(); i++) {
            CouncilRequest.Seat seat = seats.get(i);
            if (!seen.add(seat.memberId())) {
                throw ProblemException.invalidField("members[" + i + "].memberId",
                        seat.memberId() + " holds a seat already");
            }
            if (seat.position() == CouncilPosition.CHAIR) {
                chairs++;
            }
        }
        if (chairs != 1) {
            throw ProblemException.invalidField("members", "a council has exactly one CHAIR, not " + chairs);
        }
        if (seats.stream().noneMatch(seat -> seat.position().votes())) {
            throw ProblemException.invalidField("members", "a council needs voting members");
        }
    }

    private static void seat(Council council, List<CouncilRequest.Seat> seats) {
        for (CouncilRequest.Seat seat : seats) {
            CouncilMember member = new CouncilMember();
            member.key = new CouncilMember.Key(council.id, seat.memberId());
            member.fullName = seat.fullName().strip();
            member.position = seat.position();
            member.agencyCode = seat.agencyCode();
            member.persist();
        }
    }
}
