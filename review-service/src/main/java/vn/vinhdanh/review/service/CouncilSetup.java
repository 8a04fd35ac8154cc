package vn.vinhdanh.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
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

/** The secretary sets up a council for a level and term, with exactly one chair, and replaces its seats. */
@ApplicationScoped
public class CouncilSetup {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CouncilQueries councils;
    private final Caller caller;
    private final AuditTrail audit;
    private final Clock clock;

    public CouncilSetup(CouncilQueries councils, Caller caller, AuditTrail audit, Clock clock) {
        this.councils = councils;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Council create(SetUpCouncil command) {
        if (command.validTo() != null && command.validTo().isBefore(command.validFrom())) {
            throw ProblemException.invalidField(
                    "validTo",
                    "must not be before validFrom " + command.validFrom(),
                    "Ngày kết thúc hiệu lực không được trước ngày bắt đầu hiệu lực " + DAY.format(command.validFrom()));
        }
        checkSeats(command.members());
        Council council = new Council();
        council.id = UUID.randomUUID();
        council.name = command.name().strip();
        council.level = command.level();
        council.validFrom = command.validFrom();
        council.validTo = command.validTo();
        council.createdAt = Instant.now(clock);
        council.createdBy = caller.label();
        council.persist();
        seat(council, command.members());
        audit.record(
                "council.create",
                "council",
                council.id,
                council.name + ", " + command.members().size() + " members");
        return council;
    }

    /** Replaces the seats; cases keep their assignments and ballots already opened keep their counts. */
    @Transactional
    public Council replaceMembers(UUID councilId, ReplaceSeats command) {
        List<SetUpCouncil.Seat> seats = command.members();
        Council council = councils.get(councilId);
        checkSeats(seats);
        CouncilMember.delete("key.councilId = ?1", councilId);
        CouncilMember.getEntityManager().flush();
        seat(council, seats);
        audit.record("council.members", "council", councilId, seats.size() + " members");
        return council;
    }

    private static void checkSeats(List<SetUpCouncil.Seat> seats) {
        Set<String> seen = new HashSet<>();
        long chairs = 0;
        for (int i = 0; i < seats.size(); i++) {
            SetUpCouncil.Seat seat = seats.get(i);
            if (!seen.add(seat.memberId())) {
                throw ProblemException.invalidField(
                        "members[" + i + "].memberId",
                        seat.memberId() + " holds a seat already",
                        "Thành viên " + seat.memberId() + " đã có tên trong danh sách hội đồng");
            }
            if (seat.position() == CouncilPosition.CHAIR) {
                chairs++;
            }
        }
        if (chairs != 1) {
            throw ProblemException.invalidField(
                    "members",
                    "a council has exactly one CHAIR, not " + chairs,
                    "Hội đồng phải có đúng một Chủ tịch Hội đồng; danh sách đang có " + chairs);
        }
        if (seats.stream().noneMatch(seat -> seat.position().votes())) {
            throw ProblemException.invalidField(
                    "members", "a council needs voting members", "Hội đồng cần có thành viên có quyền biểu quyết");
        }
    }

    private static void seat(Council council, List<SetUpCouncil.Seat> seats) {
        for (SetUpCouncil.Seat seat : seats) {
            CouncilMember member = new CouncilMember();
            member.key = new CouncilMember.Key(council.id, seat.memberId());
            member.fullName = seat.fullName().strip();
            member.position = seat.position();
            member.agencyCode = seat.agencyCode();
            member.persist();
        }
    }
}
