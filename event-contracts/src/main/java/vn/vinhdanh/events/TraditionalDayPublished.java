package vn.vinhdanh.events;

import java.time.Instant;
import java.util.List;

/**
 * {@value EventTypes#TRADITIONAL_DAY_PUBLISHED} on {@value Topics#AWARD_CATALOGUE}, keyed by
 * {@link #keyOf(String) traditional-day:&lt;code&gt;}: one traditional day of award-service's table as it stands now,
 * whole, so the last event of a code is all a reader needs (the topic is compacted). Published when award-service
 * first holds the day and again on every correction.
 *
 * <p>A story without a ceremony is suggested for its sector's next traditional day: the day whose {@code sectors}
 * hold the story's sector, else the families' day for a household's story, else the day of every other sector (11
 * June).
 *
 * @param code stable, e.g. {@code PRESS_DAY}; the five days {@link CeremonyOccasion} names keep the occasion's name
 * @param sectors the sectors that honour their models on it; empty for a day of no sector of the platform (the
 *     people's army's 22 December) or of everyone
 * @param familiesDay the households' and families' day (28 June)
 * @param everyOtherSector the day of every sector without one of its own (11 June)
 * @param establishedBy the year and act that set it, e.g. "1985, Quyết định 52 của Ban Bí thư"
 * @param revision increases with every correction of the day; a reader keeps the highest it has seen
 */
public record TraditionalDayPublished(
        String code,
        String nameVi,
        int month,
        int day,
        List<Sector> sectors,
        boolean familiesDay,
        boolean everyOtherSector,
        String establishedBy,
        long revision,
        Instant publishedAt) {

    /** The record key: the day's code, apart from the award codes the same compacted topic is keyed by. */
    public static String keyOf(String code) {
        return "traditional-day:" + code;
    }
}
