package vn.vinhdanh.nomination.domain;

/**
 * Where a nomination stands. Downstream events arrive on three topics with no order between them, so the status
 * only ever moves to a later stage: a late UNDER_REVIEW never overwrites an APPROVED.
 */
public enum NominationStatus {
    SUBMITTED(0),
    UNDER_REVIEW(1),
    APPROVED(2),
    REJECTED(2),
    RETURNED(2),
    AWARDED(3),
    PUBLICIZED(4),
    /** Taken back by the agency before a decision; final, so no late step from downstream overrides it. */
    WITHDRAWN(5);

    private final int stage;

    NominationStatus(int stage) {
        this.stage = stage;
    }

    public boolean isLaterThan(NominationStatus other) {
        return stage > other.stage;
    }

    /** The agency may take a nomination back while the council has not approved or rejected it. */
    public boolean isWithdrawable() {
        return this == SUBMITTED || this == UNDER_REVIEW || this == RETURNED;
    }
}
