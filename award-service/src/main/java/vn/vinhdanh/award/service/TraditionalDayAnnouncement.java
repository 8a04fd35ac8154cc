package vn.vinhdanh.award.service;

import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.jboss.logging.Logger;
import vn.vinhdanh.award.domain.TraditionalDay;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.events.TraditionalDayPublished;
import vn.vinhdanh.messaging.outbox.Outbox;

/**
 * Tells the other services the traditional days: {@code traditional-day.published.v1} on the compacted catalogue topic,
 * through the outbox in the transaction that changes the day. At start, every day whose revision was not published
 * yet (the seed of V18, a day a later migration adds); then on every correction. Replicas starting together take
 * turns on an advisory lock, and the second finds nothing left to publish.
 */
@ApplicationScoped
public class TraditionalDayAnnouncement {

    private static final Logger LOG = Logger.getLogger(TraditionalDayAnnouncement.class);

    private final Outbox outbox;
    private final EntityManager entityManager;
    private final Clock clock;

    public TraditionalDayAnnouncement(Outbox outbox, EntityManager entityManager, Clock clock) {
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent start) {
        int published = publishUnpublished();
        LOG.infof("traditional days: %d published", published);
    }

    /** @return how many days were published */
    @Transactional
    public int publishUnpublished() {
        lock(entityManager);
        int published = 0;
        for (TraditionalDay day : TraditionalDay.<TraditionalDay>listAll(Sort.by("code"))) {
            if (!Objects.equals(day.publishedRevision, day.revision)) {
                publish(day);
                published++;
            }
        }
        return published;
    }

    /** The day as it stands, to the outbox; its revision is the one readers keep the highest of. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(TraditionalDay day) {
        day.publishedRevision = day.revision;
        outbox.publish(
                Topics.AWARD_CATALOGUE,
                EventTypes.TRADITIONAL_DAY_PUBLISHED,
                TraditionalDayPublished.keyOf(day.code),
                new TraditionalDayPublished(
                        day.code,
                        day.nameVi,
                        day.monthOfYear,
                        day.dayOfMonth,
                        day.sectorList(),
                        day.familiesDay,
                        day.everyOtherSector,
                        day.establishedBy,
                        day.revision,
                        Instant.now(clock)));
    }

    /** Serialises the changes of the table (corrections, additions, the start's publication) across replicas. */
    static void lock(EntityManager entityManager) {
        AdvisoryLock.hold(entityManager, "traditional_day");
    }
}
