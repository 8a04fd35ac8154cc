package vn.vinhdanh.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays calendar = new WorkingDays(Set.of(LocalDate.of(2025, 9, 2)));

    @Test
    void tenWorkingDaysFromAMondayEndOnTheSecondFriday() {
        assertThat(calendar.lastOf(LocalDate.of(2025, 11, 3), 10)).isEqualTo(LocalDate.of(2025, 11, 14));
    }

    @Test
    void aPeriodStartingOnSaturdayCountsFromMonday() {
        assertThat(calendar.lastOf(LocalDate.of(2025, 11, 1), 1)).isEqualTo(LocalDate.of(2025, 11, 3));
    }

    @Test
    void holidaysAreSkipped() {
        // 2 September (National Day) falls on a Tuesday in 2025
        assertThat(calendar.lastOf(LocalDate.of(2025, 9, 1), 2)).isEqualTo(LocalDate.of(2025, 9, 3));
        assertThat(calendar.plus(LocalDate.of(2025, 8, 29), 2)).isEqualTo(LocalDate.of(2025, 9, 3));
    }
}
