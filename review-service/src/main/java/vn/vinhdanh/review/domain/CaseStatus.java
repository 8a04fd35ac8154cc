package vn.vinhdanh.review.domain;

public enum CaseStatus {
    OPEN,
    DECIDED
}
