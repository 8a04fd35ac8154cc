package vn.vinhdanh.review.service;

/** The secretary reopens the submitted sheet of {@code memberId}, for {@code reason}. */
public record UnlockScoreSheet(String memberId, String reason) {}
