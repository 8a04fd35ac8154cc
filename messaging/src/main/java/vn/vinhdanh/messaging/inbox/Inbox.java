package vn.vinhdanh.messaging.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.hibernate.query.NativeQuery;

/** The processed-event log; the unique key on the event id is what makes a redelivery a no-op. */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;
    private final Clock clock;

    public Inbox(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * The time recorded is when this event was taken, not when its transaction began ({@code now()}), which for a
     * batch of events in one transaction would be the same for all of them.
     *
     * @return true if this transaction is the first to process the event; false if it was processed before. A
     *         concurrent transaction inserting the same id makes this one wait for its outcome.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markProcessed(IncomingEvent event) {
        return entityManager
                        .createNativeQuery("""
                insert into processed_event (event_id, event_type, topic, processed_at)
                values (?1, ?2, ?3, ?4)
                on conflict (event_id) do nothing""")
                        .setParameter(1, event.id())
                        .setParameter(2, event.type())
                        .setParameter(3, event.topic())
                        .setParameter(4, Instant.now(clock))
                        // a native statement would otherwise flush the whole persistence context first (Hibernate
                        // cannot
                        // tell what it touches): it touches only this table, which no entity maps
                        .unwrap(NativeQuery.class)
                        .addSynchronizedQuerySpace("processed_event")
                        .executeUpdate()
                == 1;
    }
}
