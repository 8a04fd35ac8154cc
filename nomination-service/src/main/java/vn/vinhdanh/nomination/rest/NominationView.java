package vn.vinhdanh.nomination.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.nomination.domain.Nomination;
import vn.vinhdanh.nomination.domain.NominationStatus;
import vn.vinhdanh.nomination.domain.Nominee;
import vn.vinhdanh.nomination.domain.TimelineEntry;

public record NominationView(
        UUID id,
        UUID movementId,
        String agencyCode,
        int revision,
        Nominee nominee,
        Level level,
        Sector sector,
        String proposedAward,
        String achievements,
        String goodPractices,
        boolean publicityConsent,
        NominationStatus status,
        Instant submittedAt,
        Instant updatedAt,
        List<Step> timeline) {

    public record Step(NominationStatus status, Instant at, String actor, String note) {
        static Step of(TimelineEntry entry) {
            return new Step(entry.status, entry.occurredAt, entry.actor, entry.note);
        }
    }

    static NominationView of(Nomination nomination, boolean withTimeline) {
        return new NominationView(nomination.id, nomination.movement.id, nomination.agencyCode, nomination.revision,
                nomination.nominee, nomination.level, nomination.sector, nomination.proposedAward,
                nomination.achievements, nomination.goodPractices, nomination.publicityConsent, nomination.status,
                nomination.submittedAt, nomination.updatedAt,
                withTimeline ? nomination.timeline.stream().map(Step::of).toList() : null);
    }
}
