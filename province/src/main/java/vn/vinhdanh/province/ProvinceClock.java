package vn.vinhdanh.province;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The province's time. Every calendar date the platform reasons about (a decision's date, the day a meeting is held,
 * "today" for a deadline or for the two-tier reform of 1 July 2025) is a date in Lào Cai, whatever zone the server
 * runs in: a nomination sent at 23:30 on 30 June UTC is one of 1 July there.
 *
 * <p>Services inject the {@link Clock} produced here instead of calling {@code now()}, so a test can set the date
 * (replace the bean, e.g. with {@code QuarkusMock.installMockForType(clock, Clock.class)}). It is application scoped
 * for exactly that reason: a normal-scoped bean can be swapped behind its client proxy.
 */
@ApplicationScoped
public class ProvinceClock {

    /** Lào Cai, like all of Việt Nam, keeps UTC+7 all year. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZONE);
    }
}
