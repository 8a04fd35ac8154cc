package vn.vinhdanh.review.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Deadlines and the calendar of the province's council work. */
@ConfigMapping(prefix = "vinhdanh.review")
public interface ReviewConfig {

    /** Working days from a case's opening to its due date (10 per level in the central board's guidance). */
    @WithDefault("10")
    int dueWorkingDays();

    /** How many days before the due date the "due soon" reminder goes out. */
    @WithDefault("2")
    int dueSoonDays();

    /** Public holidays that are not working days (Tết, 30/4, 1/5, 2/9, ...); weekends never are. */
    Optional<List<LocalDate>> holidays();

    Reminders reminders();

    interface Reminders {
        /** How often due and overdue cases are looked for (read by the scheduler; "off" disables it). */
        @WithDefault("15m")
        String every();
    }
}
