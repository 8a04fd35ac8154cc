package vn.vinhdanh.award.service;

import java.time.LocalDate;

/** Record the base salary of a new decree; {@code confirm} records an implausible amount all the same. */
public record AddBaseSalary(LocalDate effectiveFrom, long amountVnd, String legalBasis, boolean confirm) {}
