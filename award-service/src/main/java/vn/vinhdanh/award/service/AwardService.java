package vn.vinhdanh.award.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.AwardStatus;
import vn.vinhdanh.award.domain.AwardType;
import vn.vinhdanh.award.domain.RewardCalculator;
import vn.vinhdanh.award.domain.RewardQuote;
import vn.vinhdanh.events.AwardRevoked;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.NominationSubmitted;
import vn.vinhdanh.events.RevocationCategory;
import vn.vinhdanh.events.ReviewDecided;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.inbox.PoisonMessageException;
import vn.vinhdanh.messaging.outbox.Outbox;
import vn.vinhdanh.problem.ProblemException;

@ApplicationScoped
public class AwardService {

    private static final Logger LOG = Logger.getLogger(AwardService.class);

    private final Outbox outbox;
    private final RewardRules rules;
    private final Caller caller;
    private final AuditTrail audit;
    private final CeremonyService ceremonies;

    public AwardService(Outbox outbox, RewardRules rules, Caller caller, AuditTrail audit,
            CeremonyService ceremonies) {
        this.ceremonies = ceremonies;
        this.outbox = outbox;
        this.rules = rules;
        this.caller = caller;
        this.audit = audit;
    }

    /**
     * An approval drafts the proposed award, priced by the law in force on the council's decision date so the
     * officer sees what it will cost. Nothing is announced: an award is granted only by a signed decision.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Award draft(ReviewDecided approval) {
        NominationSubmitted nomination = approval.nomination();
        if (Award.count("nominationId", approval.nominationId()) > 0) {
            LOG.infof("Nomination %s already has an award; approval %s changes nothing", approval.nominationId(),
                    approval.caseId());
            return null;
        }
        AwardType type = AwardType.findById(nomination.proposedAward());
        if (type == null) {
            throw new PoisonMessageException("award code " + nomination.proposedAward() + " of nomination "
                    + approval.nominationId() + " is not in the catalogue");
        }
        RewardQuote quote;
        try {
            quote = rules.pricing(List.of(type.code)).quote(type.code, nomination.nominee().kind(),
                    approval.decisionDate());
        } catch (RewardCalculator.RewardRuleException e) {
            throw new PoisonMessageException(e.getMessage(), e);
        }
        Award award = new Award();
        award.id = UUID.randomUUID();
        award.nominationId = approval.nominationId();
        award.reviewCaseId = approval.caseId();
        award.awardCode = type.code;
        award.awardName = type.nameVi;
        award.recipientKind = nomination.nominee().kind();
        award.recipientName = nomination.nominee().name();
        award.level = nomination.level();
        award.sector = nomination.sector();
        award.agencyCode = nomination.agencyCode();
        award.organization = nomination.nominee().organization();
        award.movementName = nomination.movementName();
        award.movementYear = nomination.movementYear();
        award.status = AwardStatus.DRAFT;
        award.councilDecisionDate = approval.decisionDate();
        award.price(quote);
        award.persist();
        return award;
    }

    public List<Award> list(UUID nominationId, AwardStatus status, UUID decisionId, int page, int size) {
        if (nominationId != null) {
            return Award.list("nominationId", nominationId);
        }
        if (decisionId != null) {
            return Award.list("decisionId = ?1 order by recipientName, id", decisionId);
        }
        if (status != null) {
            return Award.<Award>find("status = :status order by councilDecisionDate desc, id",
                    Parameters.with("status", status)).page(page, size).list();
        }
        return Award.<Award>find("order by councilDecisionDate desc, id").page(page, size).list();
    }

    public Award get(UUID id) {
        return Award.<Award>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("award", id));
    }

    /**
     * Annuls a granted award; the amount it paid is recorded for recovery. The decision stays signed: it also
     * granted the other recipients it lists.
     */
    @Transactional
    public Award revoke(UUID id, RevocationCategory category, String reason) {
        Award award = Award.<Award>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("award", id));
        if (award.status != AwardStatus.GRANTED) {
            throw ProblemException.conflict("award-not-granted", "award " + id + " is " + award.status
                    + "; only a granted award can be revoked");
        }
        award.status = AwardStatus.REVOKED;
        award.revokedAt = Instant.now();
        award.revokedBy = caller.label();
        award.revocationCategory = category;
        award.revocationReason = reason;
        award.recoveryAmountVnd = award.amountVnd;
        outbox.publish(Topics.AWARD_EVENTS, EventTypes.AWARD_REVOKED, award.nominationId,
                new AwardRevoked(award.id, award.nominationId, award.awardCode, award.awardName,
                        award.recipientName, award.decisionNumber, category, reason, award.recoveryAmountVnd,
                        award.revokedAt, award.revokedBy));
        // a revoked award is not presented: it leaves its ceremony, which publicity is told about
        ceremonies.withdrawRevoked(award);
        audit.record("award.revoke", "award", award.id, category + ": " + reason + "; recover "
                + award.recoveryAmountVnd + " VND");
        return award;
    }
}
