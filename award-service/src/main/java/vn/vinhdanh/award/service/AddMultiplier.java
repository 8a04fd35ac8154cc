package vn.vinhdanh.award.service;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Record a new decree's multiplier of the base salary for an award type, from {@code validFrom} on. */
public record AddMultiplier(String legalBasis, LocalDate validFrom, BigDecimal multiplier) {}
