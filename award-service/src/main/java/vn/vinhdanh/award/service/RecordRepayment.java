package vn.vinhdanh.award.service;

import java.time.LocalDate;

/** Money paid back on a revoked award; {@code reference} (may be null or blank) is e.g. the receipt number. */
public record RecordRepayment(long amountVnd, LocalDate paidOn, String reference) {}
