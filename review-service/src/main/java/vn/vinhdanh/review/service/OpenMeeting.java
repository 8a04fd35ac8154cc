package vn.vinhdanh.review.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A council meeting voting by secret ballot on {@code caseIds}. */
public record OpenMeeting(UUID councilId, String title, LocalDate heldOn, List<UUID> caseIds) {}
