package vn.vinhdanh.messaging.inbox;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** What a failure while handling an event says about it: an outage (retry without limit) or the event's own fault. */
final class ConsumeFailures {

    private ConsumeFailures() {}

    /** Thrown to the messaging connector, which then does not acknowledge the record: it is delivered again. */
    static final class ShuttingDownException extends RuntimeException {
        ShuttingDownException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The handler kept failing for a reason that is not an outage: park the event rather than block the stream. */
    static final class HandlerGaveUpException extends RuntimeException {
        HandlerGaveUpException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static boolean isDatabaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            // SQLSTATE class 08: connection exception; 57P01..57P03: the server is shutting down or starting up
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The handler and the flush went through and only the commit failed, with no SQL error of ours to show for it:
     * the transaction manager logs the driver's error (e.g. 57P01, the session was terminated) and throws a bare
     * {@link jakarta.transaction.RollbackException}. With no deferred constraints and READ COMMITTED, nothing but a
     * lost connection makes a PostgreSQL COMMIT fail there, so it is retried like an unreachable database; counted as
     * a handler failure, a few unlucky cuts would dead-letter a perfectly good event.
     */
    static boolean connectionLostAtCommit(boolean reachedCommit, Throwable e) {
        return reachedCommit
                && findCause(e, jakarta.transaction.RollbackException.class) != null
                && findCause(e, SQLException.class) == null;
    }

    static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
