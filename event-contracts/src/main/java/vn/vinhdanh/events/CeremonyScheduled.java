package vn.vinhdanh.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@value EventTypes#CEREMONY_SCHEDULED}: an award is to be presented at an honouring ceremony. Published on
 * {@link Topics#AWARD_EVENTS} once per award attached to the ceremony, keyed by the award's nomination id so that it
 * stays in order with that nomination's {@code award.granted.v1}. A rescheduled ceremony publishes again for every
 * award it holds; the latest event wins.
 *
 * @param occasion why the ceremony is held: an annual or movement review, or a sector's traditional day
 * @param startsAt when the ceremony starts; null while only the day is known
 * @param cancelled true when the ceremony is called off or the award detached from it
 * @param traditionalDay the traditional day the ceremony is held on, as award-service's table says it; null for a
 *     review or another occasion without one (and in events published before it was added)
 */
public record CeremonyScheduled(
        UUID ceremonyId,
        String name,
        CeremonyOccasion occasion,
        LocalDate ceremonyDate,
        Instant startsAt,
        String place,
        UUID awardId,
        UUID nominationId,
        boolean cancelled,
        Instant scheduledAt,
        HeldOn traditionalDay) {

    /**
     * The traditional day of the ceremony: its code (a {@link TraditionalDayPublished#code()}), its name, and the day
     * and month it falls on every year.
     */
    public record HeldOn(String code, String nameVi, int month, int day) {}
}
