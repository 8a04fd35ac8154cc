package vn.vinhdanh.events;

public enum NomineeKind {
    INDIVIDUAL,
    COLLECTIVE
}
