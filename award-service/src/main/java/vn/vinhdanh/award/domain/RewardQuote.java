package vn.vinhdanh.award.domain;

import java.math.BigDecimal;

/** The amount an award pays and every figure it was computed from, kept with the award for audit and recovery. */
public record RewardQuote(
        String legalBasis,
        BigDecimal multiplier,
        BigDecimal collectiveFactor,
        long baseSalaryVnd,
        String baseSalaryBasis,
        long amountVnd) {}
