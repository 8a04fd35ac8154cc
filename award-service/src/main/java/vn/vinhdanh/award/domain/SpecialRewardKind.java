package vn.vinhdanh.award.domain;

/**
 * What a provincial schedule pays: a reward for an achievement, or support (e.g. to the units that broke a drug case)
 * under a resolution that is not a reward one. Officers and the API must see the difference: a support amount is not
 * a reward under the Law on emulation and commendation.
 */
public enum SpecialRewardKind {
    REWARD,
    SUPPORT
}
