package vn.vinhdanh.nomination.rest;

import java.time.Instant;
import java.util.UUID;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.nomination.domain.Movement;
import vn.vinhdanh.nomination.domain.MovementKind;

public record MovementView(UUID id, String code, String name, MovementKind kind, Level level, int year,
        String organizer, Sector sector, Instant createdAt) {

    static MovementView of(Movement movement) {
        return new MovementView(movement.id, movement.code, movement.name, movement.kind, movement.level,
                movement.year, movement.organizer, movement.sector, movement.createdAt);
    }
}
