package vn.vinhdanh.award.service;

import vn.vinhdanh.idempotency.Creation;
import vn.vinhdanh.idempotency.IdempotencyKeys;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.award.config.AwardConfig;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.AwardDecision;
import vn.vinhdanh.award.domain.AwardStatus;
import vn.vinhdanh.award.domain.DecisionStatus;
import vn.vinhdanh.award.domain.RewardCalculator;
import vn.vinhdanh.events.AwardGranted;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.outbox.Outbox;
import vn.vinhdanh.problem.ProblemException;

/**
 * Commendation decisions: an officer lists draft awards in a decision; signing numbers it, prices every award by the
 * rules of the decision's date, commits the total against the fund's budget and grants the awards, all in one
 * transaction, with one {@code award.granted.v1} per recipient.
 */
@ApplicationScoped
public class DecisionService {

    private final AwardConfig config;
    private final DecisionNumbers decisionNumbers;
    private final BudgetService budgets;
    private final RewardRules rules;
    private final Outbox outbox;
    private final Caller caller;
    private final AuditTrail audit;
    private final Issuers issuers;
    private final Quotas quotas;
    private final IdempotencyKeys idempotentDecisions;

    public DecisionService(AwardConfig config, DecisionNumbers decisionNumbers, BudgetService budgets,
            RewardRules rules, Outbox outbox, Caller caller, AuditTrail audit, Issuers issuers, Quotas quotas,
            IdempotencyKeys idempotentDecisions) {
        this.idempotentDecisions = idempotentDecisions;
        this.issuers = issuers;
        this.quotas = quotas;
        this.config = config;
        this.decisionNumbers = decisionNumbers;
        this.budgets = budgets;
        this.rules = rules;
        this.outbox = outbox;
        this.caller = caller;
        this.audit = audit;
    }

    /**
     * Creates a draft decision; with an {@code Idempotency-Key} (may be null), a retry of the same request returns
     * the decision the first one created.
     */
    @Transactional
    public Creation<AwardDecision> create(String idempotencyKey, Object request, String issuer,
            LocalDate decisionDate, String signer, String fund, List<UUID> awardIds) {
        return idempotentDecisions.createOnce(idempotencyKey, request,
                id -> create(id, issuer, decisionDate, signer, fund, awardIds), this::get);
    }

    @Transactional
    public AwardDecision create(String issuer, LocalDate decisionDate, String signer, String fund,
            List<UUID> awardIds) {
        return create(UUID.randomUUID(), issuer, decisionDate, signer, fund, awardIds);
    }

    private AwardDecision create(UUID id, String issuer, LocalDate decisionDate, String signer, String fund,
            List<UUID> awardIds) {
        AwardDecision decision = new AwardDecision();
        decision.id = id;
        decision.issuer = issuers.require(issuer == null ? config.decisionIssuer() : issuer).code;
        decision.decisionDate = decisionDate;
        decision.signer = signer;
        decision.fund = fund == null ? config.defaultFund() : fund;
        decision.status = DecisionStatus.DRAFT;
        decision.createdAt = Instant.now();
        decision.createdBy = caller.label();
        decision.persist();
        attach(decision, awardIds);
        audit.record("decision.create", "decision", decision.id, decision.issuer + ", " + decisionDate + ", fund "
                + decision.fund + ", " + (awardIds == null ? 0 : awardIds.size()) + " award(s)");
        return decision;
    }

    @Transactional
    public AwardDecision addAwards(UUID decisionId, List<UUID> awardIds) {
        AwardDecision decision = lockDraft(decisionId);
        attach(decision, awardIds);
        audit.record("decision.add-awards", "decision", decision.id, awardIds.size() + " award(s): " + awardIds);
        return decision;
    }

    /** Puts draft awards into a draft decision; an award already in a decision is refused, never moved. */
    private void attach(AwardDecision decision, List<UUID> awardIds) {
        if (awardIds == null || awardIds.isEmpty()) {
            return;
        }
        Set<UUID> wanted = new LinkedHashSet<>(awardIds);
        // locked, so that two decisions prepared at the same time cannot both take the same award
        Map<UUID, Award> found = Award.<Award>find("id in ?1", wanted).withLock(LockModeType.PESSIMISTIC_WRITE)
                .stream().collect(Collectors.toMap(a -> a.id, a -> a));
        List<UUID> unknown = wanted.stream().filter(id -> !found.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable("unknown-award", "no award has the id(s) " + unknown);
        }
        List<String> taken = found.values().stream().filter(a -> a.decisionId != null)
                .map(a -> a.id + " (in decision " + a.decisionId + ")").sorted().toList();
        if (!taken.isEmpty()) {
            throw ProblemException.conflict("award-already-in-decision", "already in a decision: "
                    + String.join(", ", taken));
        }
        List<String> tooEarly = found.values().stream()
                .filter(a -> decision.decisionDate.isBefore(a.councilDecisionDate))
                .map(a -> a.id + " (approved on " + a.councilDecisionDate + ")").sorted().toList();
        if (!tooEarly.isEmpty()) {
            throw ProblemException.unprocessable("decision-before-approval", "a decision dated "
                    + decision.decisionDate + " cannot grant awards the council approved later: "
                    + String.join(", ", tooEarly));
        }
        issuers.checkMayGrant(decision.issuer, decision.decisionDate, found.values());
        found.values().forEach(award -> award.decisionId = decision.id);
    }

