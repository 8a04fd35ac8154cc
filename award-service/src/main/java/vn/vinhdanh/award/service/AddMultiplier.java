package vn.vinhdanh.award.service;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Record a new decree's multiplier of the base salary for an award type, from {@code validFrom} on; {@code confirm}
 * records an implausible figure all the same.
 */
public record AddMultiplier(String legalBasis, LocalDate validFrom, BigDecimal multiplier, boolean confirm) {}
