package vn.vinhdanh.award.domain;

/**
 * Where an upward proposal stands: approved by the council and waiting for the province's submission (Tờ trình),
 * submitted to the higher level, and answered by it: decided (the award granted) or refused.
 */
public enum UpwardProposalStatus {
    AWAITING_SUBMISSION,
    SUBMITTED,
    DECIDED,
    REFUSED;

    /** Answered by the higher level: nothing more happens to it. */
    public boolean answered() {
        return this == DECIDED || this == REFUSED;
    }
}