    @Transactional
    public AwardDecision sign(UUID decisionId) {
        AwardDecision decision = lockDraft(decisionId);
        List<Award> awards = Award.list("decisionId = ?1 order by recipientName, id", decision.id);
        if (awards.isEmpty()) {
            throw ProblemException.conflict("empty-decision", "decision " + decisionId
                    + " lists no award; add draft awards before signing it");
        }
        // the authority table may have changed since the awards were listed
        issuers.checkMayGrant(decision.issuer, decision.decisionDate, awards);
        quotas.checkCstdCoSo(awards);
        // the rules of the decision's date decide the amounts, even if the council approved on another day
        RewardRules.Pricing pricing = rules.pricing(awards.stream().map(a -> a.awardCode).distinct().toList());
        for (Award award : awards) {
            try {
                award.price(pricing.quote(award.awardCode, award.recipientKind, decision.decisionDate));
            } catch (RewardCalculator.RewardRuleException e) {
                throw ProblemException.unprocessable("unpriceable", "award " + award.id + " of " + award.recipientName
                        + " cannot be priced on " + decision.decisionDate + ": " + e.getMessage());
            }
        }
        long total = awards.stream().mapToLong(a -> a.amountVnd).sum();
        budgets.commit(decision, total);

        decision.number = decisionNumbers.nextNumber(decision.issuer, decision.decisionDate.getYear());
        decision.decisionNumber = decision.number + "/" + decision.issuer;
        decision.status = DecisionStatus.SIGNED;
        decision.totalAmountVnd = total;
        decision.signedAt = Instant.now();
        decision.signedBy = caller.label();
        for (Award award : awards) {
            award.status = AwardStatus.GRANTED;
            award.decisionNumber = decision.decisionNumber;
            award.decisionDate = decision.decisionDate;
            award.grantedAt = decision.signedAt;
            outbox.publish(Topics.AWARD_EVENTS, EventTypes.AWARD_GRANTED, award.nominationId,
                    new AwardGranted(award.id, award.nominationId, award.awardCode, award.awardName,
                            award.recipientKind, award.recipientName, award.decisionNumber, award.decisionDate,
                            award.legalBasis, award.multiplier, award.baseSalaryVnd, award.amountVnd,
                            award.grantedAt));
        }
        audit.record("decision.sign", "decision", decision.id, decision.decisionNumber + " signed by "
                + decision.signer + ": " + awards.size() + " award(s), " + total + " VND from fund " + decision.fund);
        return decision;
    }

    public AwardDecision get(UUID id) {
        return AwardDecision.<AwardDecision>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("decision", id));
    }

    public List<AwardDecision> list(DecisionStatus status, int page, int size) {
        if (status != null) {
            return AwardDecision.<AwardDecision>find("status = :status order by createdAt desc, id",
                    Parameters.with("status", status)).page(page, size).list();
        }
        return AwardDecision.<AwardDecision>find("order by createdAt desc, id").page(page, size).list();
    }

    /** The awards of several decisions in one query, for list views. */
    public Map<UUID, List<Award>> awardsOf(Collection<UUID> decisionIds) {
        if (decisionIds.isEmpty()) {
            return Map.of();
        }
        return Award.<Award>list("decisionId in ?1 order by recipientName, id", decisionIds).stream()
                .collect(Collectors.groupingBy(a -> a.decisionId));
    }

    private AwardDecision lockDraft(UUID decisionId) {
        AwardDecision decision = AwardDecision.<AwardDecision>findByIdOptional(decisionId,
                LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> ProblemException.notFound("decision", decisionId));
        if (decision.status != DecisionStatus.DRAFT) {
            throw ProblemException.conflict("decision-already-signed", "decision " + decisionId + " was signed as "
                    + decision.decisionNumber + " on " + decision.signedAt + "; a signed decision cannot change");
        }
        return decision;
    }
}
