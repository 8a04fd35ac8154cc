package vn.vinhdanh.review.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Working days: Monday to Friday, except the configured public holidays. */
public record WorkingDays(Set<LocalDate> holidays) {

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** The {@code count}-th working day counting {@code from} itself when it is one: 10 working days from a Monday end on the second Friday. */
    public LocalDate lastOf(LocalDate from, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        LocalDate day = from;
        int seen = isWorkingDay(day) ? 1 : 0;
        while (seen < count) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                seen++;
            }
        }
        return day;
    }

    /** The working day {@code count} working days after {@code from}. */
    public LocalDate plus(LocalDate from, int count) {
        LocalDate day = from;
        int seen = 0;
        while (seen < count) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                seen++;
            }
        }
        return day;
    }
}
