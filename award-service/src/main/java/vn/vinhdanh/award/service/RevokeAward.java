package vn.vinhdanh.award.service;

import vn.vinhdanh.events.RevocationCategory;

/** Annul a granted award: why, and under which category of the law. */
public record RevokeAward(String reason, RevocationCategory category) {}
