package vn.vinhdanh.publicity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.vinhdanh.publicity.domain.DeskEvent;

/** Reads the desk log for the live stream, which runs outside any HTTP request's context. */
@ApplicationScoped
public class DeskEvents {

    static final int BATCH = 200;

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
