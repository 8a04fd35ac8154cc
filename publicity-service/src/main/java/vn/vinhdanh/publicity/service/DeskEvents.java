package vn.vinhdanh.publicity.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import vn.vinhdanh.publicity.domain.DeskEvent;

/** Reads the desk log for the live streams (the API's JSON, the desk page's HTML), which run outside any request. */
@ApplicationScoped
public class DeskEvents {

    static final int BATCH = 200;
    private static final Duration POLL = Duration.ofMillis(500);

    /**
     * Every desk event after {@code lastSeenId}, as it is logged: the log is polled (rather than an in-memory bus) so
     * that every instance of the service serves the same stream.
     */
    public Multi<DeskEvent> streamAfter(long lastSeenId) {
        AtomicLong lastSeen = new AtomicLong(lastSeenId);
        return Multi.createFrom()
                .ticks()
                .every(POLL)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onItem()
                .transformToIterable(tick -> after(lastSeen.get()))
                .onItem()
                .invoke(event -> lastSeen.set(event.id));
    }

    @ActivateRequestContext
    @Transactional
    public List<DeskEvent> after(long lastSeenId) {
        return DeskEvent.after(lastSeenId, BATCH);
    }

    @ActivateRequestContext
    @Transactional
    public long latestId() {
        Long latest = DeskEvent.find("select max(e.id) from DeskEvent e")
                .project(Long.class)
                .firstResult();
        return latest == null ? 0 : latest;
    }
}
