package vn.vinhdanh.review.service;

/** {@code memberId} is the council member's subject in the identity provider. */
public record AssignReviewer(String memberId) {}
