package vn.vinhdanh.review.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.review.domain.Council;
import vn.vinhdanh.review.domain.CouncilMember;
import vn.vinhdanh.review.domain.CouncilPosition;

public record CouncilView(
        UUID id, String name, Level level, LocalDate validFrom, LocalDate validTo, List<Member> members) {

    public record Member(
            String memberId, String fullName, CouncilPosition position, String agencyCode, boolean votes) {}

    static CouncilView of(Council council, List<CouncilMember> members) {
        return new CouncilView(
                council.id,
                council.name,
                council.level,
                council.validFrom,
                council.validTo,
                members.stream()
                        .map(m -> new Member(m.memberId(), m.fullName, m.position, m.agencyCode, m.position.votes()))
                        .toList());
    }
}
