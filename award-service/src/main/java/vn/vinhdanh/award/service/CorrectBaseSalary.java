package vn.vinhdanh.award.service;

/** Correct the amount and legal basis of a base salary row, saying why; {@code confirm} for an implausible amount. */
public record CorrectBaseSalary(long amountVnd, String legalBasis, String reason, boolean confirm) {}
