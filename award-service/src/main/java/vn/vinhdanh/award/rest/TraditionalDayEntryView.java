package vn.vinhdanh.award.rest;

import java.util.List;
import vn.vinhdanh.award.domain.TraditionalDay;
import vn.vinhdanh.events.CeremonyOccasion;
import vn.vinhdanh.events.Sector;

/**
 * A row of the table of traditional days; {@code occasion} is what a ceremony on it is held for (SECTOR_DAY, with
 * the code, for a day other than the five fixed occasions); {@code revision} is what a correction must name.
 */
public record TraditionalDayEntryView(
        String code,
        String nameVi,
        int month,
        int day,
        String dayMonth,
        List<Sector> sectors,
        boolean familiesDay,
        boolean everyOtherSector,
        CeremonyOccasion occasion,
        String establishedBy,
        String source,
        boolean verified,
        int revision) {

    static TraditionalDayEntryView of(TraditionalDay d) {
        return new TraditionalDayEntryView(
                d.code,
                d.nameVi,
                d.monthOfYear,
                d.dayOfMonth,
                d.recurring().dayMonth(),
                d.sectorList(),
                d.familiesDay,
                d.everyOtherSector,
                d.occasion(),
                d.establishedBy,
                d.source,
                d.verified,
                d.revision);
    }
}
