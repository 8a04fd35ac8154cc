package vn.vinhdanh.award.service;

import java.time.LocalDate;
import vn.vinhdanh.award.domain.SpecialRewardKind;
import vn.vinhdanh.award.domain.Territory;

/**
 * The schedule's own fields as the official text sets them, replacing the recorded ones, and why. A null
 * {@code validFrom}, {@code validTo} or {@code capVnd} means unknown start, in force, no cap.
 */
public record CorrectSpecialRewardSchedule(
        String legalBasis,
        SpecialRewardKind kind,
        Territory territory,
        LocalDate validFrom,
        LocalDate validTo,
        Long capVnd,
        String note,
        boolean verified,
        String reason) {}
