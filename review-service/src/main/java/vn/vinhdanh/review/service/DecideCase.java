package vn.vinhdanh.review.service;

import vn.vinhdanh.events.ReviewOutcome;

/** The council's decision on one case; {@code reason} is required unless the outcome is APPROVED. */
public record DecideCase(ReviewOutcome outcome, String reason) {}
