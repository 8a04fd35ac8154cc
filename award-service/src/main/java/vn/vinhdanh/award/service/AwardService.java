package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.vinhdanh.award.config.AwardConfig;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.AwardType;
import vn.vinhdanh.award.domain.BaseSalary;
import vn.vinhdanh.award.domain.RewardCalculator;
import vn.vinhdanh.award.domain.RewardMultiplier;
import vn.vinhdanh.award.domain.RewardQuote;
import vn.vinhdanh.award.domain.Rounding;
import vn.vinhdanh.events.AwardGranted;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.NominationSubmitted;
import vn.vinhdanh.events.ReviewDecided;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.inbox.PoisonMessageException;
import vn.vinhdanh.messaging.outbox.Outbox;
import vn.vinhdanh.problem.ProblemException;

@ApplicationScoped
public class AwardService {

    private static final Logger LOG = Logger.getLogger(AwardService.class);

    private final Outbox outbox;
    private final DecisionNumbers decisionNumbers;
    private final AwardConfig config;

    public AwardService(Outbox outbox, DecisionNumbers decisionNumbers, AwardConfig config) {
        this.outbox = outbox;
        this.decisionNumbers = decisionNumbers;
        this.config = config;
    }

    /** An approval grants the proposed award, priced by the law in force on the council's decision date. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Award grant(ReviewDecided approval) {
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
            quote = calculator().quote(type, nomination.nominee().kind(), approval.decisionDate(),
                    RewardMultiplier.list("awardCode", type.code), BaseSalary.listAll());
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
        award.decisionDate = approval.decisionDate();
        award.decisionNumber = decisionNumbers.next(config.decisionIssuer(), award.decisionDate.getYear());
        award.legalBasis = quote.legalBasis();
        award.multiplier = quote.multiplier();
        award.collectiveFactor = quote.collectiveFactor();
        award.baseSalaryVnd = quote.baseSalaryVnd();
        award.amountVnd = quote.amountVnd();
        award.grantedAt = Instant.now();
        award.persist();
        outbox.publish(Topics.AWARD_EVENTS, EventTypes.AWARD_GRANTED, award.nominationId,
                new AwardGranted(award.id, award.nominationId, award.awardCode, award.awardName, award.recipientKind,
                        award.recipientName, award.decisionNumber, award.decisionDate, award.legalBasis,
                        award.multiplier, award.baseSalaryVnd, award.amountVnd, award.grantedAt));
        return award;
    }

    public List<Award> list(UUID nominationId, int page, int size) {
        if (nominationId != null) {
            return Award.list("nominationId", nominationId);
        }
        return Award.<Award>find("order by decisionDate desc, id").page(page, size).list();
    }

    public Award get(UUID id) {
        return Award.<Award>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("award", id));
    }

    private RewardCalculator calculator() {
        return new RewardCalculator(new Rounding(config.rounding().mode(), config.rounding().unitVnd()));
    }
}
