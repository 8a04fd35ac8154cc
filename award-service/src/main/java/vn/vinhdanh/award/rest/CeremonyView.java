package vn.vinhdanh.award.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.AwardStatus;
import vn.vinhdanh.award.domain.Ceremony;
import vn.vinhdanh.award.domain.CeremonyStatus;
import vn.vinhdanh.events.CeremonyOccasion;
import vn.vinhdanh.events.Sector;

/**
 * A ceremony with the awards to be presented at it; {@code startsAt} is {@code startTime} in Việt Nam's time;
 * {@code traditionalDay} the code of the traditional day it is held on, null for a review or another occasion.
 */
public record CeremonyView(
        UUID id,
        String name,
        CeremonyOccasion occasion,
        LocalDate ceremonyDate,
        LocalTime startTime,
        Instant startsAt,
        String place,
        Sector sector,
        String traditionalDay,
        CeremonyStatus status,
        String cancelReason,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        List<Presented> awards) {

    public record Presented(
            UUID awardId,
            UUID nominationId,
            AwardStatus status,
            String awardName,
            String recipientName,
            String decisionNumber) {}

    static CeremonyView of(Ceremony c, List<Award> awards) {
        return new CeremonyView(
                c.id,
                c.name,
                c.occasion,
                c.ceremonyDate,
                c.startTime,
                c.startsAt(),
                c.place,
                c.sector,
                c.traditionalDayCode,
                c.status,
                c.cancelReason,
                c.createdAt,
                c.createdBy,
                c.updatedAt,
                c.updatedBy,
                awards.stream()
                        .map(a -> new Presented(
                                a.id, a.nominationId, a.status, a.awardName, a.recipientName, a.decisionNumber))
                        .toList());
    }
}
