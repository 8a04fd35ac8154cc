package vn.vinhdanh.events;

public enum ReviewOutcome {
    APPROVED,
    REJECTED,
    RETURNED
}
