package vn.vinhdanh.messaging.inbox;

/** What became of one event taken from a topic. */
public enum Outcome {
    PROCESSED,
    DUPLICATE,
    DEAD_LETTERED
}
