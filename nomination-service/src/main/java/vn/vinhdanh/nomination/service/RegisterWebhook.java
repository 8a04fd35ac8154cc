package vn.vinhdanh.nomination.service;

import java.util.List;

/**
 * A webhook registration as the portal sent it (its JSON is the Idempotency-Key fingerprint).
 *
 * @param eventTypes timeline steps (status names) and events (event names) to deliver; {@code "*"}, empty or null
 *     for every entry
 * @param agencyCode only an admin names it; an agency registers for itself
 */
public record RegisterWebhook(String url, List<String> eventTypes, String description, String agencyCode) {}
