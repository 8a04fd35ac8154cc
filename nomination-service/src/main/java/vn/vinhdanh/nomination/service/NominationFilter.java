package vn.vinhdanh.nomination.service;

import java.util.UUID;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.nomination.domain.NominationStatus;

/**
 * What an agency portal searches by; every part is optional.
 *
 * @param year the movement's year
 * @param q part of the nominee's name, with or without diacritics
 */
public record NominationFilter(
        UUID movementId, NominationStatus status, Integer year, Level level, Sector sector, String q) {}
