package vn.vinhdanh.publicity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.events.CeremonyOccasion;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.publicity.TestTraditionalDays;

class PublishSuggestionTest {

    private static final String MOVEMENT = "Phong trào thi đua yêu nước năm 2025";

    /** The days as award-service's table seeds and publishes them. */
    private static final SectorDays DAYS = SectorDays.of(
            TestTraditionalDays.SEEDED.stream().map(PublishSuggestionTest::day).toList());

    @Test
    void withoutACeremonyTheSectorsNextTraditionalDayAfterTheAwardIsSuggested() {
        assertThat(suggest(Sector.EDUCATION_TRAINING, MOVEMENT, LocalDate.of(2025, 11, 25)))
                .isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(suggest(Sector.EDUCATION_TRAINING, MOVEMENT, LocalDate.of(2026, 3, 1)))
                .isEqualTo(LocalDate.of(2026, 11, 20));
        // strictly after: an award signed on the day itself waits for the next year's
        assertThat(suggest(Sector.EDUCATION_TRAINING, MOVEMENT, LocalDate.of(2026, 11, 20)))
                .isEqualTo(LocalDate.of(2027, 11, 20));
        assertThat(suggest(Sector.HEALTH, MOVEMENT, LocalDate.of(2026, 1, 10))).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(suggest(Sector.YOUTH, MOVEMENT, LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2027, 3, 26));
        assertThat(suggest(Sector.AGRICULTURE, MOVEMENT, LocalDate.of(2026, 1, 10)))
                .isEqualTo(LocalDate.of(2026, 6, 11));
        assertThat(suggest(Sector.OTHER, "Phong trào xây dựng gia đình văn hóa", LocalDate.of(2026, 6, 12)))
                .isEqualTo(LocalDate.of(2026, 6, 28));
        assertThat(suggest(Sector.OTHER, "Phong trào “Toàn dân đoàn kết”", LocalDate.of(2026, 6, 12)))
                .isEqualTo(LocalDate.of(2027, 6, 11));
        // a household's story is a family's, whatever the movement is called; a sector's own day still comes first
        assertThat(suggest(NomineeKind.HOUSEHOLD, Sector.AGRICULTURE, MOVEMENT, LocalDate.of(2026, 6, 12)))
                .isEqualTo(LocalDate.of(2026, 6, 28));
        assertThat(suggest(NomineeKind.HOUSEHOLD, Sector.HEALTH, MOVEMENT, LocalDate.of(2026, 1, 10)))
                .isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(suggest(NomineeKind.COLLECTIVE, Sector.AGRICULTURE, MOVEMENT, LocalDate.of(2026, 6, 12)))
                .isEqualTo(LocalDate.of(2027, 6, 11));
        PublishSuggestion health = PublishSuggestion.of(
                NomineeKind.INDIVIDUAL, Sector.HEALTH, MOVEMENT, null, award(LocalDate.of(2026, 1, 10)), DAYS);
        assertThat(health.basis()).isEqualTo(PublishSuggestion.Basis.TRADITIONAL_DAY);
        assertThat(health.note()).isEqualTo("Ngày Thầy thuốc Việt Nam (27/2)");
    }

    @Test
    void theSectorsDaysOfTheTableDateTheirStories() {
        PublishSuggestion press = PublishSuggestion.of(
                NomineeKind.INDIVIDUAL, Sector.PRESS, MOVEMENT, null, award(LocalDate.of(2026, 5, 1)), DAYS);
        assertThat(press.date()).isEqualTo(LocalDate.of(2026, 6, 21));
        assertThat(press.note()).isEqualTo("Ngày Báo chí cách mạng Việt Nam (21/6)");
        assertThat(suggest(Sector.SECURITY, MOVEMENT, LocalDate.of(2026, 5, 1))).isEqualTo(LocalDate.of(2026, 8, 19));
        assertThat(suggest(Sector.SPORTS, MOVEMENT, LocalDate.of(2026, 5, 1))).isEqualTo(LocalDate.of(2027, 3, 27));
        assertThat(suggest(Sector.SCIENCE_TECHNOLOGY, MOVEMENT, LocalDate.of(2026, 5, 1)))
                .isEqualTo(LocalDate.of(2026, 5, 18));
        assertThat(suggest(Sector.ECONOMY, MOVEMENT, LocalDate.of(2026, 5, 1))).isEqualTo(LocalDate.of(2026, 10, 13));
        // sectors without a day of their own keep 11 June
        assertThat(suggest(Sector.LITERATURE_ARTS, MOVEMENT, LocalDate.of(2026, 5, 1)))
                .isEqualTo(LocalDate.of(2026, 6, 11));
        // a household's story of a sector with its own day is the sector's
        assertThat(suggest(NomineeKind.HOUSEHOLD, Sector.PRESS, MOVEMENT, LocalDate.of(2026, 5, 1)))
                .isEqualTo(LocalDate.of(2026, 6, 21));
    }

