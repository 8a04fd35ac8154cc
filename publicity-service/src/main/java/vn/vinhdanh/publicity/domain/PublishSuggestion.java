package vn.vinhdanh.publicity.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.UUID;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.province.ProvinceClock;

/**
 * When a story is best published: the day of the ceremony at which the award is presented, or, without one, the
 * sector's next traditional day after the award was granted, as award-service's table of days says it ({@link
 * SectorDays}: Family Day for a household's story, 11 June for a sector without a day or before the days arrive).
 * Without either (no ceremony, award not yet granted) there is no suggestion.
 */
public record PublishSuggestion(LocalDate date, Basis basis, String note, UUID ceremonyId) {

    public enum Basis {
        /** The ceremony at which the award is presented. */
        CEREMONY,
        /** The sector's traditional day after the award's decision date. */
        TRADITIONAL_DAY
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ProvinceClock.ZONE);

    public static final PublishSuggestion NONE = new PublishSuggestion(null, null, null, null);

    public static PublishSuggestion of(
            NomineeKind kind,
            Sector sector,
            String movementName,
            CeremonySchedule ceremony,
            GrantedAward award,
            SectorDays days) {
        LocalDate ceremonyDay = ceremony == null || ceremony.cancelled
                ? null
                : ceremony.ceremonyDate != null
                        ? ceremony.ceremonyDate
                        : ceremony.startsAt != null
                                ? ceremony.startsAt.atZone(ProvinceClock.ZONE).toLocalDate()
                                : null;
        if (ceremonyDay != null) {
            StringBuilder note =
                    new StringBuilder(ceremony.name).append(", ngày ").append(DAY.format(ceremonyDay));
            if (ceremony.startsAt != null) {
                note.append(" lúc ").append(TIME.format(ceremony.startsAt));
            }
            if (ceremony.place != null && !ceremony.place.isBlank()) {
                note.append(" tại ").append(ceremony.place);
            }
            return new PublishSuggestion(ceremonyDay, Basis.CEREMONY, truncate(note.toString()), ceremony.ceremonyId);
        }
        if (award != null && award.decisionDate != null) {
            SectorDays.Day day = days.dayOf(kind, sector, movementName);
            return new PublishSuggestion(
                    day.day().after(award.decisionDate), Basis.TRADITIONAL_DAY, day.nameWithDay(), null);
        }
        return NONE;
    }

    /** @return whether the feature's suggestion changed */
    public boolean applyTo(Feature feature) {
        boolean changed = !Objects.equals(feature.suggestedPublishDate, date)
                || feature.suggestionBasis != basis
                || !Objects.equals(feature.suggestionNote, note)
                || !Objects.equals(feature.ceremonyId, ceremonyId);
        feature.suggestedPublishDate = date;
        feature.suggestionBasis = basis;
        feature.suggestionNote = note;
        feature.ceremonyId = ceremonyId;
        return changed;
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }
}
