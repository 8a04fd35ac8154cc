package vn.vinhdanh.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The arithmetic of a traditional day: which "next" is meant, and which days cannot come back every year. */
class RecurringDayTest {

    private static final RecurringDay PRESS_DAY = new RecurringDay(6, 21);

    @Test
    void onOrAfterMayBeTheDayItselfAfterIsStrictlyLater() {
        assertThat(PRESS_DAY.onOrAfter(LocalDate.of(2026, 6, 21))).isEqualTo(LocalDate.of(2026, 6, 21));
        assertThat(PRESS_DAY.after(LocalDate.of(2026, 6, 21))).isEqualTo(LocalDate.of(2027, 6, 21));
        assertThat(PRESS_DAY.after(LocalDate.of(2026, 5, 1))).isEqualTo(LocalDate.of(2026, 6, 21));
        assertThat(PRESS_DAY.onOrAfter(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 6, 21));
        assertThat(new RecurringDay(12, 22).after(LocalDate.of(2026, 12, 21))).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(new RecurringDay(1, 1).after(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void itIsWrittenAsAReaderWritesIt() {
        assertThat(PRESS_DAY.dayMonth()).isEqualTo("21/6");
        assertThat(new RecurringDay(11, 20).dayMonth()).isEqualTo("20/11");
    }

    @Test
    void aDayThatDoesNotComeBackEveryYearIsRefused() {
        assertThat(RecurringDay.exists(2, 28)).isTrue();
        assertThat(RecurringDay.exists(12, 31)).isTrue();
        assertThat(RecurringDay.exists(2, 31)).isFalse();
        assertThat(RecurringDay.exists(4, 31)).isFalse();
        assertThat(RecurringDay.exists(2, 29)).isFalse();
        assertThat(RecurringDay.exists(13, 1)).isFalse();
        assertThat(RecurringDay.exists(0, 10)).isFalse();
        assertThat(RecurringDay.exists(6, 0)).isFalse();
        assertThatThrownBy(() -> new RecurringDay(2, 31)).isInstanceOf(IllegalArgumentException.class);
    }
}
