package vn.vinhdanh.review.domain;

public enum CaseStatus {
    OPEN,
    DECIDED,
    /** The agency withdrew the nomination before the council decided. */
    WITHDRAWN
}
