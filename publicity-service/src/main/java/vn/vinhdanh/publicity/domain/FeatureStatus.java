package vn.vinhdanh.publicity.domain;

public enum FeatureStatus {
    DRAFT,
    PUBLISHED
}
