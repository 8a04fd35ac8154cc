package vn.vinhdanh.messaging.inbox;

/**
 * A service's reaction to the events of one topic. {@link #handle} runs inside the transaction that also records the
 * event as processed, so its database effects happen exactly once. Events of types it does not care about are simply
 * ignored (and still recorded).
 */
public interface IncomingEventHandler {

    /** The topic whose events this handler consumes; dead letters are redriven to the handler of their topic. */
    String topic();

    void handle(IncomingEvent event);
}
