package vn.vinhdanh.publicity.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.UUID;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.events.TraditionalDay;
import vn.vinhdanh.province.ProvinceClock;
import vn.vinhdanh.province.VietnameseText;

/**
 * When a story is best published: the day of the ceremony at which the award is presented, or, without one, the
 * sector's next traditional day after the award was granted (Family Day for a household's story). Without either (no
 * ceremony, award not yet granted) there is no suggestion.
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
            NomineeKind kind, Sector sector, String movementName, CeremonySchedule ceremony, GrantedAward award) {
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
            TraditionalDay day = traditionalDayOf(kind, sector, movementName);
            return new PublishSuggestion(
                    day.after(award.decisionDate), Basis.TRADITIONAL_DAY, day.vietnameseNameWithDay(), null);
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

    /**
     * The traditional day of a story's sector. No sector is "family": a household's story (hộ gia đình), and one of a
     * movement whose name is about families (gia đình), gets Family Day unless its sector has a day of its own.
     */
    static TraditionalDay traditionalDayOf(NomineeKind kind, Sector sector, String movementName) {
        TraditionalDay ofSector = TraditionalDay.of(sector);
        boolean aboutFamilies = kind == NomineeKind.HOUSEHOLD
                || movementName != null && VietnameseText.fold(movementName).contains("gia dinh");
        return ofSector == TraditionalDay.PATRIOTIC_EMULATION_DAY && aboutFamilies
                ? TraditionalDay.FAMILY_DAY
                : ofSector;
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }
}
