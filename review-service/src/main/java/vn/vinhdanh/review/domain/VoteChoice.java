package vn.vinhdanh.review.domain;

public enum VoteChoice {
    APPROVE,
    REJECT,
    ABSTAIN
}
