package vn.vinhdanh.award.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import vn.vinhdanh.award.service.CorrectSpecialRewardTier;

/**
 * A tier's figures as read in the official text. {@code sourceDocument} is required when {@code verified}; a tier
 * already verified is corrected only with {@code confirm: true}.
 */
public record SpecialRewardTierCorrectionRequest(
        @NotBlank @Size(max = 400) String descriptionVi,
        @NotNull @Positive Long amountVnd,
        @NotNull Boolean verified,
        @Size(min = 1, max = 200) String sourceDocument,
        @NotBlank @Size(max = 500) String reason,
        Boolean confirm) {

    CorrectSpecialRewardTier toCommand() {
        return new CorrectSpecialRewardTier(
                descriptionVi, amountVnd, verified, sourceDocument, reason, Boolean.TRUE.equals(confirm));
    }
}
