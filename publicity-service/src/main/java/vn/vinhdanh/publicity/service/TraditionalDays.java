package vn.vinhdanh.publicity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.events.TraditionalDayPublished;
import vn.vinhdanh.publicity.domain.SectorDays;
import vn.vinhdanh.publicity.domain.TraditionalDay;

/**
 * The read model of award-service's traditional days, and the calendar stories are dated by. A day replaces what was
 * known of its code unless a higher revision is known already, so a redelivered, redriven or replayed old event
 * changes nothing. A correction dates the suggestions made after it; stories already suggested keep their date until
 * their award or ceremony changes (the editor sets the publication date anyway).
 */
@ApplicationScoped
public class TraditionalDays {

    private static final Logger LOG = Logger.getLogger(TraditionalDays.class);

    private final Clock clock;

    public TraditionalDays(Clock clock) {
        this.clock = clock;
    }

    /** @return whether the read model changed */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(TraditionalDayPublished published) {
        TraditionalDay day = TraditionalDay.findById(published.code());
        if (day != null && day.revision >= published.revision()) {
            LOG.debugf(
                    "traditional day %s revision %d is not newer than %d; ignored",
                    published.code(), published.revision(), day.revision);
            return false;
        }
        boolean known = day != null;
        if (!known) {
            day = new TraditionalDay();
            day.code = published.code();
        }
        day.nameVi = published.nameVi();
        day.monthOfYear = published.month();
        day.dayOfMonth = published.day();
        day.sectors = published.sectors() == null
                ? ""
                : published.sectors().stream().map(Sector::name).collect(Collectors.joining(","));
        day.familiesDay = published.familiesDay();
        day.everyOtherSector = published.everyOtherSector();
        day.revision = published.revision();
        day.publishedAt = published.publishedAt();
        day.receivedAt = Instant.now(clock);
        if (!known) {
            day.persist();
        }
        return true;
    }

    /** The days known now; empty (every story on 11 June) until the first has arrived. */
    public SectorDays calendar() {
        return SectorDays.of(TraditionalDay.listAll());
    }
}
