package vn.vinhdanh.nomination.domain;

/** Regular (thường xuyên) movements run every year; thematic (theo chuyên đề) ones serve one goal for a period. */
public enum MovementKind {
    REGULAR,
    THEMATIC
}
