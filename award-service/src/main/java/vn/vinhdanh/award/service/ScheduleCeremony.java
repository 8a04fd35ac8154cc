package vn.vinhdanh.award.service;

import java.time.LocalDate;
import java.time.LocalTime;
import vn.vinhdanh.events.CeremonyOccasion;
import vn.vinhdanh.events.Sector;

/**
 * Schedule a ceremony, or change one: {@code startTime} is local time in Việt Nam, null while only the day is known;
 * {@code sector} null for every sector; {@code traditionalDay} the code of the day a {@code SECTOR_DAY} ceremony is
 * held on (optional with the five fixed occasions, which are their own day; null otherwise).
 */
public record ScheduleCeremony(
        String name,
        CeremonyOccasion occasion,
        LocalDate ceremonyDate,
        LocalTime startTime,
        String place,
        Sector sector,
        String traditionalDay) {}
