package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.AwardType;
import vn.vinhdanh.award.domain.RewardCalculator;
import vn.vinhdanh.award.domain.RewardQuote;
import vn.vinhdanh.events.NominationSubmitted;
import vn.vinhdanh.events.ReviewDecided;
import vn.vinhdanh.messaging.inbox.PoisonMessageException;

/** A council approval drafts the proposed award, at most one per nomination. */
@ApplicationScoped
public class AwardDrafting {

    private static final Logger LOG = Logger.getLogger(AwardDrafting.class);

    private final RewardPricing pricing;

    public AwardDrafting(RewardPricing pricing) {
        this.pricing = pricing;
    }

    /**
     * An approval drafts the proposed award, priced by the law in force on the council's decision date so the
     * officer sees what it will cost. Nothing is announced: an award is granted only by a signed decision.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Award draft(ReviewDecided approval) {
        NominationSubmitted nomination = approval.nomination();
        if (Award.count("nominationId", approval.nominationId()) > 0) {
            LOG.infof(
                    "Nomination %s already has an award; approval %s changes nothing",
                    approval.nominationId(), approval.caseId());
            return null;
        }
        AwardType type = AwardType.findById(nomination.proposedAward());
        if (type == null) {
            throw new PoisonMessageException("award code " + nomination.proposedAward() + " of nomination "
                    + approval.nominationId() + " is not in the catalogue");
        }
        RewardQuote quote;
        try {
            quote = pricing.pricing(List.of(type.code))
                    .quote(type.code, nomination.nominee().kind(), approval.decisionDate());
        } catch (RewardCalculator.RewardRuleException e) {
            throw new PoisonMessageException(e.getMessage(), e);
        }
        Award award = AwardMapping.draft(approval, type);
        award.price(quote);
        award.persist();
        return award;
    }
}
