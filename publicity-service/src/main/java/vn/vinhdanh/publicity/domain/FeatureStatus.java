package vn.vinhdanh.publicity.domain;

/** The editorial states of a feature; a correction keeps a story PUBLISHED, a kill takes it down for good. */
public enum FeatureStatus {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    SCHEDULED,
    PUBLISHED,
    KILLED
}
