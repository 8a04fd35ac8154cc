package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.award.config.AwardConfig;
import vn.vinhdanh.award.domain.Authority;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.AwardDecision;
import vn.vinhdanh.award.domain.AwardStatus;
import vn.vinhdanh.award.domain.AwardType;
import vn.vinhdanh.award.domain.DecisionStatus;
import vn.vinhdanh.award.domain.UpwardNumbers;
import vn.vinhdanh.award.domain.UpwardProposal;
import vn.vinhdanh.award.domain.UpwardProposalStatus;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.outbox.Outbox;
import vn.vinhdanh.problem.ProblemException;

/**
 * The higher level decided an upward proposal: the award is granted at once, priced by the rules in force on the
 * higher decision's date, and announced ({@code award.granted.v1}) as a provincial award is, so the nomination's
 * timeline and the publicity's story follow unchanged.
 *
 * <p>The higher decision is kept as a signed decision of its own issuer's sign ({@code QĐ-CTN}, {@code QĐ-TTg}) so
 * that a granted award keeps its decision; one decision of the President may grant several of the province's
 * proposals. Its reward is paid by the province that proposed it, from its emulation fund, as for its own decisions:
 * each award's amount is committed against the budget of the decision's fund and year ({@link Budgeting}) when the
 * decision is recorded. The rule is reported, not read in the decree (README, "Rules and their sources").
 */
@ApplicationScoped
public class UpwardProposalDecision {

    private final HigherAuthorities higher;
    private final StoredApprovals approvals;
    private final RewardPricing pricing;
    private final RewardRuleLock ruleLock;
    private final Budgeting budgets;
    private final Outbox outbox;
    private final Caller caller;
    private final AuditTrail audit;
    private final AwardConfig config;
    private final Clock clock;

    public UpwardProposalDecision(
            HigherAuthorities higher,
            StoredApprovals approvals,
            RewardPricing pricing,
            RewardRuleLock ruleLock,
            Budgeting budgets,
            Outbox outbox,
            Caller caller,
            AuditTrail audit,
            AwardConfig config,
            Clock clock) {
        this.higher = higher;
        this.approvals = approvals;
        this.pricing = pricing;
        this.ruleLock = ruleLock;
        this.budgets = budgets;
        this.outbox = outbox;
        this.caller = caller;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public UpwardProposal decide(UUID nominationId, RecordHigherDecision command) {
        Authority authority = higher.named(command.issuer());
        UpwardNumbers.Decision number = UpwardNumbers.decision(command.decisionNumber())
                .filter(n -> n.sign().equals(UpwardNumbers.signOf(authority)))
                .orElseThrow(() -> ProblemException.invalidField(
                        "decisionNumber",
                        "a decision of " + authority.nameVi() + " is numbered <number>/"
                                + UpwardNumbers.signOf(authority),
                        "Số quyết định của " + authority.nameVi() + " phải có dạng <số>/"
                                + UpwardNumbers.signOf(authority) + "."));
        UpwardProposal proposal = UpwardProposalQueries.lock(nominationId);
        LocalDate decisionDate = command.decisionDate();
        higher.checkAnswerable(proposal, decisionDate, "decisionDate", LocalDate.now(clock));
        higher.checkMayGrant(authority, proposal, decisionDate);

        // no rule is withdrawn while it prices the award, as for a signing
        ruleLock.forPricing();
        AwardType type = AwardType.findById(proposal.awardCode);
        Award award = AwardMapping.draft(approvals.read(proposal.approval), type);
        award.price(pricing.quote(type.code, award.recipientKind, decisionDate));
        Instant now = Instant.now(clock);
        String fund = command.fund() == null || command.fund().isBlank()
                ? null
                : command.fund().strip();
        AwardDecision decision = decisionOf(number, authority, decisionDate, fund, award.amountVnd, now);
        // the proposing province pays the reward (README): charged as its own decisions are, or not recorded at all
        budgets.commit(decision, award.amountVnd);
        award.status = AwardStatus.GRANTED;
        award.decisionId = decision.id;
        award.decisionNumber = decision.decisionNumber;
        award.decisionDate = decisionDate;
        award.grantedAt = now;
        award.persist();

        proposal.status = UpwardProposalStatus.DECIDED;
        proposal.decisionNumber = decision.decisionNumber;
        proposal.decisionDate = decisionDate;
        proposal.issuer = authority.nameVi();
        proposal.awardId = award.id;
        proposal.fund = decision.fund;
        proposal.answeredOn = decisionDate;
        proposal.answeredAt = now;
        proposal.answeredBy = caller.label();
        outbox.publish(Topics.AWARD_EVENTS, EventTypes.AWARD_GRANTED, award.nominationId, AwardMapping.granted(award));
        audit.record(
                "upward-proposal.decide",
                "upward-proposal",
                proposal.nominationId,
                proposal.awardCode + " granted by " + decision.decisionNumber + " of " + decisionDate + " ("
                        + authority.nameVi() + "): award " + award.id + ", " + award.amountVnd + " VND charged to fund "
                        + decision.fund);
        return proposal;
    }

    /**
     * The higher decision as a signed decision: the one already recorded under this number in that year (another of
     * the province's proposals it decided), which must bear the same date and, when {@code fund} is named, be paid
     * from it; or a new one, paid from {@code fund} (null for the configured one).
     */
    private AwardDecision decisionOf(
            UpwardNumbers.Decision number,
            Authority authority,
            LocalDate date,
            String fund,
            long amountVnd,
            Instant now) {
        String decisionNumber = number.number() + "/" + number.sign();
        AwardDecision known = AwardDecision.<AwardDecision>find(
                        "issuer = ?1 and decisionNumber = ?2 and decisionDate between ?3 and ?4",
                        number.sign(),
                        decisionNumber,
                        date.withDayOfYear(1),
                        date.withMonth(12).withDayOfMonth(31))
                .firstResult();
        if (known != null) {
            if (!known.decisionDate.equals(date)) {
                throw ProblemException.unprocessable(
                        "decision-date-mismatch",
                        decisionNumber + " is recorded as dated " + known.decisionDate + ", not " + date,
                        "Quyết định số " + decisionNumber + " đã được ghi nhận với ngày " + known.decisionDate
                                + ", không phải ngày " + date + ".");
            }
            if (fund != null && !known.fund.equals(fund)) {
                throw ProblemException.unprocessable(
                        "decision-fund-mismatch",
                        decisionNumber + " is recorded as paid from fund " + known.fund + ", not " + fund,
                        "Quyết định số " + decisionNumber + " đã được ghi nhận chi từ quỹ " + known.fund
                                + ", không phải quỹ " + fund + ".");
            }
            known.totalAmountVnd = known.totalAmountVnd + amountVnd;
            return known;
        }
        AwardDecision decision = new AwardDecision();
        decision.id = UUID.randomUUID();
        decision.issuer = number.sign();
        decision.decisionDate = date;
        decision.number = number.number();
        decision.decisionNumber = decisionNumber;
        decision.signer = authority.nameVi();
        decision.fund = fund == null ? config.defaultFund() : fund;
        decision.status = DecisionStatus.SIGNED;
        decision.totalAmountVnd = amountVnd;
        decision.createdAt = now;
        decision.createdBy = caller.label();
        decision.signedAt = now;
        decision.signedBy = authority.nameVi();
        decision.persist();
        return decision;
    }
}
