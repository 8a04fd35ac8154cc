package vn.vinhdanh.award.service;

import java.util.List;
import vn.vinhdanh.events.Sector;

/**
 * A traditional day as it should be, whole (a PUT replaces it), corrected from the revision the officer read
 * ({@code expectedRevision}; a stale one is a 409), and why.
 */
public record CorrectTraditionalDay(
        long expectedRevision,
        String nameVi,
        int month,
        int day,
        List<Sector> sectors,
        String establishedBy,
        String source,
        boolean verified,
        String reason) {}
