package vn.vinhdanh.award.domain;

/** DRAFT: priced from the council's approval, waiting for a decision. GRANTED: in a signed decision. REVOKED: annulled. */
public enum AwardStatus {
    DRAFT,
    GRANTED,
    REVOKED
}
