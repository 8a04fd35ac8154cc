package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
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
import vn.vinhdanh.award.domain.DecisionStatus;
import vn.vinhdanh.idempotency.Creation;
import vn.vinhdanh.idempotency.IdempotencyKeys;
import vn.vinhdanh.problem.ProblemException;

/**
 * An officer prepares a commendation decision: a draft, without a number, listing draft awards. Nothing is granted
 * or announced until it is signed ({@link DecisionSigning}).
 */
@ApplicationScoped
public class DecisionPreparation {

    private final AwardConfig config;
    private final Caller caller;
    private final AuditTrail audit;
    private final Clock clock;
    private final SigningAuthority authority;
    private final IdempotencyKeys idempotencyKeys;
    private final DecisionQueries decisions;

    public DecisionPreparation(
            AwardConfig config,
            Caller caller,
            AuditTrail audit,
            Clock clock,
            SigningAuthority authority,
            IdempotencyKeys idempotencyKeys,
            DecisionQueries decisions) {
        this.config = config;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
        this.authority = authority;
        this.idempotencyKeys = idempotencyKeys;
        this.decisions = decisions;
    }

    /**
     * Creates a draft decision; with an {@code Idempotency-Key} (may be null), a retry of the same command returns
     * the decision the first one created.
     */
    @Transactional
    public Creation<AwardDecision> create(String idempotencyKey, CreateDecision command) {
        return idempotencyKeys.createOnce(idempotencyKey, command, id -> create(id, command), decisions::get);
    }

    private AwardDecision create(UUID id, CreateDecision command) {
        String issuer = blankToNull(command.issuer());
        String fund = blankToNull(command.fund());
        AwardDecision decision = new AwardDecision();
        decision.id = id;
        decision.issuer = authority.require(issuer == null ? config.decisionIssuer() : issuer).code;
        decision.decisionDate = command.decisionDate();
        decision.signer = command.signer().strip();
        decision.fund = fund == null ? config.defaultFund() : fund;
        decision.status = DecisionStatus.DRAFT;
        decision.createdAt = Instant.now(clock);
        decision.createdBy = caller.label();
        decision.persist();
        attach(decision, command.awardIds());
        audit.record(
                "decision.create",
                "decision",
                decision.id,
                decision.issuer + ", " + decision.decisionDate
                        + ", fund " + decision.fund + ", "
                        + (command.awardIds() == null ? 0 : command.awardIds().size())
                        + " award(s)");
        return decision;
    }

    @Transactional
    public AwardDecision addAwards(UUID decisionId, List<UUID> awardIds) {
        AwardDecision decision = lockDraft(decisionId);
        attach(decision, awardIds);
        audit.record("decision.add-awards", "decision", decision.id, awardIds.size() + " award(s): " + awardIds);
        return decision;
    }

    /** The draft decision, locked for a change; a signed decision never changes (409 decision-already-signed). */
    static AwardDecision lockDraft(UUID decisionId) {
        AwardDecision decision = AwardDecision.<AwardDecision>findByIdOptional(
                        decisionId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("decision", "quyết định khen thưởng", decisionId));
        if (decision.status != DecisionStatus.DRAFT) {
            throw ProblemException.conflict(
                    "decision-already-signed",
                    "decision " + decisionId + " was signed as " + decision.decisionNumber + " on " + decision.signedAt
                            + "; a signed decision cannot change",
                    "Quyết định khen thưởng " + decisionId + " đã được ký, số " + decision.decisionNumber + ", lúc "
                            + decision.signedAt + "; quyết định đã ký không được thay đổi.");
        }
        return decision;
    }

    /** Puts draft awards into a draft decision; an award already in a decision is refused, never moved. */
    private void attach(AwardDecision decision, List<UUID> awardIds) {
        if (awardIds == null || awardIds.isEmpty()) {
            return;
        }
        Set<UUID> wanted = new LinkedHashSet<>(awardIds);
        // locked, so that two decisions prepared at the same time cannot both take the same award
        Map<UUID, Award> found = Award.<Award>find("id in ?1", wanted).withLock(LockModeType.PESSIMISTIC_WRITE).stream()
                .collect(Collectors.toMap(a -> a.id, a -> a));
        List<UUID> unknown =
                wanted.stream().filter(id -> !found.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable(
                    "unknown-award",
                    "no award has the id(s) " + unknown,
                    "Không tìm thấy khen thưởng có mã " + unknown + ".");
        }
        List<Award> taken = found.values().stream()
                .filter(a -> a.decisionId != null)
                .sorted(Comparator.comparing(a -> a.id.toString()))
                .toList();
        if (!taken.isEmpty()) {
            throw ProblemException.conflict(
                    "award-already-in-decision",
                    "already in a decision: "
                            + taken.stream()
                                    .map(a -> a.id + " (in decision " + a.decisionId + ")")
                                    .collect(Collectors.joining(", ")),
                    "Khen thưởng đã có trong một quyết định khen thưởng: "
                            + taken.stream()
                                    .map(a -> a.id + " (thuộc quyết định " + a.decisionId + ")")
                                    .collect(Collectors.joining(", "))
                            + ".");
        }
        List<Award> tooEarly = found.values().stream()
                .filter(a -> decision.decisionDate.isBefore(a.councilDecisionDate))
                .sorted(Comparator.comparing(a -> a.id.toString()))
                .toList();
        if (!tooEarly.isEmpty()) {
            throw ProblemException.unprocessable(
                    "decision-before-approval",
                    "a decision dated "
                            + decision.decisionDate + " cannot grant awards the council approved later: "
                            + tooEarly.stream()
                                    .map(a -> a.id + " (approved on " + a.councilDecisionDate + ")")
                                    .collect(Collectors.joining(", ")),
                    "Quyết định khen thưởng ngày " + decision.decisionDate
                            + " không thể khen thưởng các trường hợp có kết quả thông qua của hội đồng sau ngày đó: "
                            + tooEarly.stream()
                                    .map(a -> a.id + " (hội đồng thông qua ngày " + a.councilDecisionDate + ")")
                                    .collect(Collectors.joining(", "))
                            + ".");
        }
        authority.checkMayGrant(decision.issuer, decision.decisionDate, found.values());
        found.values().forEach(award -> award.decisionId = decision.id);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
