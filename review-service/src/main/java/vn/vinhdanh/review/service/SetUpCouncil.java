package vn.vinhdanh.review.service;

import java.time.LocalDate;
import java.util.List;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.review.domain.CouncilPosition;

/** A council for a level and term; {@code validTo} null while the term is open-ended. */
public record SetUpCouncil(String name, Level level, LocalDate validFrom, LocalDate validTo, List<Seat> members) {

    /** {@code memberId} is the member's subject in the identity provider; {@code agencyCode} where they work. */
    public record Seat(String memberId, String fullName, CouncilPosition position, String agencyCode) {}
}
