package vn.vinhdanh.award.domain;

public enum CeremonyStatus {
    SCHEDULED,
    CANCELLED
}
