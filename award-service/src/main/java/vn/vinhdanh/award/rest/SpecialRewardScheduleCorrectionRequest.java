package vn.vinhdanh.award.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.vinhdanh.award.domain.SpecialRewardKind;
import vn.vinhdanh.award.domain.Territory;
import vn.vinhdanh.award.service.CorrectSpecialRewardSchedule;

/**
 * A schedule's own fields, all of them (a PUT replaces them): {@code validFrom} null where the resolution's date is
 * unknown, {@code validTo} null while in force, {@code capVnd} null when it sets no cap; {@code reason} goes to the
 * audit trail.
 */
public record SpecialRewardScheduleCorrectionRequest(
        @NotBlank @Size(max = 200) String legalBasis,
        @NotNull SpecialRewardKind kind,
        @NotNull Territory territory,
        LocalDate validFrom,
        LocalDate validTo,
        @Positive Long capVnd,
        @Size(max = 1000) String note,
        @NotNull Boolean verified,
        @NotBlank @Size(max = 500) String reason) {

    CorrectSpecialRewardSchedule toCommand() {
        return new CorrectSpecialRewardSchedule(
                legalBasis, kind, territory, validFrom, validTo, capVnd, note, verified, reason);
    }
}
