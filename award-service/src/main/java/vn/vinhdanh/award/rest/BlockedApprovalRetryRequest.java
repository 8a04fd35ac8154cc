package vn.vinhdanh.award.rest;

import jakarta.validation.constraints.Size;

/** Optional body of the board's retry of a blocked approval: why it is retried now (what was fixed), for the audit. */
public record BlockedApprovalRetryRequest(@Size(max = 500) String note) {}
