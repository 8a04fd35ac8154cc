package vn.vinhdanh.review.domain;

/** Seats on a council; the secretary keeps the minutes and does not vote. */
public enum CouncilPosition {
    CHAIR,
    VICE_CHAIR,
    STANDING_MEMBER,
    MEMBER,
    SECRETARY;

    public boolean votes() {
        return this != SECRETARY;
    }
}
