package vn.vinhdanh.events;

import java.time.LocalDate;
import java.time.Month;

/**
 * A day that comes back every year on the same date, as a traditional day does (21 June). Its data (which day, whose)
 * lives in award-service's table of traditional days and reaches the others as {@link TraditionalDayPublished}; this
 * is only the arithmetic both sides need. 29 February does not exist: a day that falls in three years out of four
 * cannot be kept every year.
 */
public record RecurringDay(int month, int day) {

    public RecurringDay {
        if (!exists(month, day)) {
            throw new IllegalArgumentException(day + "/" + month + " is not a day of every year");
        }
    }

    /** Whether day/month falls every year: 31/2, 31/4 and 29/2 do not. */
    public static boolean exists(int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        return !(month == 2 && day == 29) && day <= Month.of(month).maxLength();
    }

    /** The first date on or after {@code date} on which this day falls: a ceremony may be held today. */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate sameYear = LocalDate.of(date.getYear(), month, day);
        return sameYear.isBefore(date) ? sameYear.plusYears(1) : sameYear;
    }

    /** The first date strictly after {@code date} on which this day falls. */
    public LocalDate after(LocalDate date) {
        return onOrAfter(date.plusDays(1));
    }

    /** As a reader writes it: "21/6". */
    public String dayMonth() {
        return day + "/" + month;
    }
}
