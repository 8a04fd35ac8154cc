package vn.vinhdanh.review.service;

import java.time.LocalDate;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.review.domain.VoteRule;

/**
 * The rule for an award code and level over one period; a null award code or level applies to any. A null
 * {@code memberBase} keeps a recused member out of the base, as rules did before the kind existed; a null
 * {@code validFrom} or {@code validTo} leaves that end of the period open. {@code reason} says why an existing period
 * is corrected (required then, recorded in the audit trail); {@code confirm} accepts a quorum or threshold below a
 * majority that would otherwise be taken for a typo.
 */
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
        boolean verified,
        VoteRule.MemberBase memberBase,
        LocalDate validFrom,
        LocalDate validTo,
        String reason,
        boolean confirm) {}
