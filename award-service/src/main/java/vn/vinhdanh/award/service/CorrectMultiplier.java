package vn.vinhdanh.award.service;

import java.math.BigDecimal;

/**
 * Correct the figure of a period (and its legal basis, when given), saying why. {@code confirm} is needed to correct a
 * verified period, and to record an implausible figure.
 */
public record CorrectMultiplier(BigDecimal multiplier, String legalBasis, String reason, boolean confirm) {}
