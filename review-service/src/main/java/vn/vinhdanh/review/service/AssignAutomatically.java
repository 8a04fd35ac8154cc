package vn.vinhdanh.review.service;

import java.util.List;
import java.util.UUID;

/** Fill each case up to {@code reviewersPerCase} reviewers, balanced by open-case load. */
public record AssignAutomatically(List<UUID> caseIds, int reviewersPerCase) {}
