package vn.vinhdanh.award.service;

import vn.vinhdanh.events.Sector;

/**
 * Add a tier to a special reward schedule; {@code verified}: the amount was read in the official text,
 * {@code sourceDocument} (optional): which one.
 */
public record AddSpecialRewardTier(
        Sector field, String tier, String descriptionVi, long amountVnd, boolean verified, String sourceDocument) {}
