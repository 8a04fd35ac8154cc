package vn.vinhdanh.review.service;

/** The chair lets {@code memberId} judge the case despite a conflict, for {@code reason}. */
public record OverrideConflict(String memberId, String reason) {}
