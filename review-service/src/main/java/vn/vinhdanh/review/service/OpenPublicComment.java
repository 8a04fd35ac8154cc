package vn.vinhdanh.review.service;

import java.time.LocalDate;

/** {@code workingDays} null: what the title's vote rule requires. */
public record OpenPublicComment(LocalDate from, Integer workingDays) {}
