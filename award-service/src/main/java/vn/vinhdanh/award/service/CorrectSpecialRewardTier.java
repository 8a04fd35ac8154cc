package vn.vinhdanh.award.service;

/**
 * The tier's figures as read, replacing the recorded ones, and why. {@code sourceDocument} names the text a verified
 * amount was read in; {@code confirm} is needed to correct a tier already verified.
 */
public record CorrectSpecialRewardTier(
        String descriptionVi,
        long amountVnd,
        boolean verified,
        String sourceDocument,
        String reason,
        boolean confirm) {}
