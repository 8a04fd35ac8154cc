package vn.vinhdanh.award.service;

import java.math.BigDecimal;

/** Correct the figure of an unverified period, saying where the official one was read. */
public record CorrectMultiplier(BigDecimal multiplier, String reason) {}
