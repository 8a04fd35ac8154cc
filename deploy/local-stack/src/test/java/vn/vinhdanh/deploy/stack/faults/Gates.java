package vn.vinhdanh.deploy.stack.faults;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import vn.vinhdanh.deploy.stack.Service;

/**
 * One gate per service between the suite's HTTP calls and its faults. The driver calls a service only through its
 * gate ({@link #tryEnter}); a fault {@link #hold}s the gate of the service it breaks, after the call in flight has
 * returned. So a kill never lands between a request and its response: the faults hit what the promise is about (the
 * outbox, the relay, the consumers), and the suite never has to guess whether an unanswered call took effect.
 * Calls to other services, and every event, keep flowing.
 */
public final class Gates {

    private final Map<Service, ReentrantReadWriteLock> locks = new EnumMap<>(Service.class);

    public Gates() {
        for (Service service : Service.values()) {
            locks.put(service, new ReentrantReadWriteLock());
        }
    }

    /** @return the entered gate (close it after the call), or null while a fault holds it */
    public Lock tryEnter(Service service) {
        Lock read = locks.get(service).readLock();
        return read.tryLock() ? read : null;
    }

    /** Closes the gates of {@code services} until the returned handle is closed. */
    public Held hold(Service... services) {
        List<Lock> held = new ArrayList<>();
        for (Service service : services) {
            Lock write = locks.get(service).writeLock();
            write.lock();
            held.add(write);
        }
        return () -> held.forEach(Lock::unlock);
    }

    /** A held gate; closing it lets calls through again. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
