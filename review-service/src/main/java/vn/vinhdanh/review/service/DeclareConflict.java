package vn.vinhdanh.review.service;

/** {@code memberId} only when the secretary records a member's conflict; a member declares their own. */
public record DeclareConflict(String memberId, String reason) {}
