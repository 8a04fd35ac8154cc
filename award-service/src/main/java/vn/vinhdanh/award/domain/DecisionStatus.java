package vn.vinhdanh.award.domain;

/** A decision is prepared as a DRAFT (no number yet) and gets its number when it is SIGNED. */
public enum DecisionStatus {
    DRAFT,
    SIGNED
}
