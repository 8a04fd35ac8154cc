package vn.vinhdanh.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The one table of traditional days: which sector and which occasion keep which day, and which "next" is meant. */
class TraditionalDayTest {

    @Test
    void aSectorWithADayOfItsOwnHonoursItsModelsOnIt() {
        assertThat(TraditionalDay.of(Sector.EDUCATION_TRAINING)).isEqualTo(TraditionalDay.TEACHERS_DAY);
        assertThat(TraditionalDay.of(Sector.HEALTH)).isEqualTo(TraditionalDay.DOCTORS_DAY);
        assertThat(TraditionalDay.of(Sector.YOUTH)).isEqualTo(TraditionalDay.YOUTH_UNION_DAY);
    }

    @Test
    void everyOtherSectorAndNoSectorHonourTheirModelsOnTheEleventhOfJune() {
        Arrays.stream(Sector.values())
                .filter(sector ->
                        sector != Sector.EDUCATION_TRAINING && sector != Sector.HEALTH && sector != Sector.YOUTH)
                .forEach(sector -> assertThat(TraditionalDay.of(sector))
                        .as("%s", sector)
                        .isEqualTo(TraditionalDay.PATRIOTIC_EMULATION_DAY));
        assertThat(TraditionalDay.of((Sector) null)).isEqualTo(TraditionalDay.PATRIOTIC_EMULATION_DAY);
    }

    @Test
    void theOccasionsOnAFixedDateHaveTheirDayAndTheOthersNone() {
        assertThat(TraditionalDay.of(CeremonyOccasion.TEACHERS_DAY)).contains(TraditionalDay.TEACHERS_DAY);
        assertThat(TraditionalDay.of(CeremonyOccasion.DOCTORS_DAY)).contains(TraditionalDay.DOCTORS_DAY);
        assertThat(TraditionalDay.of(CeremonyOccasion.YOUTH_UNION_DAY)).contains(TraditionalDay.YOUTH_UNION_DAY);
        assertThat(TraditionalDay.of(CeremonyOccasion.FAMILY_DAY)).contains(TraditionalDay.FAMILY_DAY);
        assertThat(TraditionalDay.of(CeremonyOccasion.PATRIOTIC_EMULATION_DAY))
                .contains(TraditionalDay.PATRIOTIC_EMULATION_DAY);
        assertThat(TraditionalDay.of(CeremonyOccasion.ANNUAL_REVIEW)).isEmpty();
        assertThat(TraditionalDay.of(CeremonyOccasion.MOVEMENT_REVIEW)).isEmpty();
        assertThat(TraditionalDay.of(CeremonyOccasion.OTHER)).isEmpty();
        assertThat(TraditionalDay.of((CeremonyOccasion) null)).isEmpty();
    }

    @Test
    void everyDayBelongsToTheOccasionThatNamesIt() {
        for (TraditionalDay day : TraditionalDay.values()) {
            assertThat(day.occasion().name()).isEqualTo(day.name());
            assertThat(TraditionalDay.of(day.occasion())).contains(day);
        }
    }

    @Test
    void onOrAfterTheDayItselfIsThatDayWhileAfterItIsTheSameDayNextYear() {
        LocalDate teachersDay = LocalDate.of(2025, 11, 20);

        // a ceremony may be held today; a story about "the next" teachers' day is about next year's
        assertThat(TraditionalDay.TEACHERS_DAY.onOrAfter(teachersDay)).isEqualTo(teachersDay);
        assertThat(TraditionalDay.TEACHERS_DAY.after(teachersDay)).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void beforeTheDayBothMeanThisYearsAndPastItBothMeanNextYears() {
        assertThat(TraditionalDay.TEACHERS_DAY.onOrAfter(LocalDate.of(2025, 11, 19)))
                .isEqualTo(LocalDate.of(2025, 11, 20));
        assertThat(TraditionalDay.TEACHERS_DAY.after(LocalDate.of(2025, 11, 19)))
                .isEqualTo(LocalDate.of(2025, 11, 20));
        assertThat(TraditionalDay.DOCTORS_DAY.onOrAfter(LocalDate.of(2025, 2, 28)))
                .isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(TraditionalDay.DOCTORS_DAY.after(LocalDate.of(2025, 2, 28))).isEqualTo(LocalDate.of(2026, 2, 27));
        // the last day of a year: the day falls early in the next one
        assertThat(TraditionalDay.YOUTH_UNION_DAY.after(LocalDate.of(2025, 12, 31)))
                .isEqualTo(LocalDate.of(2026, 3, 26));
    }

    @Test
    void theNamesAreVietnameseAndTheNameWithDayReadsDayThenMonth() {
        assertThat(TraditionalDay.TEACHERS_DAY.vietnameseName()).isEqualTo("Ngày Nhà giáo Việt Nam");
        assertThat(TraditionalDay.TEACHERS_DAY.vietnameseNameWithDay()).isEqualTo("Ngày Nhà giáo Việt Nam (20/11)");
        assertThat(TraditionalDay.DOCTORS_DAY.vietnameseNameWithDay()).isEqualTo("Ngày Thầy thuốc Việt Nam (27/2)");
        assertThat(TraditionalDay.PATRIOTIC_EMULATION_DAY.vietnameseNameWithDay())
                .isEqualTo("Ngày Bác Hồ ra Lời kêu gọi thi đua ái quốc (11/6)");
        assertThat(TraditionalDay.YOUTH_UNION_DAY.vietnameseNameWithDay())
                .isEqualTo("Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3)");
        assertThat(TraditionalDay.FAMILY_DAY.vietnameseNameWithDay()).isEqualTo("Ngày Gia đình Việt Nam (28/6)");
    }
}
