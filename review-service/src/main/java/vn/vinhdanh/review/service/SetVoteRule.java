package vn.vinhdanh.review.service;

import vn.vinhdanh.events.Level;
import vn.vinhdanh.review.domain.VoteRule;

/** The rule for an award code and level; a null award code or level applies to any. */
public record SetVoteRule(
        String awardCode,
        Level level,
        int quorumPercent,
        boolean quorumInclusive,
        int approvalPercent,
        boolean approvalInclusive,
        VoteRule.Base approvalBase,
        int publicCommentDays,
        String legalBasis,
        boolean verified) {}
