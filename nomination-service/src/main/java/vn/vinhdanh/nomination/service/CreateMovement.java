package vn.vinhdanh.nomination.service;

import java.time.LocalDate;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.nomination.domain.MovementKind;

/**
 * @param period for a movement that runs several years, typically a thematic one; null for a one-year movement
 * @param preliminaryReviewOn sơ kết
 * @param finalReviewOn tổng kết
 */
public record CreateMovement(
        String code,
        String name,
        MovementKind kind,
        Level level,
        Integer year,
        String organizer,
        Sector sector,
        Period period,
        LocalDate preliminaryReviewOn,
        LocalDate finalReviewOn) {

    public record Period(Integer fromYear, Integer toYear) {}
}
