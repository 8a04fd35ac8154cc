package vn.vinhdanh.award.service;

import java.time.LocalDate;

/** Record the base salary of a new decree. */
public record AddBaseSalary(LocalDate effectiveFrom, long amountVnd, String legalBasis) {}
