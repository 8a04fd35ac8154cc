package vn.vinhdanh.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import vn.vinhdanh.review.config.ReviewConfig;
import vn.vinhdanh.review.domain.WorkingDays;

/**
 * The council's calendar: today in the province (from the injected {@link Clock}, so a test can set the date) and the
 * working days, which skip weekends and the configured public holidays.
 */
@ApplicationScoped
public class CouncilCalendar {

    private final Clock clock;
    private final ReviewConfig config;

    public CouncilCalendar(Clock clock, ReviewConfig config) {
        this.clock = clock;
        this.config = config;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public WorkingDays workingDays() {
        return new WorkingDays(new HashSet<>(config.holidays().orElse(List.of())));
    }
}
