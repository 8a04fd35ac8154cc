package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.AwardDecision;
import vn.vinhdanh.award.domain.AwardStatus;
import vn.vinhdanh.award.domain.DecisionStatus;
import vn.vinhdanh.award.domain.RewardCalculator;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.outbox.Outbox;
import vn.vinhdanh.problem.ProblemException;

/**
 * Signing a decision numbers it, prices every award by the rules of the decision's date (and pays several titles of one
 * achievement only the highest amount, {@link HighestAmountRule}), commits what it pays against the fund's budget and
 * grants the awards, all in one transaction, with one {@code award.granted.v1} per recipient carrying the amount paid.
 */
@ApplicationScoped
public class DecisionSigning {

    private final DecisionNumbers decisionNumbers;
    private final Budgeting budgets;
    private final RewardPricing pricing;
    private final Outbox outbox;
    private final Caller caller;
    private final AuditTrail audit;
    private final Clock clock;
    private final SigningAuthority authority;
    private final Quotas quotas;
    private final AwardQueries awards;
    private final RewardRuleLock ruleLock;
    private final HighestAmountRule highestAmount;

    public DecisionSigning(
            DecisionNumbers decisionNumbers,
            Budgeting budgets,
            RewardPricing pricing,
            Outbox outbox,
            Caller caller,
            AuditTrail audit,
            Clock clock,
            SigningAuthority authority,
            Quotas quotas,
            AwardQueries awards,
            RewardRuleLock ruleLock,
            HighestAmountRule highestAmount) {
        this.decisionNumbers = decisionNumbers;
        this.budgets = budgets;
        this.pricing = pricing;
        this.outbox = outbox;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
        this.authority = authority;
        this.quotas = quotas;
        this.awards = awards;
        this.ruleLock = ruleLock;
        this.highestAmount = highestAmount;
    }

    @Transactional
    public AwardDecision sign(UUID decisionId) {
        AwardDecision decision = DecisionPreparation.lockDraft(decisionId);
        List<Award> listed = awards.ofDecision(decision.id);
        if (listed.isEmpty()) {
            throw ProblemException.conflict(
                    "empty-decision",
                    "decision " + decisionId + " lists no award; add draft awards before signing it",
                    "Quyết định khen thưởng " + decisionId
                            + " chưa có khen thưởng nào; đề nghị thêm khen thưởng chờ quyết định trước khi ký.");
        }
        // the authority table may have changed since the awards were listed
        authority.checkMayGrant(decision.issuer, decision.decisionDate, listed);
        quotas.checkCstdCoSo(listed);
        // the rules of the decision's date decide the amounts, even if the council approved on another day; no rule
        // is withdrawn while they are read and until the awards that used them are committed
        ruleLock.forPricing();
        RewardPricing.Pricing rules =
                pricing.pricing(listed.stream().map(a -> a.awardCode).distinct().toList());
        for (Award award : listed) {
            try {
                award.price(rules.quote(award.awardCode, award.recipientKind, decision.decisionDate));
            } catch (RewardCalculator.RewardRuleException e) {
                throw ProblemException.unprocessable(
                        "unpriceable",
                        "award " + award.id + " of " + award.recipientName + " cannot be priced on "
                                + decision.decisionDate + ": " + e.getMessage(),
                        "Không tính được tiền thưởng của khen thưởng " + award.id + " (" + award.recipientName
                                + ") vào ngày " + decision.decisionDate + ": " + e.vietnameseMessage());
            }
        }
        // what the rules price is not always what is paid: several titles for one achievement pay only the highest
        highestAmount.apply(decision, listed);
        long total = listed.stream().mapToLong(a -> a.amountVnd).sum();
        budgets.commit(decision, total);

        decision.number = decisionNumbers.nextNumber(decision.issuer, decision.decisionDate.getYear());
        decision.decisionNumber = decision.number + "/" + decision.issuer;
        decision.status = DecisionStatus.SIGNED;
        decision.totalAmountVnd = total;
        decision.signedAt = Instant.now(clock);
        decision.signedBy = caller.label();
        for (Award award : listed) {
            award.status = AwardStatus.GRANTED;
            award.decisionNumber = decision.decisionNumber;
            award.decisionDate = decision.decisionDate;
            award.grantedAt = decision.signedAt;
            outbox.publish(
                    Topics.AWARD_EVENTS, EventTypes.AWARD_GRANTED, award.nominationId, AwardMapping.granted(award));
        }
        audit.record(
                "decision.sign",
                "decision",
                decision.id,
                decision.decisionNumber + " signed by " + decision.signer + ": " + listed.size() + " award(s), " + total
                        + " VND from fund " + decision.fund);
        return decision;
    }
}
