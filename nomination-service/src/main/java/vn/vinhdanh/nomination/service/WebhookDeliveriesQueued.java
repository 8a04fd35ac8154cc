package vn.vinhdanh.nomination.service;

/**
 * Fired when a transaction queued deliveries (a timeline change, a redelivery); observed after the commit, so the
 * dispatcher sends at once instead of at its next poll.
 */
public record WebhookDeliveriesQueued(int count) {}
