package vn.vinhdanh.review.service;

import java.util.UUID;

/** Takes back the period {@code id} of a vote rule that no ballot has used, for {@code reason} (audited). */
public record WithdrawVoteRule(UUID id, String reason) {}