    @Test
    void beforeTheDaysArriveEveryStoryFallsBackToTheEleventhOfJune() {
        for (NomineeKind kind : NomineeKind.values()) {
            PublishSuggestion suggestion = PublishSuggestion.of(
                    kind, Sector.PRESS, MOVEMENT, null, award(LocalDate.of(2026, 5, 1)), SectorDays.NONE_YET);
            assertThat(suggestion.date()).isEqualTo(LocalDate.of(2026, 6, 11));
            assertThat(suggestion.note()).isEqualTo("Ngày Bác Hồ ra Lời kêu gọi thi đua ái quốc (11/6)");
        }
    }

    @Test
    void whileACorrectionMovesASectorTheLaterPublicationWins() {
        TraditionalDay press = day(TestTraditionalDays.seeded("PRESS_DAY"));
        TraditionalDay moved = day(TestTraditionalDays.seeded("PRESS_DAY"));
        moved.code = "PRESS_DAY_NEW";
        moved.monthOfYear = 7;
        moved.dayOfMonth = 1;
        moved.publishedAt = press.publishedAt.plusSeconds(60);
        SectorDays days = SectorDays.of(List.of(press, moved));
        assertThat(days.dayOf(NomineeKind.INDIVIDUAL, Sector.PRESS, MOVEMENT)
                        .day()
                        .dayMonth())
                .isEqualTo("1/7");
    }

    @Test
    void aCeremonyWinsUntilItIsCancelledAndNothingIsSuggestedWithoutAwardOrCeremony() {
        CeremonySchedule ceremony = new CeremonySchedule();
        ceremony.ceremonyId = UUID.randomUUID();
        ceremony.name = "Lễ tuyên dương điển hình tiên tiến";
        ceremony.occasion = CeremonyOccasion.PATRIOTIC_EMULATION_DAY;
        ceremony.ceremonyDate = LocalDate.of(2026, 6, 10);
        ceremony.startsAt = Instant.parse("2026-06-10T01:30:00Z");
        ceremony.place = "Hội trường UBND tỉnh";
        PublishSuggestion suggestion = PublishSuggestion.of(
                NomineeKind.INDIVIDUAL, Sector.HEALTH, MOVEMENT, ceremony, award(LocalDate.of(2026, 1, 10)), DAYS);
        assertThat(suggestion.date()).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(suggestion.basis()).isEqualTo(PublishSuggestion.Basis.CEREMONY);
        assertThat(suggestion.ceremonyId()).isEqualTo(ceremony.ceremonyId);
        assertThat(suggestion.note())
                .isEqualTo("Lễ tuyên dương điển hình tiên tiến, ngày 10/06/2026 lúc 08:30 tại Hội trường UBND tỉnh");

        ceremony.cancelled = true;
        assertThat(PublishSuggestion.of(
                                NomineeKind.INDIVIDUAL,
                                Sector.HEALTH,
                                MOVEMENT,
                                ceremony,
                                award(LocalDate.of(2026, 1, 10)),
                                DAYS)
                        .date())
                .isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(PublishSuggestion.of(NomineeKind.INDIVIDUAL, Sector.HEALTH, MOVEMENT, ceremony, null, DAYS))
                .isEqualTo(PublishSuggestion.NONE);
        assertThat(PublishSuggestion.of(NomineeKind.INDIVIDUAL, Sector.HEALTH, MOVEMENT, null, null, DAYS)
                        .date())
                .isNull();
    }

    private static LocalDate suggest(Sector sector, String movement, LocalDate decisionDate) {
        return suggest(NomineeKind.INDIVIDUAL, sector, movement, decisionDate);
    }

    private static LocalDate suggest(NomineeKind kind, Sector sector, String movement, LocalDate decisionDate) {
        return PublishSuggestion.of(kind, sector, movement, null, award(decisionDate), DAYS)
                .date();
    }

    private static TraditionalDay day(TestTraditionalDays.Seeded seeded) {
        TraditionalDay day = new TraditionalDay();
        day.code = seeded.code();
        day.nameVi = seeded.nameVi();
        day.monthOfYear = seeded.month();
        day.dayOfMonth = seeded.day();
        day.sectors = String.join(",", seeded.sectors());
        day.familiesDay = seeded.familiesDay();
        day.everyOtherSector = seeded.everyOtherSector();
        day.revision = 1;
        day.publishedAt = Instant.parse("2026-01-01T00:00:00Z");
        return day;
    }

    private static GrantedAward award(LocalDate decisionDate) {
        GrantedAward award = new GrantedAward();
        award.decisionDate = decisionDate;
        return award;
    }
}
