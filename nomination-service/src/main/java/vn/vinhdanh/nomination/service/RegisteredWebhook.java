package vn.vinhdanh.nomination.service;

import vn.vinhdanh.nomination.domain.WebhookEndpoint;

/**
 * An endpoint with its signing secret in clear: only the answers to a registration and to a rotation carry one.
 *
 * @param secret null when it may not be told again
 */
public record RegisteredWebhook(WebhookEndpoint endpoint, String secret) {}
