package vn.vinhdanh.publicity.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.publicity.domain.Feature;
import vn.vinhdanh.publicity.domain.FeatureStatus;
import vn.vinhdanh.publicity.domain.PublishSuggestion;

/**
 * {@code publicationBlocker} tells the editor what the workflow alone cannot fix (the award blocked upstream, with
 * award-service's reason; missing consent), or null.
 * {@code suggestedPublishDate} is the ceremony's day or the sector's traditional day ({@code suggestionBasis},
 * explained in {@code suggestionNote}).
 */
public record FeatureView(
        UUID id,
        UUID nominationId,
        String slug,
        String title,
        String summary,
        String body,
        FeatureStatus status,
        NomineeKind nomineeKind,
        String nomineeName,
        String organization,
        Sector sector,
        Level level,
        String movementName,
        boolean publicityConsent,
        String awardName,
        String decisionNumber,
        String publicationBlocker,
        String assignee,
        Instant scheduledFor,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        Instant killedAt,
        String killReason,
        LocalDate suggestedPublishDate,
        PublishSuggestion.Basis suggestionBasis,
        String suggestionNote,
        UUID ceremonyId,
        long version) {

    static FeatureView of(Feature f) {
        return new FeatureView(
                f.id,
                f.nominationId,
                f.slug,
                f.title,
                f.summary,
                f.body,
                f.status,
                f.nomineeKind,
                f.nomineeName,
                f.organization,
                f.sector,
                f.level,
                f.movementName,
                f.publicityConsent,
                f.awardName,
                f.decisionNumber,
                f.isUpcoming() ? f.publicationRules().blockerBeyondTheDesk() : null,
                f.assignee,
                f.scheduledFor,
                f.createdAt,
                f.updatedAt,
                f.publishedAt,
                f.killedAt,
                f.killReason,
                f.suggestedPublishDate,
                f.suggestionBasis,
                f.suggestionNote,
                f.ceremonyId,
                f.version);
    }
}
