package vn.vinhdanh.messaging.inbox;

/** The message itself is wrong (unreadable, incomplete, violates the contract): retrying cannot help. */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String message) {
        super(message);
    }

    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
