package vn.vinhdanh.award.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.RewardCalculator;
import vn.vinhdanh.award.domain.RewardQuote;
import vn.vinhdanh.award.service.RewardPricing;
import vn.vinhdanh.award.service.SigningAuthority;
import vn.vinhdanh.problem.ProblemException;

/**
 * What a decision would pay before it is signed: each award priced by the rules of the decision's date (the same
 * {@link RewardPricing} the signing uses), with its legal basis and base salary, and whether the issuer may grant
 * them all on that date ({@link SigningAuthority}, the signing's own check).
 */
@ApplicationScoped
class DecisionPreview {

    private final RewardPricing pricing;
    private final SigningAuthority authority;

    DecisionPreview(RewardPricing pricing, SigningAuthority authority) {
        this.pricing = pricing;
        this.authority = authority;
    }

    record Line(Award award, RewardQuote quote, String unpriceable) {}

    record Preview(List<Line> lines, long totalVnd, String authorityRefusal) {

        public boolean signable() {
            return authorityRefusal == null && lines.stream().allMatch(l -> l.unpriceable() == null);
        }
    }

    Preview of(List<Award> awards, String issuer, LocalDate decisionDate) {
        RewardPricing.Pricing rules =
                pricing.pricing(awards.stream().map(a -> a.awardCode).distinct().toList());
        List<Line> lines = awards.stream()
                .map(award -> {
                    try {
                        return new Line(award, rules.quote(award.awardCode, award.recipientKind, decisionDate), null);
                    } catch (RewardCalculator.RewardRuleException e) {
                        return new Line(award, null, e.vietnameseMessage());
                    }
                })
                .toList();
        String refusal = null;
        if (issuer != null && !awards.isEmpty()) {
            try {
                authority.checkMayGrant(issuer, decisionDate, awards);
            } catch (ProblemException e) {
                refusal = e.vietnameseDetail() != null
                        ? e.vietnameseDetail()
                        : e.toProblem(null).detail();
            }
        }
        long total = lines.stream()
                .filter(l -> l.quote() != null)
                .mapToLong(l -> l.quote().amountVnd())
                .sum();
        return new Preview(lines, total, refusal);
    }
}
