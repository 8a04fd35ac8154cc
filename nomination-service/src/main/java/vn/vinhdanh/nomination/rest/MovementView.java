package vn.vinhdanh.nomination.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.nomination.domain.Movement;
import vn.vinhdanh.nomination.domain.MovementKind;

public record MovementView(
        UUID id,
        String code,
        String name,
        MovementKind kind,
        Level level,
        int year,
        String organizer,
        Sector sector,
        Instant createdAt,
        MovementRequest.Period period,
        LocalDate preliminaryReviewOn,
        LocalDate finalReviewOn,
        int criteriaVersion) {

    static MovementView of(Movement movement) {
        MovementRequest.Period period = movement.periodFromYear == null
                ? null
                : new MovementRequest.Period(movement.periodFromYear, movement.periodToYear);
        return new MovementView(
                movement.id,
                movement.code,
                movement.name,
                movement.kind,
                movement.level,
                movement.year,
                movement.organizer,
                movement.sector,
                movement.createdAt,
                period,
                movement.preliminaryReviewOn,
                movement.finalReviewOn,
                movement.criteriaVersion);
    }
}
