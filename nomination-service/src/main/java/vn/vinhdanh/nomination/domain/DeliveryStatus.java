package vn.vinhdanh.nomination.domain;

/** Where one event stands with one webhook endpoint. */
public enum DeliveryStatus {
    /** Not yet answered with a 2xx; sent at {@code nextAttemptAt}. */
    PENDING,
    /** The endpoint answered 2xx. */
    DELIVERED,
    /** Every attempt failed until the retry window closed; only a redelivery sends it again. */
    FAILED
}
